/**
 * TARGET_BEDA: one indicator has different targets in the PK and a Bab III table,
 * or in two Bab III tables for the same year.
 */
import { FindingDraft } from "../finding";
import { IndicatorRecord } from "../read/indicators";
import { ReportModel } from "../read/report";
import { defineRule } from "./rule";
import { indicatorKey, pkRecordOf } from "../read/pk-match";
import { differsFromTable, sameValue, written } from "./support";

function* againstPk(
  model: ReportModel,
  r: IndicatorRecord,
  pk: IndicatorRecord
): Iterable<FindingDraft> {
  if (sameValue(r.target, pk.target) !== false || !r.target) return;
  yield {
    at: r.target.at,
    table: r.table.label,
    message: `Target "${r.indikator}" tahun ${r.year} ditulis ${written(r.target)}, sedangkan PK (${pk.table.label}) menetapkan ${written(pk.target)}`,
    expected: written(pk.target),
    actual: written(r.target),
    related: [pk.target?.at ?? pk.indikatorAt],
  };
}

/** The rule. */
export const TARGET_BEDA = defineRule(
  "TARGET_BEDA",
  "error",
  "Target berbeda antartabel",
  "Target satu indikator berbeda antara PK dan tabel Bab III, atau antara dua tabel untuk tahun yang sama.",
  function* (model) {
    const pkYear = model.pk?.records[0]?.year;
    const firstByKey = new Map<string, IndicatorRecord>();
    for (const r of model.records) {
      if (!r.target || r.target.kind === "empty" || r.year === undefined) continue;
      const pk = r.year === pkYear ? pkRecordOf(model, r) : undefined;
      if (pk?.target && pk.target.kind !== "empty") {
        yield* againstPk(model, r, pk);
        continue;
      }
      const key = `${indicatorKey(model, r)}|${r.year}`;
      const first = firstByKey.get(key);
      if (!first) firstByKey.set(key, r);
      else if (first.table !== r.table) {
        const draft = differsFromTable("target", r, first);
        if (draft) yield draft;
      }
    }
  }
);
