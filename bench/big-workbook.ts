/**
 * A generated workbook of report-style tables for the benchmarks: performance
 * tables and budget tables with a program / kegiatan / sub kegiatan hierarchy,
 * `tables` × `rows`, written once to a file.
 */
import { SheetBuilder } from "../src/engine/workbook/sheet-builder";
import { SheetSnapshot, WorkbookSnapshot } from "../src/engine/workbook/snapshot";
import { T34_HEADER } from "../test/support/workbooks";

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

const SUBS_PER_KEGIATAN = 4;
const KEGIATAN_PER_PROGRAM = 5;
/** Rows of one program with its kegiatan and sub kegiatan. */
const PROGRAM_ROWS = 1 + KEGIATAN_PER_PROGRAM * (1 + SUBS_PER_KEGIATAN);

function budgetTable(name: string, programs: number): SheetSnapshot {
  const b = new SheetBuilder(name);
  b.row([`Tabel 3.15 Realisasi Anggaran Program Dan Kegiatan Tahun 2023 (${name})`]);
  b.row(["Uraian", "Pagu", "Realisasi", "Capaian", "Sisa Anggaran"], { bold: true });
  for (let p = 0; p < programs; p++) {
    const pagu = 1_000_000 * SUBS_PER_KEGIATAN * KEGIATAN_PER_PROGRAM;
    const real = 600_000 * SUBS_PER_KEGIATAN * KEGIATAN_PER_PROGRAM;
    b.row([{ value: `PROGRAM ${p} ${name}`, bold: true }, pagu, real, 60, pagu - real]);
    for (let k = 0; k < KEGIATAN_PER_PROGRAM; k++) {
      b.row([
        { value: `Kegiatan ${p}.${k}`, bold: true },
        1_000_000 * SUBS_PER_KEGIATAN,
        600_000 * SUBS_PER_KEGIATAN,
        60,
        400_000 * SUBS_PER_KEGIATAN,
      ]);
      for (let s = 0; s < SUBS_PER_KEGIATAN; s++)
        b.row([`Sub kegiatan ${p}.${k}.${s}`, 1_000_000, 600_000, 60, 400_000]);
    }
  }
  return b.build();
}

/**
 * One budget table (program › kegiatan › sub kegiatan, every sum right) of at
 * most `rows` rows in all, title and header included: whole programs only.
 */
export function budgetWorkbook(rows: number): WorkbookSnapshot {
  return { sheets: [budgetTable("Anggaran", Math.floor((rows - 2) / PROGRAM_ROWS))] };
}

/** `tables` tables of `rows` rows, alternating performance and budget tables. */
export function bigWorkbook(tables: number, rows: number): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  for (let t = 0; t < tables; t++) {
    const name = `Tabel ${t + 1}`;
    const programs = Math.ceil(rows / PROGRAM_ROWS);
    sheets.push(t % 2 === 0 ? performanceTable(name, rows) : budgetTable(name, programs));
  }
  return { sheets };
}
