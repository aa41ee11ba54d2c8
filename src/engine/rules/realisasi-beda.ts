/**
 * REALISASI_BEDA: one indicator has different realisasi for the same year in two
 * tables. Where another table gives the realisasi (the IKM of the survey table, the
 * growth of the PADes rows, the serapan of the budget, the share of the LHKASN list
 * that reported), every table is compared with that instead.
 */
import { FindingDraft } from "../finding";
import { IndicatorRecord } from "../read/indicators";
import { ReportModel } from "../read/report";
import { derivedRealisasi } from "../read/derived-realisasi";
import { indicatorKey } from "../read/pk-match";
import { ikmTableOf } from "../read/ikm-table";
import { defineRule } from "./rule";
import { DerivedIndex } from "./derived-index";
import { differsFromTable, shown, written } from "./support";

function* betweenTables(model: ReportModel, index: DerivedIndex): Iterable<FindingDraft> {
  const firstByKey = new Map<string, IndicatorRecord>();
  for (const r of model.records) {
    if (!r.realisasi || r.realisasi.kind === "empty" || r.year === undefined) continue;
    if (index.covers(r.indikator, r.year)) continue;
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

/**
 * Each record against the sources that give its realisasi: one draft per record,
 * worded after the first source it disagrees with and relating the cells of all of
 * them; drafts in the order of that first source, then of the records.
 */
function fromOtherTables(model: ReportModel, index: DerivedIndex): FindingDraft[] {
  const bySource: FindingDraft[][] = [];
  for (const r of model.records) {
    if (r.year === undefined || r.realisasi?.kind !== "number") continue;
    const against = index.disagreement(r.indikator, r.year, r.realisasi);
    if (!against) continue;
    const d = against.source;
    (bySource[against.first] ??= []).push({
      at: r.realisasi.at,
      table: r.table.label,
      message: `Realisasi "${r.indikator}" ditulis ${written(r.realisasi)}, sedangkan ${d.source} memberi ${shown(d.value)}`,
      expected: shown(d.value),
      actual: written(r.realisasi),
      related: against.related,
    });
  }
  return bySource.flat();
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
    const index = new DerivedIndex(derived);
    yield* betweenTables(model, index);
    yield* fromOtherTables(model, index);
  }
);
