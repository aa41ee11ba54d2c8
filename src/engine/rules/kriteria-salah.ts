/**
 * KRITERIA_SALAH: a written kriteria does not match KRITERIA(capaian written in the
 * same row). Only the five words of the scale are judged.
 */
import { FindingDraft } from "../finding";
import { squeeze } from "../read/header-roles";
import { ReportModel } from "../read/report";
import { labelledRows } from "../read/rows";
import { columnOf, columnsOf } from "../read/table";
import { WrittenNumber, WrittenText } from "../read/written";
import { KRITERIA_WORDS, kriteriaPermendagri86 } from "../scales";
import { defineRule } from "./rule";
import { written } from "./support";

const WORDS = new Map(KRITERIA_WORDS.map((w) => [squeeze(w), w]));

/** A kriteria word against the scale for the capaian written beside it. */
function draftFor(
  table: string,
  name: string,
  kriteria: WrittenText,
  capaian: WrittenNumber
): FindingDraft | undefined {
  const word = WORDS.get(squeeze(kriteria.text));
  if (!word) return undefined;
  const expected = kriteriaPermendagri86(capaian.value);
  if (word === expected) return undefined;
  return {
    at: kriteria.at,
    table,
    message: `Kriteria "${name}" ditulis ${word}, padahal capaian ${written(capaian)} termasuk ${expected} (Permendagri 86/2017)`,
    expected,
    actual: word,
    related: [capaian.at],
  };
}

/** Tables without indicator records (no Indikator column): a kriteria column beside one capaian column. */
function* inOtherTables(model: ReportModel): Iterable<FindingDraft> {
  const withRecords = new Set(model.records.map((r) => r.table));
  if (model.pk) withRecords.add(model.pk.table);
  for (const t of model.tables) {
    const kriteria = columnOf(t, "kriteria");
    const capaian = columnsOf(t, "capaian");
    if (withRecords.has(t) || !kriteria || capaian.length !== 1) continue;
    for (const row of labelledRows(t, [capaian[0], kriteria])) {
      const k = row.values.get(kriteria.col);
      const c = row.values.get(capaian[0].col);
      if (k?.kind !== "text" || c?.kind !== "number") continue;
      const draft = draftFor(t.label, row.label, k, c);
      if (draft) yield draft;
    }
  }
}

/** The rule. */
export const KRITERIA_SALAH = defineRule(
  "KRITERIA_SALAH",
  "error",
  "Kriteria tidak sesuai skala",
  "Kata kriteria tidak sesuai skala Permendagri 86/2017 untuk capaian di baris yang sama.",
  function* (model) {
    for (const r of model.records) {
      if (r.kriteria?.kind !== "text" || r.capaian?.kind !== "number") continue;
      const draft = draftFor(r.table.label, r.indikator, r.kriteria, r.capaian);
      if (draft) yield draft;
    }
    yield* inOtherTables(model);
  }
);
