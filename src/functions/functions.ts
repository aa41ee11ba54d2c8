/**
 * The LKJIP custom functions. Each one is a thin wrapper over the engine that
 * first reads cells holding data types by their basic value (`fromCells`); the
 * JSDoc below is read at build time to generate functions.json, so it is the
 * functions' Indonesian documentation in Excel.
 */
// From each function's module rather than the engine's index: a CommonJS build
// reads an export of `export *` through a getter on every call.
import { CAPAIAN } from "../engine/functions/capaian";
import { EFISIENSI } from "../engine/functions/efisiensi";
import { IKM } from "../engine/functions/ikm";
import { KRITERIA } from "../engine/functions/kriteria";
import { PERTUMBUHAN, SERAPAN } from "../engine/functions/ratios";
import { TREN } from "../engine/functions/tren";
import { fromCells } from "./cell-value";

/**
 * Capaian kinerja dalam persen dari realisasi dan target (Permendagri 86/2017).
 * @customfunction CAPAIAN
 * @param realisasi Realisasi: angka, teks angka (83,514), atau predikat (B).
 * @param target Target: angka, rentang (60-70), atau predikat (Baik (B) 60-70).
 * @param [polaritas] "positif" (bawaan, makin tinggi makin baik), "negatif" ((2T-R)/T), atau "negatif-rasio" (T/R).
 * @param [batas] Batas atas capaian, misalnya 120. Bawaan: tanpa batas.
 * @returns Capaian dalam persen, tanpa pembulatan.
 */
export function capaian(
  realisasi: unknown,
  target: unknown,
  polaritas?: unknown,
  batas?: unknown
): number | CustomFunctions.Error {
  return fromCells(CAPAIAN, { realisasi, target, polaritas, batas });
}

/**
 * Kriteria penilaian sebuah nilai menurut skala.
 * @customfunction KRITERIA
 * @param capaian Capaian dalam persen, nilai IKM, atau nilai unsur.
 * @param [skala] "permendagri86" (bawaan: Sangat Tinggi…Sangat Rendah), "ikm" (mutu A–D nilai 25–100), atau "unsur" (mutu A–D nilai 1–4).
 * @returns Kata kriteria atau huruf mutu.
 */
export function kriteria(capaian: unknown, skala?: unknown): string | CustomFunctions.Error {
  return fromCells(KRITERIA, { capaian, skala });
}

/**
 * Efisiensi penggunaan anggaran dari capaian kinerja dan serapan anggaran.
 * @customfunction EFISIENSI
 * @param capaian Capaian kinerja dalam persen.
 * @param serapan Serapan anggaran dalam persen.
 * @param [metode] "lkjip" (bawaan: Efisien bila capaian ≥ 100 dan serapan < capaian), "indeks" (capaian/serapan ≥ 1), atau "selisih" (capaian − serapan: > 5, −5 s.d. 5, < −5).
 * @param [keluaran] "kategori" (bawaan) untuk kata, "nilai" untuk angka.
 * @returns Efisien, Cukup Efisien, Tidak Efisien, atau nilainya.
 */
export function efisiensi(
  capaian: unknown,
  serapan: unknown,
  metode?: unknown,
  keluaran?: unknown
): number | string | CustomFunctions.Error {
  return fromCells(EFISIENSI, { capaian, serapan, metode, keluaran });
}

/**
 * Serapan anggaran dalam persen: realisasi dibagi pagu dikali 100.
 * @customfunction SERAPAN
 * @param realisasi Realisasi anggaran (Rp).
 * @param pagu Pagu anggaran (Rp).
 * @returns Serapan dalam persen.
 */
export function serapan(realisasi: unknown, pagu: unknown): number | CustomFunctions.Error {
  return fromCells(SERAPAN, { realisasi, pagu });
}

/**
 * Pertumbuhan dalam persen dari tahun sebelumnya ke tahun ini, seperti Pertumbuhan PADes.
 * @customfunction PERTUMBUHAN
 * @param nilai_n Nilai tahun ini (N).
 * @param nilai_n_1 Nilai tahun sebelumnya (N-1), harus lebih besar dari 0.
 * @returns Pertumbuhan dalam persen.
 */
export function pertumbuhan(nilai_n: unknown, nilai_n_1: unknown): number | CustomFunctions.Error {
  return fromCells(PERTUMBUHAN, { nilai_n, nilai_n_1 });
}

/**
 * Indeks Kepuasan Masyarakat: rata-rata nilai unsur dikali 25 (PermenPANRB 14/2017).
 * @customfunction IKM
 * @param unsur Rentang nilai rata-rata unsur pelayanan (skala 1–4); sel kosong dilewati.
 * @returns Nilai IKM pada skala 25–100.
 */
export function ikm(unsur: unknown[][]): number | CustomFunctions.Error {
  return fromCells(IKM, { unsur });
}

/**
 * Arah perubahan dari tahun lalu ke tahun ini, seperti kolom Ket Tabel 3.8.
 * @customfunction TREN
 * @param nilai_lalu Nilai atau predikat tahun lalu.
 * @param nilai_kini Nilai atau predikat tahun ini.
 * @returns Meningkat, Menurun, atau Tetap.
 */
export function tren(nilai_lalu: unknown, nilai_kini: unknown): string | CustomFunctions.Error {
  return fromCells(TREN, { nilai_lalu, nilai_kini });
}
