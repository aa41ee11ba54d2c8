/**
 * The scales of SPEC section 3: Permendagri 86/2017 performance bands, the IKM
 * service-quality grades of PermenPANRB 14/2017 (for the index and for one unsur),
 * and the ordered grade scales of qualitative values.
 */

/** A Permendagri 86/2017 performance band. */
export type Kriteria = "Sangat Tinggi" | "Tinggi" | "Sedang" | "Rendah" | "Sangat Rendah";

/** All five bands, best first. */
export const KRITERIA_WORDS: readonly Kriteria[] = [
  "Sangat Tinggi",
  "Tinggi",
  "Sedang",
  "Rendah",
  "Sangat Rendah",
];

/**
 * The band of a capaian in percent points: > 90 Sangat Tinggi, > 75 Tinggi,
 * > 65 Sedang, > 50 Rendah, otherwise Sangat Rendah (above 100 stays Sangat Tinggi).
 */
export function kriteriaPermendagri86(capaian: number): Kriteria {
  if (capaian > 90) return "Sangat Tinggi";
  if (capaian > 75) return "Tinggi";
  if (capaian > 65) return "Sedang";
  if (capaian > 50) return "Rendah";
  return "Sangat Rendah";
}

/** A service-quality grade (mutu pelayanan). */
export type MutuGrade = "A" | "B" | "C" | "D";

/** One step of a lower-bound grade table. */
export interface GradeStep {
  readonly min: number;
  readonly grade: MutuGrade;
  /** Kinerja unit pelayanan, the word printed beside the grade. */
  readonly word: string;
}

/** A grade table over a closed range, compared against its lower bounds. */
export interface GradeTable {
  readonly low: number;
  readonly high: number;
  readonly steps: readonly GradeStep[];
}

/** IKM on 25–100: A 88.31, B 76.61, C 65.00, D 25.00 (lower bounds). */
export const IKM_GRADES: GradeTable = {
  low: 25,
  high: 100,
  steps: [
    { min: 88.31, grade: "A", word: "Sangat Baik" },
    { min: 76.61, grade: "B", word: "Baik" },
    { min: 65, grade: "C", word: "Kurang Baik" },
    { min: 25, grade: "D", word: "Tidak Baik" },
  ],
};

/** One unsur on 1–4: A 3.5324, B 3.0644, C 2.60, D 1.00 (lower bounds). */
export const UNSUR_GRADES: GradeTable = {
  low: 1,
  high: 4,
  steps: [
    { min: 3.5324, grade: "A", word: "Sangat Baik" },
    { min: 3.0644, grade: "B", word: "Baik" },
    { min: 2.6, grade: "C", word: "Kurang Baik" },
    { min: 1, grade: "D", word: "Tidak Baik" },
  ],
};

/** The step a value falls in, or undefined when it is outside the table's range. */
export function gradeIn(table: GradeTable, value: number): GradeStep | undefined {
  if (!(value >= table.low && value <= table.high)) return undefined;
  return table.steps.find((s) => value >= s.min);
}

/** An ordered scale of qualitative grades, lowest first; a grade scores its position from 1. */
export interface GradeScale {
  readonly id: "sakip" | "huruf" | "opini";
  readonly grades: readonly string[];
}

/** SAKIP predicates, used when AA, BB or CC appears. */
export const SAKIP_SCALE: GradeScale = {
  id: "sakip",
  grades: ["D", "C", "CC", "B", "BB", "A", "AA"],
};
/** Archive and service grades; the words Kurang < Cukup < Baik < Sangat Baik score the same. */
export const HURUF_SCALE: GradeScale = { id: "huruf", grades: ["D", "C", "B", "A"] };
/** BPK audit opinions. */
export const OPINI_SCALE: GradeScale = { id: "opini", grades: ["TMP", "TW", "WDP", "WTP"] };
