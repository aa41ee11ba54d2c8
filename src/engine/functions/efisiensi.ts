/**
 * EFISIENSI: whether a program's capaian was bought at a fair serapan, by one of
 * the three methods in use (SPEC section 2).
 */
import { chooseOption, OptionSpec, readNumber } from "../cell-input";
import { FormulaError, invalidValue, isFormulaError } from "../errors";

/** The efficiency methods in use. */
export type MetodeEfisiensi = "lkjip" | "indeks" | "selisih";
/** What EFISIENSI returns: the word or the number. */
export type KeluaranEfisiensi = "kategori" | "nilai";
/** The efficiency words. */
export type KategoriEfisiensi = "Efisien" | "Cukup Efisien" | "Tidak Efisien";

/** Method names and aliases. */
export const METODE_EFISIENSI: OptionSpec<MetodeEfisiensi> = {
  aliases: {
    lkjip: "lkjip",
    standar: "lkjip",
    indeks: "indeks",
    index: "indeks",
    ie: "indeks",
    rasio: "indeks",
    selisih: "selisih",
    beda: "selisih",
  },
  fallback: "lkjip",
  label: "Metode",
  allowed: '"lkjip", "indeks" atau "selisih"',
};

/** Output names and aliases. */
export const KELUARAN_EFISIENSI: OptionSpec<KeluaranEfisiensi> = {
  aliases: {
    kategori: "kategori",
    kata: "kategori",
    category: "kategori",
    nilai: "nilai",
    angka: "nilai",
    value: "nilai",
  },
  fallback: "kategori",
  label: "Keluaran",
  allowed: '"kategori" atau "nilai"',
};

/** The efficiency of one capaian/serapan pair under a method: its word and its number. */
export function efisiensiOf(
  capaian: number,
  serapan: number,
  metode: MetodeEfisiensi
): { kategori: KategoriEfisiensi; nilai: number } | FormulaError {
  if (metode === "indeks") {
    if (serapan === 0) return invalidValue("Serapan 0: indeks efisiensi tidak dapat dihitung");
    const ie = capaian / serapan;
    return { kategori: ie >= 1 ? "Efisien" : "Tidak Efisien", nilai: ie };
  }
  const selisih = capaian - serapan;
  if (metode === "lkjip") {
    const efisien = capaian >= 100 && serapan < capaian;
    return { kategori: efisien ? "Efisien" : "Tidak Efisien", nilai: selisih };
  }
  const kategori = selisih > 5 ? "Efisien" : selisih >= -5 ? "Cukup Efisien" : "Tidak Efisien";
  return { kategori, nilai: selisih };
}

/** EFISIENSI(capaian, serapan, [metode], [keluaran]) as Excel and Node callers use it. */
export function EFISIENSI(
  capaian: unknown,
  serapan: unknown,
  metode?: unknown,
  keluaran?: unknown
): KategoriEfisiensi | number | FormulaError {
  const m = chooseOption(metode, METODE_EFISIENSI);
  if (isFormulaError(m)) return m;
  const out = chooseOption(keluaran, KELUARAN_EFISIENSI);
  if (isFormulaError(out)) return out;
  const c = readNumber(capaian, "Capaian");
  if (isFormulaError(c)) return c;
  const s = readNumber(serapan, "Serapan");
  if (isFormulaError(s)) return s;
  const result = efisiensiOf(c, s, m);
  if (isFormulaError(result)) return result;
  if (out === "kategori") return result.kategori;
  return Number.isFinite(result.nilai)
    ? result.nilai
    : invalidValue("Nilai efisiensi di luar jangkauan angka");
}
