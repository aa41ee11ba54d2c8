/**
 * REALISASI_BEDA: one indicator has different realisasi for the same year in two
 * tables. Where another table gives the realisasi (the IKM of the survey table, the
 * growth of the PADes total, the serapan of the budget), every table is compared
 * with that instead.
 */
import { agrees } from "../check/tolerance";
import { FindingDraft } from "../check/finding";
import { IndicatorRecord } from "../read/indicators";
import { ReportModel } from "../read/report";
import { defineRule } from "./rule";
import { DerivedRealisasi, derivedRealisasi } from "./derived-realisasi";
import { differsFromTable, indicatorKey, shown, written } from "./support";

function* betweenTables(
  model: ReportModel,
  derived: readonly DerivedRealisasi[]
): Iterable<FindingDraft> {
  const firstByKey = new Map<string, IndicatorRecord>();
  for (const r of model.records) {
    if (!r.realisasi || r.realisasi.kind === "empty" || r.year === undefined) continue;
    if (derived.some((d) => d.year === r.year && d.matches.test(r.indikator))) continue;
    const key = `${indicatorKey(model, r)}|${r.year}`;
    const first = firstByKey.get(key);
    if (!first) {
      firstByKey.set(key, r);
      continue;
    }
    if (first.table === r.table) continue;
    const draft = differsFromTable("realisasi", r, first);
    if (draft) yield draft;
  }
}

function* fromOtherTables(
  model: ReportModel,
  derived: readonly DerivedRealisasi[]
): Iterable<FindingDraft> {
  for (const d of derived) {
    for (const r of model.records) {
      if (r.year !== d.year || !d.matches.test(r.indikator) || r.realisasi?.kind !== "number")
        continue;
      if (agrees(d.value, r.realisasi)) continue;
      yield {
        at: r.realisasi.at,
        table: r.table.label,
        message: `Realisasi "${r.indikator}" ditulis ${written(r.realisasi)}, sedangkan ${d.source} memberi ${shown(d.value)}`,
        expected: shown(d.value),
        actual: written(r.realisasi),
        related: d.cells,
      };
    }
  }
}

/** The rule. */
export const REALISASI_BEDA = defineRule(
  "REALISASI_BEDA",
  "error",
  "Realisasi berbeda antartabel",
  function* (model) {
    const derived = derivedRealisasi(model);
    yield* betweenTables(model, derived);
    yield* fromOtherTables(model, derived);
  }
);
