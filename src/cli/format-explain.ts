/**
 * `lkjip periksa --jelaskan` as text: per table, where it is, what each column
 * holds, and each relationship and total with its support, so that a reviewer
 * sees why a finding was made.
 */
import { TableExplanation } from "../engine/check/explain";

function columnLine(t: TableExplanation): string {
  return t.columns
    .map((c) => `${c.column} ${c.role}${c.year ? ` ${c.year}` : ""} ("${c.header}")`)
    .join("; ");
}

/** Levels listed per row, at most this many. */
const LEVELS_SHOWN = 40;

function hierarchyLine(h: NonNullable<TableExplanation["hierarchy"]>): string {
  const from = h.columns.length ? ` (kolom ${h.columns.join(", ")})` : "";
  const shown = h.levels.slice(0, LEVELS_SHOWN).map((l) => `${l.row}→${l.level}`);
  const more =
    h.levels.length > LEVELS_SHOWN ? `, dan ${h.levels.length - LEVELS_SHOWN} baris lagi` : "";
  return `    hierarki dari ${h.source}${from}, tingkat per baris: ${shown.join(", ")}${more}`;
}

/** The explanation of one file's tables. */
export function formatExplanation(tables: readonly TableExplanation[]): string {
  const lines = ["Penjelasan (tabel yang dibaca, peran kolom, hubungan yang disimpulkan):"];
  if (tables.length === 0) lines.push("  Tidak ada tabel yang dikenali.");
  for (const t of tables) {
    lines.push(
      "",
      `  ${t.table} — lembar "${t.sheet}", jenis ${t.kind}, judul ${t.header}, isi ${t.body}`
    );
    lines.push(`    kolom: ${columnLine(t)}`);
    for (const r of t.relations) {
      const declared = r.declared ? `, menurut ${r.declared}` : "";
      const fails = r.fails.length ? `; tidak cocok di baris ${r.fails.join(", ")}` : "";
      lines.push(
        `    hubungan: ${r.relation} pada ${r.support} dari ${r.rows} baris${declared}${fails}`
      );
    }
    if (t.hierarchy) lines.push(hierarchyLine(t.hierarchy));
    for (const s of t.totals) {
      const what = s.kind === "rata" ? "rata-rata" : "jumlah";
      lines.push(
        `    baris ${s.row} ("${s.label}") = ${what} blok di atasnya: cocok di kolom ${s.holds.join(", ") || "-"} dari ${s.columns.join(", ")}`
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
