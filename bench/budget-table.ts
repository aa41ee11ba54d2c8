/**
 * Generated budget tables (program › kegiatan › sub kegiatan) as snapshots built
 * directly (no xlsx): for the bench's workbooks and the largest-table test. Every
 * pagu, realisasi, capaian and sisa agrees unless a mistake is planted with
 * {@link BudgetMistakes}.
 */
import { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../src/engine/workbook/snapshot";

/** Mistakes to plant, each by its 0-based sub kegiatan or kegiatan number. */
export interface BudgetMistakes {
  /** A sub kegiatan whose sisa is 1,000 short. */
  readonly wrongSisaSub?: number;
  /** A kegiatan whose pagu is 1,000,000 more than its sub kegiatan add up to. */
  readonly wrongPaguKegiatan?: number;
}

const SUBS_PER_KEGIATAN = 4;
const KEGIATAN_PER_PROGRAM = 5;
const SUB_PAGU = 1_000_000;
const SUB_REAL = 600_000;

function moneyRow(label: CellSnapshot, pagu: number, real: number, sisa = pagu - real) {
  const capaian = Math.round((real / pagu) * 10000) / 100;
  return [label, { value: pagu }, { value: real }, { value: capaian }, { value: sisa }];
}

/** The rows of one program: its own row, then each kegiatan followed by its sub kegiatan. */
function programRows(p: number, name: string, mistakes: BudgetMistakes): CellSnapshot[][] {
  const rows: CellSnapshot[][] = [];
  const kegiatanPagu = SUB_PAGU * SUBS_PER_KEGIATAN;
  const kegiatanReal = SUB_REAL * SUBS_PER_KEGIATAN;
  rows.push(
    moneyRow(
      { value: `PROGRAM ${p} ${name}`, bold: true },
      kegiatanPagu * KEGIATAN_PER_PROGRAM,
      kegiatanReal * KEGIATAN_PER_PROGRAM
    )
  );
  for (let k = 0; k < KEGIATAN_PER_PROGRAM; k++) {
    const kegiatan = p * KEGIATAN_PER_PROGRAM + k;
    const extra = mistakes.wrongPaguKegiatan === kegiatan ? 1_000_000 : 0;
    const label = { value: `Kegiatan ${p}.${k}`, bold: true };
    rows.push(moneyRow(label, kegiatanPagu + extra, kegiatanReal, kegiatanPagu - kegiatanReal));
    for (let s = 0; s < SUBS_PER_KEGIATAN; s++) {
      const sub = kegiatan * SUBS_PER_KEGIATAN + s;
      const sisa = SUB_PAGU - SUB_REAL - (mistakes.wrongSisaSub === sub ? 1000 : 0);
      rows.push(moneyRow({ value: `Sub kegiatan ${p}.${k}.${s}` }, SUB_PAGU, SUB_REAL, sisa));
    }
  }
  return rows;
}

/** Rows per program: the program, its kegiatan and their sub kegiatan. */
export const BUDGET_BLOCK = 1 + KEGIATAN_PER_PROGRAM * (1 + SUBS_PER_KEGIATAN);

/** A sheet `name` holding a budget table of `programs` whole programs under a caption and a header row. */
export function budgetSheet(
  name: string,
  programs: number,
  mistakes: BudgetMistakes = {}
): SheetSnapshot {
  const rows: CellSnapshot[][] = [
    [{ value: `Tabel 3.15 Realisasi Anggaran Program Dan Kegiatan Tahun 2023 (${name})` }],
    ["Uraian", "Pagu", "Realisasi", "Capaian", "Sisa Anggaran"].map((value) => ({
      value,
      bold: true,
    })),
  ];
  for (let p = 0; p < programs; p++)
    for (const row of programRows(p, name, mistakes)) rows.push(row);
  return { name, rows, merges: [] };
}

/**
 * A workbook with one budget table of at most `rows` rows in all, caption and
 * header included: as many whole programs of {@link BUDGET_BLOCK} rows as fit.
 */
export function budgetWorkbook(rows: number, mistakes: BudgetMistakes = {}): WorkbookSnapshot {
  return { sheets: [budgetSheet("Anggaran", Math.floor((rows - 2) / BUDGET_BLOCK), mistakes)] };
}
