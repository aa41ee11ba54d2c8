/**
 * What several rules share: reading written values as inputs and measures,
 * matching an indicator to the PK, and showing numbers in messages.
 */
import { chooseOption } from "../cell-input";
import { isFormulaError } from "../errors";
import { Polaritas, POLARITAS } from "../functions/capaian";
import { Measure, readMeasure } from "../measure";
import { IndicatorRecord } from "../read/indicators";
import { nameKey } from "../read/names";
import { ReportModel } from "../read/report";
import { formatShown, shownText, Written, WrittenNumber } from "../read/written";
import { sameWritten } from "../check/tolerance";
import { cleanText } from "../text";
import { FindingDraft } from "../check/finding";

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

/** The PK record of an indicator: by name, then by sasaran among equal names. */
export function pkRecordOf(
  model: ReportModel,
  record: IndicatorRecord
): IndicatorRecord | undefined {
  const found = model.pk?.index.findAll(record.indikator) ?? [];
  if (found.length <= 1) return found[0];
  const sasaran = nameKey(record.sasaran ?? "");
  return found.find((f) => nameKey(f.sasaran ?? "") === sasaran) ?? found[0];
}

/** The polarity the PK declares for an indicator, when it declares a known one. */
export function declaredPolaritas(pkRecord: IndicatorRecord | undefined): Polaritas | undefined {
  const w = pkRecord?.polaritas;
  if (!w || w.kind !== "text") return undefined;
  const p = chooseOption(w.text, POLARITAS);
  return isFormulaError(p) ? undefined : p;
}

/** A key for one indicator across tables: the PK record's name when matched, else the own name. */
export function indicatorKey(model: ReportModel, record: IndicatorRecord): string {
  return nameKey(pkRecordOf(model, record)?.indikator ?? record.indikator);
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
