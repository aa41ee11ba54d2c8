/**
 * SERAPAN and PERTUMBUHAN: the two plain ratios of the report's budget and PADes tables.
 */
import { readNumber } from "../cell-input";
import { FormulaError, invalidValue, isFormulaError } from "../errors";

/** Budget absorption realisasi / pagu × 100, or why it cannot be computed. */
export function serapanOf(realisasi: number, pagu: number): number | FormulaError {
  if (pagu === 0) return invalidValue("Pagu 0: serapan tidak dapat dihitung");
  return (realisasi / pagu) * 100;
}

/** Growth (n − (n−1)) / (n−1) × 100, or why it cannot be computed. */
export function pertumbuhanOf(nilaiN: number, nilaiN1: number): number | FormulaError {
  if (nilaiN1 <= 0) return invalidValue("Nilai tahun sebelumnya harus lebih besar dari 0");
  return ((nilaiN - nilaiN1) / nilaiN1) * 100;
}

function finite(value: number | FormulaError): number | FormulaError {
  if (isFormulaError(value) || Number.isFinite(value)) return value;
  return invalidValue("Hasil di luar jangkauan angka");
}

/** SERAPAN(realisasi, pagu) as Excel and Node callers use it. */
export function SERAPAN(realisasi: unknown, pagu: unknown): number | FormulaError {
  const r = readNumber(realisasi, "Realisasi");
  if (isFormulaError(r)) return r;
  const p = readNumber(pagu, "Pagu");
  if (isFormulaError(p)) return p;
  return finite(serapanOf(r, p));
}

/** PERTUMBUHAN(nilai_n, nilai_n_1) as Excel and Node callers use it. */
export function PERTUMBUHAN(nilaiN: unknown, nilaiN1: unknown): number | FormulaError {
  const n = readNumber(nilaiN, "Nilai tahun ini");
  if (isFormulaError(n)) return n;
  const n1 = readNumber(nilaiN1, "Nilai tahun sebelumnya");
  if (isFormulaError(n1)) return n1;
  return finite(pertumbuhanOf(n, n1));
}
