/**
 * `lkjip aturan`: every rule of the engine's registry, in the order findings are
 * reported, with its severity and what it checks in one sentence.
 */
import { ParsedArgs } from "./args";
import { readOptions } from "./options";
import { Severity } from "../engine/finding";
import { RULES } from "../engine/rules";
import { CliIo } from "./io";

const SEVERITY: Record<Severity, string> = {
  error: "galat",
  warning: "peringatan",
  info: "info",
};

/** The list as printed. */
export function rulesText(): string {
  const idWidth = Math.max(...RULES.map((r) => r.id.length)) + 2;
  const severityWidth = Math.max(...Object.values(SEVERITY).map((s) => s.length)) + 2;
  return [
    `${RULES.length} aturan pemeriksaan, dalam urutan temuan dilaporkan:`,
    "",
    ...RULES.map(
      (r) =>
        `  ${r.id.padEnd(idWidth)}${SEVERITY[r.severity].padEnd(severityWidth)}${r.description}`
    ),
    "",
    "Pilih sebagian dengan lkjip periksa BERKAS.xlsx --aturan ATURAN,... (awalan PK_ memilih semua",
    "aturan PK); matikan atau abaikan aturan di lembar Pengaturan (baris Nonaktif dan Abaikan).",
  ].join("\n");
}

/** Runs the command; resolves to the exit status (always 0). */
export async function aturan(args: ParsedArgs, io: CliIo): Promise<number> {
  const read = readOptions("aturan", args);
  if ("error" in read) {
    io.err(read.error);
    return 2;
  }
  io.out(rulesText());
  return 0;
}
