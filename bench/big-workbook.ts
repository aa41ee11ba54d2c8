/**
 * A generated workbook of report-style tables for the benchmarks: performance
 * tables and budget tables with a program / kegiatan / sub kegiatan hierarchy,
 * `tables` × `rows`.
 */
import { SheetBuilder } from "../src/engine/workbook/sheet-builder";
import { SheetSnapshot, WorkbookSnapshot } from "../src/engine/workbook/snapshot";
import { T34_HEADER } from "../test/support/workbooks";
import { budgetSheet, BUDGET_BLOCK } from "./budget-table";

function performanceTable(name: string, rows: number): SheetSnapshot {
  const b = new SheetBuilder(name);
  b.row([
    `Tabel 3.4 Perbandingan Antara Target dan Realisasi Kinerja Sasaran Tahun 2023 (${name})`,
  ]);
  b.row(T34_HEADER, { bold: true });
  for (let i = 0; i < rows; i++) {
    const target = 50 + (i % 50);
    const realisasi = 40 + ((i * 7) % 70);
    const capaian = Math.round((realisasi / target) * 10000) / 100;
    const kriteria =
      capaian > 90
        ? "Sangat Tinggi"
        : capaian > 75
          ? "Tinggi"
          : capaian > 65
            ? "Sedang"
            : capaian > 50
              ? "Rendah"
              : "Sangat Rendah";
    b.row([
      `Sasaran ${Math.floor(i / 5)}`,
      `Indikator ${name} nomor ${i}`,
      "Persen",
      target,
      realisasi,
      i % 97 === 0 ? capaian + 3 : capaian,
      kriteria,
    ]);
  }
  return b.build();
}

/** `tables` tables of `rows` rows, alternating performance and budget tables. */
export function bigWorkbook(tables: number, rows: number): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  for (let t = 0; t < tables; t++) {
    const name = `Tabel ${t + 1}`;
    const programs = Math.ceil(rows / BUDGET_BLOCK);
    sheets.push(t % 2 === 0 ? performanceTable(name, rows) : budgetSheet(name, programs));
  }
  return { sheets };
}
