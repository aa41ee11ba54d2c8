/**
 * The SPEC's formulas written as native Excel formulas over cell addresses, so a
 * generated table never depends on LKJIP.* to be right.
 */
import { Polaritas } from "../functions/capaian";
import { MetodeEfisiensi } from "../functions/efisiensi";

/** Capaian of realisasi `r` against target `t` (both addresses), for a polarity; "N/A" when there is no number. */
export function capaianFormula(r: string, t: string, p: Polaritas): string {
  const core =
    p === "positif"
      ? `IF(${t}=0,"N/A",${r}/${t}*100)`
      : p === "negatif"
        ? `IF(${t}=0,IF(${r}<=0,100,0),(2*${t}-${r})/${t}*100)`
        : `IF(${t}=0,IF(${r}<=0,100,0),IF(${r}=0,"N/A",${t}/${r}*100))`;
  return `IF(AND(ISNUMBER(${r}),ISNUMBER(${t})),${core},"N/A")`;
}

/** Permendagri 86/2017 band of a capaian address. */
export function kriteriaFormula(c: string): string {
  return `IF(ISNUMBER(${c}),IF(${c}>90,"Sangat Tinggi",IF(${c}>75,"Tinggi",IF(${c}>65,"Sedang",IF(${c}>50,"Rendah","Sangat Rendah")))),"N/A")`;
}

/** Grade of one unsur value on 1–4. */
export function unsurGradeFormula(u: string): string {
  return `IF(${u}>=3.5324,"A",IF(${u}>=3.0644,"B",IF(${u}>=2.6,"C","D")))`;
}

/** Grade and word of an IKM value on 25–100. */
export function ikmGradeFormula(v: string): string {
  return `IF(${v}>=88.31,"A (Sangat Baik)",IF(${v}>=76.61,"B (Baik)",IF(${v}>=65,"C (Kurang Baik)","D (Tidak Baik)")))`;
}

/** Meningkat / Menurun / Tetap from last year's to this year's address. */
export function trenFormula(lalu: string, kini: string): string {
  return `IF(AND(ISNUMBER(${lalu}),ISNUMBER(${kini})),IF(${kini}>${lalu},"Meningkat",IF(${kini}<${lalu},"Menurun","Tetap")),"-")`;
}

/** Lapor values Excel reads as "not reported", as the engine's LHKASN reader does (read/lhkasn.ts). */
const NOT_REPORTED_CRITERIA = ["-", "–", "—", "n/a", "na", "belum*", "tidak*", "tdk*"];

/** How many rows of an LHKASN list have a name (`nama` a range address). */
export function wajibLaporFormula(nama: string): string {
  return `COUNTIF(${nama},"<>")`;
}

/** How many named rows of an LHKASN list have reported: a lapor cell neither empty nor saying not. */
export function sudahLaporFormula(nama: string, lapor: string): string {
  const not = NOT_REPORTED_CRITERIA.map((c) => `,${lapor},"<>${c}"`).join("");
  return `COUNTIFS(${nama},"<>",${lapor},"<>"${not})`;
}

/** Part over whole in percent; "-" when the whole is 0 (an empty result would not survive in the file). */
export function persenFormula(part: string, whole: string): string {
  return `IF(N(${whole})=0,"-",N(${part})/${whole}*100)`;
}

/** The efficiency word from capaian and serapan addresses, under a method. */
export function efisiensiFormula(
  capaian: string,
  serapan: string,
  metode: MetodeEfisiensi
): string {
  const word =
    metode === "indeks"
      ? `IF(${serapan}=0,"-",IF(${capaian}/${serapan}>=1,"Efisien","Tidak Efisien"))`
      : metode === "selisih"
        ? `IF(${capaian}-${serapan}>5,"Efisien",IF(${capaian}-${serapan}>=-5,"Cukup Efisien","Tidak Efisien"))`
        : `IF(AND(${capaian}>=100,${serapan}<${capaian}),"Efisien","Tidak Efisien")`;
  return `IF(AND(ISNUMBER(${capaian}),ISNUMBER(${serapan})),${word},"-")`;
}
