/**
 * The options a caller (the pane, the CLI) passes to a check or a fill, as zod
 * schemas; the engine reads them through these, so a wrong option is refused
 * with a sentence rather than half-applied.
 */
import { z } from "./schema";

/** Which rules a check runs. */
export const CHECK_OPTIONS = z.strictObject({
  /** Only these rule ids (and prefixes such as `PK_`); all when omitted. */
  rules: z.array(z.string().min(1)).readonly().optional(),
});

/** What a fill may do. */
export const FILL_OPTIONS = z.strictObject({
  /** Overwrite generated sheets a person edited (`--timpa`). */
  overwrite: z.boolean().optional(),
  /** Only these table ids (`3.4`). */
  tables: z
    .array(z.string().regex(/^3\.(1[0-6]|[2-9])$/))
    .readonly()
    .optional(),
});

/** Which rules a check runs. */
export type CheckOptions = z.infer<typeof CHECK_OPTIONS>;

/** What a fill may do. */
export type FillOptions = z.infer<typeof FILL_OPTIONS>;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  array: "daftar",
  string: "teks",
  boolean: "benar/salah",
  object: "kumpulan pilihan",
};

/** What is wrong with an option, in Indonesian. */
function reason(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "unrecognized_keys":
      return `pilihan tidak dikenal: ${issue.keys.join(", ")}`;
    case "invalid_format":
      return "nilainya tidak dikenal";
    default:
      return "nilainya tidak sah";
  }
}

/** Reads options through their schema; a wrong one is an Error naming it, in Indonesian. */
export function readRunOptions<T>(schema: z.ZodType<T>, options: unknown, what: string): T {
  const parsed = schema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue.path.length ? ` "${issue.path.join(".")}"` : "";
  throw new Error(`Pilihan ${what}${where} tidak dapat dipakai: ${reason(issue)}`);
}
