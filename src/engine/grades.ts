/**
 * Qualitative values as they appear in PK and report tables: `B`, `AA`, `WTP`,
 * `Sangat Baik`, `Baik (B) 60-70`, `C (Cukup)`. Words are read as the letter of the
 * same rank (Kurang = D, Cukup = C, Baik = B, Sangat Baik = A).
 */
import { GradeScale, HURUF_SCALE, OPINI_SCALE, SAKIP_SCALE } from "./scales";
import { cleanText } from "./text";

/** A qualitative grade, letters and words unified. */
export interface Grade {
  /** `letter` for D…AA (and the words), `opini` for BPK opinions. */
  readonly family: "letter" | "opini";
  /** Canonical token: `B`, `AA`, `WTP`. */
  readonly token: string;
}

const TOKENS: Readonly<Record<string, Grade>> = {
  AA: { family: "letter", token: "AA" },
  A: { family: "letter", token: "A" },
  BB: { family: "letter", token: "BB" },
  B: { family: "letter", token: "B" },
  CC: { family: "letter", token: "CC" },
  C: { family: "letter", token: "C" },
  D: { family: "letter", token: "D" },
  "SANGAT BAIK": { family: "letter", token: "A" },
  BAIK: { family: "letter", token: "B" },
  CUKUP: { family: "letter", token: "C" },
  KURANG: { family: "letter", token: "D" },
  WTP: { family: "opini", token: "WTP" },
  WDP: { family: "opini", token: "WDP" },
  TW: { family: "opini", token: "TW" },
  TMP: { family: "opini", token: "TMP" },
  "WAJAR TANPA PENGECUALIAN": { family: "opini", token: "WTP" },
  "WAJAR DENGAN PENGECUALIAN": { family: "opini", token: "WDP" },
  "TIDAK WAJAR": { family: "opini", token: "TW" },
  "TIDAK MEMBERIKAN PENDAPAT": { family: "opini", token: "TMP" },
  DISCLAIMER: { family: "opini", token: "TMP" },
};

function lookup(text: string): Grade | undefined {
  const key = text
    .toUpperCase()
    .replace(/[.:]+$/, "")
    .trim();
  return Object.prototype.hasOwnProperty.call(TOKENS, key) ? TOKENS[key] : undefined;
}

/**
 * Reads the grade in a piece of text: the whole text, else a token in brackets
 * (`Baik (B)` → B), else the text before the brackets (`C (Cukup)` → C).
 */
export function parseGrade(raw: string): Grade | undefined {
  const text = cleanText(raw);
  const whole = lookup(text);
  if (whole) return whole;
  for (const m of text.matchAll(/\(([^()]+)\)/g)) {
    const inside = lookup(m[1].trim());
    if (inside) return inside;
  }
  const before = text.split("(")[0].trim();
  return before && before !== text ? lookup(before) : undefined;
}

/** The scale on which two grades are compared, or undefined when they cannot be. */
export function commonScale(a: Grade, b: Grade): GradeScale | undefined {
  if (a.family !== b.family) return undefined;
  if (a.family === "opini") return OPINI_SCALE;
  const sakip = [a.token, b.token].some((t) => t.length === 2);
  return sakip ? SAKIP_SCALE : HURUF_SCALE;
}

/** A grade's score on a scale: its position counted from 1. */
export function gradeScore(grade: Grade, scale: GradeScale): number {
  return scale.grades.indexOf(grade.token) + 1;
}
