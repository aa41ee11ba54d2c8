/**
 * CAPAIAN_SALAH: a written capaian does not match CAPAIAN(realisasi, target,
 * polaritas) for the polarity the PK declares; where none is declared, it matches
 * none of the formulas (and no declared cap explains it).
 */
import { agrees, agreesWithOperands } from "../tolerance";
import { FindingDraft } from "../finding";
import { FormulaError, invalidValue, isFormulaError } from "../errors";
import { CAPAIAN, capaianOf, Polaritas } from "../functions/capaian";
import { IndicatorRecord } from "../read/indicators";
import { ReportModel } from "../read/report";
import { WrittenNumber } from "../read/written";
import { defineRule } from "./rule";
import { inferredDrafts } from "./inferred";
import { declaredPolaritas, pkRecordOf } from "../read/pk-match";
import { inputOf, shown, written } from "./support";
import { defined } from "../lists";

const ALL: readonly Polaritas[] = ["positif", "negatif", "negatif-rasio"];

/** What CAPAIAN gives for a result beyond the numbers (only ever skipped here). */
const NOT_FINITE = invalidValue("Hasil capaian di luar jangkauan angka");

/**
 * CAPAIAN of a record's realisasi and target for one polarity; two written numbers
 * go straight to the formula (what CAPAIAN does with them, without reading them again).
 */
function capaianFor(r: IndicatorRecord, p: Polaritas): number | FormulaError {
  if (r.realisasi?.kind !== "number" || r.target?.kind !== "number")
    return CAPAIAN(inputOf(r.realisasi), inputOf(r.target), p);
  const value = capaianOf(r.realisasi.value, r.target.value, p);
  return isFormulaError(value) || Number.isFinite(value) ? value : NOT_FINITE;
}

function candidates(
  r: IndicatorRecord,
  polaritas: readonly Polaritas[],
  cap?: number
): { p: Polaritas; value: number }[] {
  const out: { p: Polaritas; value: number }[] = [];
  for (const p of polaritas) {
    const value = capaianFor(r, p);
    if (isFormulaError(value)) continue;
    out.push({ p, value });
    if (cap !== undefined && value > cap) out.push({ p, value: cap });
  }
  return out;
}

function draft(
  r: IndicatorRecord,
  capaian: WrittenNumber,
  best: { p: Polaritas; value: number },
  declared: boolean
): FindingDraft {
  const how = declared
    ? `polaritas ${best.p} menurut PK`
    : "rumus positif, negatif, maupun negatif-rasio";
  return {
    at: capaian.at,
    table: r.table.label,
    message: `Capaian "${r.indikator}" ditulis ${written(capaian)}, tidak sesuai realisasi ${written(r.realisasi)} dan target ${written(r.target)} (${how}; seharusnya ${shown(best.value)})`,
    expected: shown(best.value),
    actual: written(capaian),
    related: defined([r.realisasi?.at, r.target?.at]),
  };
}

/** True when some realisasi and target that round to the written ones give the written capaian. */
function agreesWithRounded(r: IndicatorRecord, p: Polaritas, capaian: WrittenNumber): boolean {
  if (r.realisasi?.kind !== "number" || r.target?.kind !== "number") return false;
  const formula = (x: number, y: number) => {
    const v = capaianOf(x, y, p);
    return isFormulaError(v) ? NaN : v;
  };
  return agreesWithOperands(formula, [r.realisasi, r.target], capaian);
}

function* check(model: ReportModel, r: IndicatorRecord): Iterable<FindingDraft> {
  const capaian = r.capaian;
  if (capaian?.kind !== "number" || !r.realisasi || !r.target) return;
  const declared = declaredPolaritas(pkRecordOf(model, r));
  const polaritas = declared ? [declared] : ALL;
  const found = candidates(r, polaritas, model.settings.batasCapaian);
  if (found.length === 0 || found.some((c) => agrees(c.value, capaian))) return;
  if (polaritas.some((p) => agreesWithRounded(r, p, capaian))) return;
  yield draft(r, capaian, found[0], declared !== undefined);
}

/** The rule. */
export const CAPAIAN_SALAH = defineRule(
  "CAPAIAN_SALAH",
  "error",
  "Capaian tidak sesuai rumus",
  "Capaian tidak sesuai realisasi dan target menurut rumus polaritas di PK (atau tidak sesuai rumus mana pun bila PK tidak menyebut polaritas).",
  function* (model) {
    for (const r of model.records) yield* check(model, r);
  },
  (model) => inferredDrafts(model, "CAPAIAN_SALAH")
);
