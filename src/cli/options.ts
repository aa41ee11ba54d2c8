/**
 * Each command's options as zod schemas: what `lkjip PERINTAH` accepts, the
 * types the commands use, and an Indonesian answer for an option that is
 * misspelt, lacks its value, or has a value the command does not know.
 */
import { z } from "../engine/schema";
import { editDistance } from "../engine/read/names";
import { ParsedArgs } from "./args";
import { Command } from "./help";

const OUTPUT = z.string().min(1);

/** The options of each command, by their long names. */
export const OPTIONS = {
  periksa: z.strictObject({
    format: z.enum(["teks", "json"]).default("teks"),
    aturan: z
      .string()
      .transform((s) =>
        s
          .split(",")
          .map((r) => r.trim())
          .filter(Boolean)
      )
      .optional(),
    jelaskan: z.literal(true).optional(),
  }),
  isi: z.strictObject({ output: OUTPUT.optional(), timpa: z.literal(true).optional() }),
  contoh: z.strictObject({ output: OUTPUT.optional() }),
  aturan: z.strictObject({}),
} satisfies Record<Command, z.ZodType>;

/** A command's options once read. */
export type CommandOptions<C extends Command> = z.infer<(typeof OPTIONS)[C]>;

/** Other names an option answers to. */
const ALIASES: Readonly<Record<string, string>> = { o: "output", keluaran: "output" };

/** Options every command takes, answered before the command runs. */
const GLOBAL = new Set(["help", "h", "version", "v"]);

function optionName(key: string): string {
  return key.length === 1 ? `-${key}` : `--${key}`;
}

/** Why an option was refused, in Indonesian. */
function refusal(
  command: Command,
  issue: z.core.$ZodIssue,
  given: Record<string, unknown>
): string {
  const known = Object.keys(OPTIONS[command].shape);
  const list = known.length
    ? `Opsi yang ada: ${known.map(optionName).join(", ")}.`
    : "Perintah ini tidak punya opsi.";
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0];
    const closest = known.find((k) => editDistance(key, k, 2) <= 2);
    const hint = closest ? `; mungkin maksudnya ${optionName(closest)}` : "";
    return `Opsi ${optionName(key)} tidak dikenal untuk lkjip ${command}${hint}. ${list}`;
  }
  const key = String(issue.path[0]);
  const value = given[key];
  if (value === true)
    return `Opsi ${optionName(key)} membutuhkan nilai, misalnya ${optionName(key)} ${key === "format" ? "json" : "hasil.xlsx"}.`;
  if (key === "format") return `Format "${String(value)}" tidak dikenal; gunakan teks atau json.`;
  return `Opsi ${optionName(key)} tidak membutuhkan nilai ("${String(value)}"). ${list}`;
}

/** Reads a command's options from the command line, or says why they cannot be. */
export function readOptions<C extends Command>(
  command: C,
  args: ParsedArgs
): { readonly options: CommandOptions<C> } | { readonly error: string } {
  const given: Record<string, unknown> = {};
  for (const [key, value] of args.options) if (!GLOBAL.has(key)) given[ALIASES[key] ?? key] = value;
  const parsed = OPTIONS[command].safeParse(given);
  if (parsed.success) return { options: parsed.data as CommandOptions<C> };
  return { error: refusal(command, parsed.error.issues[0], given) };
}
