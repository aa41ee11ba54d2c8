/**
 * TREN_SALAH: a Meningkat / Menurun / Tetap word contradicts the change from last
 * year to this year. Judged on capaian; not flagged when it matches the change of
 * realisasi instead (reports use both).
 */
import { FindingDraft } from "../finding";
import { Tren, TREN } from "../functions/tren";
import { isFormulaError } from "../errors";
import { squeeze } from "../read/header-roles";
import { IndicatorRecord } from "../read/indicators";
import { nameKey } from "../read/names";
import { defineRule } from "./rule";
import { inputOf, written } from "./support";
import { defined, pushTo } from "../lists";

const WORDS: ReadonlyMap<string, Tren> = new Map([
  ["meningkat", "Meningkat"],
  ["naik", "Meningkat"],
  ["menurun", "Menurun"],
  ["turun", "Menurun"],
  ["tetap", "Tetap"],
  ["stabil", "Tetap"],
]);

function trend(a: IndicatorRecord["capaian"], b: IndicatorRecord["capaian"]): Tren | undefined {
  const t = TREN(inputOf(a), inputOf(b));
  return isFormulaError(t) ? undefined : t;
}

function* judge(prev: IndicatorRecord, cur: IndicatorRecord, word: Tren): Iterable<FindingDraft> {
  const byCapaian = trend(prev.capaian, cur.capaian);
  const byRealisasi = trend(prev.realisasi, cur.realisasi);
  if (byCapaian === undefined && byRealisasi === undefined) return;
  if (word === byCapaian || word === byRealisasi) return;
  const expected = (byCapaian ?? byRealisasi) as Tren;
  const basis = byCapaian
    ? `capaian ${written(prev.capaian)} → ${written(cur.capaian)}`
    : `realisasi ${written(prev.realisasi)} → ${written(cur.realisasi)}`;
  yield {
    at: cur.ket!.at,
    table: cur.table.label,
    message: `Keterangan "${cur.indikator}" ditulis ${word}, padahal ${basis} (${prev.year} → ${cur.year}) berarti ${expected}`,
    expected,
    actual: word,
    related: defined([prev.capaian?.at, cur.capaian?.at]),
  };
}

/** The first record of each year in a group, so that last year's record is found without a scan. */
function firstByYear(group: readonly IndicatorRecord[]): Map<number, IndicatorRecord> {
  const byYear = new Map<number, IndicatorRecord>();
  for (const g of group)
    if (g.year !== undefined && !Number.isNaN(g.year) && !byYear.has(g.year)) byYear.set(g.year, g);
  return byYear;
}

/** The rule. */
export const TREN_SALAH = defineRule(
  "TREN_SALAH",
  "error",
  "Keterangan tren tidak sesuai",
  "Keterangan Meningkat / Menurun / Tetap bertentangan dengan perubahan capaian dari tahun lalu.",
  function* (model) {
    const byTableAndName = new Map<string, IndicatorRecord[]>();
    for (const r of model.records) {
      pushTo(byTableAndName, `${r.table.id}|${r.table.sheet}|${nameKey(r.indikator)}`, r);
    }
    for (const group of byTableAndName.values()) {
      const byYear = firstByYear(group);
      for (const cur of group) {
        const word = cur.ket?.kind === "text" ? WORDS.get(squeeze(cur.ket.text)) : undefined;
        const prev = word && cur.year !== undefined ? byYear.get(cur.year - 1) : undefined;
        if (word && prev) yield* judge(prev, cur, word);
      }
    }
  }
);
