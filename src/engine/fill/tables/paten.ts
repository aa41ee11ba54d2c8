/**
 * Tabel 3.13: PATEN service counts per month, a row total per service, a "Total
 * Perbulan" row per section and a grand total.
 */
import { columnOf, columnsOf } from "../../read/table";
import { labelledRows } from "../../read/rows";
import { caption, groupedHeader, mergeRuns, sumber, total } from "../../workbook/layout";
import { SheetBuilder } from "../../workbook/sheet-builder";
import { CellSnapshot } from "../../workbook/snapshot";
import { FMT, formula, local } from "../cells";
import { fromSource, Generator } from "../context";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

function num(c: CellSnapshot): number {
  return typeof c.value === "number" ? c.value : 0;
}

/** Tabel 3.13. */
export const TABEL_3_13: Generator = {
  id: "3.13",
  title: "Laporan Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
  usesPk: false,
  generate(ctx) {
    const table = ctx.sources.paten;
    if (!table) return { skipped: 'lembar sumber "PATEN" tidak ada' };
    const months = columnsOf(table, "bulan").sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    const seksiCol =
      table.columns.find((c) => c.role === "nama")?.col ??
      Math.max(0, (columnOf(table, "uraian")?.col ?? 1) - 1);
    const rows = labelledRows(table, months);
    const b = new SheetBuilder(ctx.sheetName);
    caption(
      b,
      `Tabel 3.13 Laporan Pelayanan Administrasi Terpadu Kecamatan (PATEN) Januari s/d Desember ${ctx.year}`
    );
    const monthNames = months.map((m) => MONTHS[(m.index ?? 1) - 1]);
    groupedHeader(
      b,
      ["No", "Seksi", "Jenis Pelayanan"],
      [{ title: "Jumlah Pelayanan per Bulan", columns: monthNames }],
      ["Jumlah"]
    );
    const sections = new Map<string, typeof rows>();
    for (const r of rows) {
      const seksi = table.grid.text(r.row, seksiCol);
      sections.set(seksi, [...(sections.get(seksi) ?? []), r]);
    }
    const totalRows: number[] = [];
    const grand = new Array<number>(months.length + 1).fill(0);
    [...sections.entries()].forEach(([seksi, services], k) => {
      const first = b.nextRow;
      const labels: { row: number; key: string }[] = [];
      const sums = new Array<number>(months.length).fill(0);
      for (const r of services) {
        const row = b.nextRow;
        const cells = months.map((m) => fromSource(r.values.get(m.col), FMT.int));
        cells.forEach((c, i) => (sums[i] += num(c)));
        const rowSum = cells.reduce((s, c) => s + num(c), 0);
        b.row([
          k + 1,
          seksi,
          r.label,
          ...cells,
          formula(`SUM(${local(row, 3)}:${local(row, months.length + 2)})`, rowSum, FMT.int),
        ]);
        labels.push({ row, key: seksi });
      }
      const last = b.nextRow - 1;
      mergeRuns(b, 0, labels);
      mergeRuns(b, 1, labels);
      const row = b.nextRow;
      const monthTotals = sums.map((s, i) =>
        formula(`SUM(${local(first, i + 3)}:${local(last, i + 3)})`, s, FMT.int)
      );
      const all = sums.reduce((s, x) => s + x, 0);
      total(b, [
        null,
        "Total Perbulan",
        null,
        ...monthTotals,
        formula(`SUM(${local(row, 3)}:${local(row, months.length + 2)})`, all, FMT.int),
      ]);
      b.merge(row, 1, row, 2);
      totalRows.push(row);
      sums.forEach((s, i) => (grand[i] += s));
      grand[months.length] += all;
    });
    const row = b.nextRow;
    const grandCells = grand.map((g, i) =>
      formula(totalRows.map((r) => local(r, i + 3)).join("+") || "0", g, FMT.int)
    );
    total(b, [null, "Jumlah", null, ...grandCells]);
    b.merge(row, 1, row, 2);
    sumber(b);
    return { sheet: b.buildTable() };
  },
};
