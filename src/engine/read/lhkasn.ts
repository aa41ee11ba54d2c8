/**
 * An LHKASN list (the template's LHKASN sheet, Tabel 3.6): the ASN who must
 * report, one per row with a name, and whether each has reported. A row counts
 * as reported when its lapor cell holds anything (a date, `Sudah`) other than
 * nothing, `-`, `N/A` or a word that says not (`Belum`, `Tidak`). The list ends
 * at its first summary row (`Jumlah wajib lapor`, `Sudah melapor`, `Persentase`).
 */
import { Column, columnOf, Table } from "./table";
import { readWritten, Written } from "./written";

/** Lapor words that mean the person has not reported. */
export const NOT_REPORTED = /^(belum|tidak|tdk)\b/i;

const SUMMARY_LABEL =
  /^(jumlah|total|sudah\s+(melapor|lapor)|belum\s+(melapor|lapor)|persentase|prosentase|tingkat)\b/i;

/** One person on the list. */
export interface LhkasnPerson {
  readonly row: number;
  readonly lapor: Written;
  readonly reported: boolean;
}

/** The people of an LHKASN list, with the columns they were read from. */
export interface LhkasnList {
  readonly table: Table;
  readonly nama: Column;
  readonly lapor: Column;
  readonly people: readonly LhkasnPerson[];
  /** How many reported. */
  readonly reported: number;
}

/** True when a lapor cell says the person reported. */
export function hasReported(w: Written): boolean {
  if (w.kind === "empty") return false;
  return !(w.kind === "text" && NOT_REPORTED.test(w.text));
}

/** Reads an LHKASN table, or undefined when it has no name or lapor column. */
export function readLhkasn(table: Table): LhkasnList | undefined {
  const nama = columnOf(table, "nama");
  const lapor = columnOf(table, "lapor");
  if (!nama || !lapor) return undefined;
  const people: LhkasnPerson[] = [];
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const name = table.grid.text(row, nama.col);
    if (!name) continue;
    if (SUMMARY_LABEL.test(name)) break;
    const w = readWritten(table.grid, row, lapor.col);
    people.push({ row, lapor: w, reported: hasReported(w) });
  }
  return { table, nama, lapor, people, reported: people.filter((p) => p.reported).length };
}
