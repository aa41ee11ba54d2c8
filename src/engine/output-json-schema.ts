/**
 * The JSON Schema of the CLI's JSON document, made from the zod schema: what
 * docs/temuan.schema.json holds (scripts/schema.ts writes it).
 */
import { z } from "./schema";
import { CHECK_OUTPUT, SCHEMA_VERSION } from "./output-schema";

/** The published JSON Schema of `lkjip periksa --format json`. */
export function checkOutputJsonSchema(): Record<string, unknown> {
  return {
    title: `Hasil lkjip periksa --format json (schemaVersion ${SCHEMA_VERSION})`,
    description:
      "Satu dokumen per pemanggilan: per berkas, temuan (aturan, tingkat, lembar, sel, pesan, seharusnya, tertulis, sel terkait) dan ringkasannya.",
    ...z.toJSONSchema(CHECK_OUTPUT, { target: "draft-2020-12" }),
  };
}
