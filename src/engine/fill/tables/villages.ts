/**
 * Tabel 3.5 (Pendapatan Asli Desa over two years, with growth) and 3.14 (APBDes
 * realisation per desa).
 */
import { pertumbuhanOf, serapanOf } from "../../functions/ratios";
import { isFormulaError } from "../../errors";
import { readSumTable } from "../../read/sum-table";
import { columnOf, columnsOf } from "../../read/table";
import { numberOf } from "../../read/written";
import { caption, header, sumber, total } from "../../workbook/layout";
import { SheetBuilder } from "../../workbook/sheet-builder";
import { CellSnapshot } from "../../workbook/snapshot";
import { FMT, formula, local, value } from "../cells";
import { fromSource, Generator, valueOf } from "../context";
import { persenFormula } from "../excel-formulas";

function columnTotal(
  cells: readonly CellSnapshot[],
  first: number,
  last: number,
  col: number
): CellSnapshot {
  const sum = cells.reduce((s, c) => s + (typeof c.value === "number" ? c.value : 0), 0);
  return formula(`SUM(${local(first, col)}:${local(last, col)})`, sum, FMT.money);
}

/** Tabel 3.5. */
export const TABEL_3_5: Generator = {
  id: "3.5",
  title: "Pendapatan Asli Desa",
  usesPk: false,
  generate(ctx) {
    const table = ctx.sources.pades;
    if (!table) return { skipped: 'lembar sumber "PADes" tidak ada' };
    const years = columnsOf(table, "nilai")
      .filter((c) => c.year !== undefined)
      .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
      .slice(-2);
    if (years.length < 2) return { skipped: 'lembar "PADes" perlu kolom dua tahun' };
    const rows = readSumTable(table).rows.filter((r) => !r.isTotal);
    const b = new SheetBuilder(ctx.sheetName);
    caption(b, `Tabel 3.5 Pendapatan Asli Desa di Wilayah Kecamatan Tahun ${ctx.year}`);
    header(b, ["No", "Desa", ...years.map((c) => `Tahun ${c.year} (Rp)`), "Ket"]);
    const first = b.nextRow;
    const columns: CellSnapshot[][] = years.map(() => []);
    rows.forEach((r, i) => {
      const cells = years.map((c, k) => {
        const cell = fromSource(r.values.get(c.col), FMT.money);
        columns[k].push(cell);
        return cell;
      });
      b.row([i + 1, fromSource({ kind: "text", at: r.labelAt, text: r.label }), ...cells]);
    });
    const last = b.nextRow - 1;
    const totalRow = b.nextRow;
    const totals = columns.map((cells, k) => columnTotal(cells, first, last, k + 2));
    total(b, [null, "Jumlah PAD", ...totals]);
    const growth = pertumbuhanOf(Number(valueOf(totals[1])), Number(valueOf(totals[0])));
    const g = `(${local(totalRow, 3)}-${local(totalRow, 2)})/${local(totalRow, 2)}*100`;
    total(b, [
      null,
      "Pertumbuhan (%)",
      null,
      formula(
        `IF(${local(totalRow, 2)}>0,${g},"-")`,
        isFormulaError(growth) ? "-" : growth,
        FMT.dec2
      ),
    ]);
    sumber(b);
    return { sheet: b.buildTable() };
  },
};

/** Tabel 3.14. */
export const TABEL_3_14: Generator = {
  id: "3.14",
  title: "Daftar Realisasi APBDes",
  usesPk: false,
  generate(ctx) {
    const table = ctx.sources.apbdes;
    const pagu = table && columnOf(table, "pagu");
    const realisasi = table && columnOf(table, "realisasi");
    if (!table || !pagu || !realisasi) return { skipped: 'lembar sumber "APBDes" tidak ada' };
    const rows = readSumTable(table).rows.filter((r) => !r.isTotal);
    const b = new SheetBuilder(ctx.sheetName);
    caption(b, `Tabel 3.14 Daftar Realisasi APBDes Tahun ${ctx.year}`);
    header(b, ["No", "Desa", "Pagu (Rp)", "Realisasi (Rp)", "% Realisasi"]);
    const first = b.nextRow;
    const paguCells: CellSnapshot[] = [];
    const realCells: CellSnapshot[] = [];
    rows.forEach((r, i) => {
      const row = b.nextRow;
      const p = fromSource(r.values.get(pagu.col), FMT.money);
      const q = fromSource(r.values.get(realisasi.col), FMT.money);
      paguCells.push(p);
      realCells.push(q);
      const s = serapanOf(
        numberOf(r.values.get(realisasi.col)) ?? 0,
        numberOf(r.values.get(pagu.col)) ?? 0
      );
      b.row([
        i + 1,
        fromSource({ kind: "text", at: r.labelAt, text: r.label }),
        p,
        q,
        formula(persenFormula(local(row, 3), local(row, 2)), isFormulaError(s) ? "-" : s, FMT.dec2),
      ]);
    });
    const last = b.nextRow - 1;
    const row = b.nextRow;
    const tp = columnTotal(paguCells, first, last, 2);
    const tr = columnTotal(realCells, first, last, 3);
    const s = serapanOf(Number(tr.value), Number(tp.value));
    total(b, [
      null,
      "Jumlah",
      tp,
      tr,
      isFormulaError(s)
        ? value("-")
        : formula(persenFormula(local(row, 3), local(row, 2)), s, FMT.dec2),
    ]);
    sumber(b);
    return { sheet: b.buildTable() };
  },
};
