/**
 * ANGKA_TIDAK_VALID: a number stored as text, mixed separators, a malformed number
 * such as `1,540,00`, a date, an Excel error or a never-calculated formula, in a
 * column that holds numbers.
 */
import { FindingDraft } from "../finding";
import { NUMERIC_ROLES } from "../read/header-roles";
import { Table } from "../read/table";
import { formatShown, readWritten, UNCALCULATED } from "../read/written";
import { defineRule } from "./rule";

function* inTable(table: Table): Iterable<FindingDraft> {
  const cols = table.columns.filter((c) => NUMERIC_ROLES.has(c.role));
  const seen = new Set<string>();
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    for (const col of cols) {
      const w = readWritten(table.grid, row, col.col);
      if (seen.has(w.at.address)) continue;
      seen.add(w.at.address);
      if (w.kind === "error") {
        const what =
          w.error === UNCALCULATED
            ? "rumus yang belum dihitung (buka dan simpan ulang di Excel)"
            : `galat Excel ${w.error}`;
        yield {
          at: w.at,
          table: table.label,
          message: `Sel di kolom ${col.header} berisi ${what}, bukan angka`,
          expected: "angka",
          actual: w.error,
        };
      } else if (w.kind === "text" && w.malformed) {
        yield {
          at: w.at,
          table: table.label,
          message: `Angka tidak valid di kolom ${col.header}: ${w.malformed}`,
          expected: "angka",
          actual: w.text,
        };
      } else if (w.kind === "number" && w.asText && !w.asText.bracketed) {
        const notes = [
          w.asText.mixedSeparators ? "memakai titik dan koma sekaligus" : "",
          w.asText.ambiguous ? "pemisahnya dapat dibaca dua cara" : "",
        ].filter(Boolean);
        const extra = notes.length ? ` (${notes.join("; ")})` : "";
        yield {
          at: w.at,
          table: table.label,
          message: `Angka disimpan sebagai teks di kolom ${col.header}: "${w.raw}" dibaca ${formatShown(w.value, w.decimals)}${extra}`,
          expected: "angka",
          actual: w.raw,
        };
      }
    }
  }
}

/** The rule. */
export const ANGKA_TIDAK_VALID = defineRule(
  "ANGKA_TIDAK_VALID",
  "warning",
  "Angka tidak valid atau disimpan sebagai teks",
  "Angka yang disimpan sebagai teks, pemisah ribuan dan desimal yang bercampur, atau angka rusak seperti 1,540,00.",
  function* (model) {
    for (const t of model.tables) yield* inTable(t);
  }
);
