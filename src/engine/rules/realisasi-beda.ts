/**
 * REALISASI_BEDA: one indicator has different realisasi for the same year in two
 * tables. Where another table gives the realisasi (the IKM of the survey table, the
 * growth of the PADes rows, the serapan of the budget, the share of the LHKASN list
 * that reported), every table is compared with that instead.
 */
import { agrees } from "../tolerance";
import { FindingDraft } from "../finding";
import { IndicatorRecord } from "../read/indicators";
import { ReportModel } from "../read/report";
import { derivationCells, DerivedRealisasi, derivedRealisasi } from "../read/derived-realisasi";
import { indicatorKey } from "../read/pk-match";
import { ikmTableOf } from "../read/ikm-table";
import { defineRule } from "./rule";
import { differsFromTable, shown, written } from "./support";

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
    if (d.year === undefined) continue;
    const cells = d.derivation.kind === "serapan" ? [] : derivationCells(d.derivation);
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
        related: cells.map((c) => c.at),
      };
    }
  }
}

/** The rule. */
export const REALISASI_BEDA = defineRule(
  "REALISASI_BEDA",
  "error",
  "Realisasi berbeda antartabel",
  "Realisasi berbeda antartabel, termasuk IKM Tabel 3.3, pertumbuhan Jumlah PAD, dan serapan anggaran.",
  function* (model) {
    const derived = derivedRealisasi({
      ikm: model.tables.filter((t) => ikmTableOf(t) !== undefined),
      pades: model.tables.filter((t) => t.kind === "pades"),
      budgets: model.budgets,
      lhkasn: model.tables.filter((t) => t.kind === "lhkasn"),
      year: model.year,
    });
    yield* betweenTables(model, derived);
    yield* fromOtherTables(model, derived);
  }
);
