/**
 * `npm run schema`: writes docs/temuan.schema.json, the JSON Schema of what
 * `lkjip periksa --format json` prints, from the engine's zod schema (a test
 * checks the file is up to date).
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { format } from "prettier";
import { checkOutputJsonSchema } from "../src/engine/output-json-schema";

async function main(): Promise<void> {
  const file = join(__dirname, "..", "docs", "temuan.schema.json");
  const text = await format(JSON.stringify(checkOutputJsonSchema()), { parser: "json" });
  writeFileSync(file, text);
  console.log(`Ditulis: ${file}`);
}

void main();
