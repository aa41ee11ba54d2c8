/**
 * What several rules share: reading written values as inputs and measures,
 * comparing them, and showing numbers in messages.
 */
import { isFormulaError } from "../errors";
import { Measure, readMeasure } from "../measure";
import { IndicatorRecord } from "../read/indicators";
import { formatShown, shownText, Written, WrittenNumber } from "../read/written";
import { sameWritten } from "../tolerance";
import { cleanText } from "../text";
import { FindingDraft } from "../finding";

/** A written value as a function argument: the number, or the text. */
export function inputOf(w: Written | undefined): number | string | null {
  if (!w) return null;
  if (w.kind === "number") return w.value;
  if (w.kind === "text") return w.text;
  return null;
}

/** The measure a written value states, or undefined when nothing comparable is written. */
export function measureOf(w: Written | undefined): Measure | undefined {
  if (!w || w.kind === "empty" || w.kind === "error") return undefined;
  if (w.kind === "number") return { kind: "number", value: w.value };
  const m = readMeasure(w.text, "");
  return isFormulaError(m) ? undefined : m;
}

/** True/false when two written values can be compared, undefined when they cannot. */
export function sameValue(a: Written | undefined, b: Written | undefined): boolean | undefined {
  if (a?.kind === "number" && b?.kind === "number") return sameWritten(a, b);
  const ma = measureOf(a);
  const mb = measureOf(b);
  if (!ma || !mb) return undefined;
  if (ma.kind !== mb.kind) return false;
  if (ma.kind === "range" && mb.kind === "range") {
    return ma.low === mb.low && ma.high === mb.high && ma.grade?.token === mb.grade?.token;
  }
  if (ma.kind === "grade" && mb.kind === "grade") return ma.grade.token === mb.grade.token;
  return ma.kind === "number" && mb.kind === "number" && ma.value === mb.value;
}

/** A computed number as messages show it: Indonesian notation, 2 decimals. */
export function shown(value: number, decimals = 2): string {
  return formatShown(value, Number.isInteger(value) ? 0 : decimals);
}

/** A written value as messages show it. */
export function written(w: Written | undefined): string {
  const text = shownText(w);
  return text === "" ? "kosong" : cleanText(text);
}

/** The number of a written value, for rules that need one. */
export function writtenNumber(w: Written | undefined): WrittenNumber | undefined {
  return w?.kind === "number" ? w : undefined;
}

/**
 * The finding on `r` when its `field` (target or realisasi) differs from what
 * `first`, another table's record of the same indicator and year, writes.
 */
export function differsFromTable(
  field: "target" | "realisasi",
  r: IndicatorRecord,
  first: IndicatorRecord
): FindingDraft | undefined {
  const mine = r[field];
  const theirs = first[field];
  if (!mine || sameValue(mine, theirs) !== false) return undefined;
  const noun = field === "target" ? "Target" : "Realisasi";
  return {
    at: mine.at,
    table: r.table.label,
    message: `${noun} "${r.indikator}" tahun ${r.year} ditulis ${written(mine)}, sedangkan ${first.table.label} menulis ${written(theirs)}`,
    expected: written(theirs),
    actual: written(mine),
    related: [theirs?.at ?? first.indikatorAt],
  };
}
