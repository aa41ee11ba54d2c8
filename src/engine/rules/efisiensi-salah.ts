/**
 * EFISIENSI_SALAH: an Efisien / Tidak Efisien word does not match EFISIENSI for that
 * program's capaian (as written in the program indicator table) and serapan (as
 * written in its row), under the workbook's method.
 */
import { FindingDraft } from "../finding";
import { isFormulaError } from "../errors";
import { efisiensiOf, KategoriEfisiensi, MetodeEfisiensi } from "../functions/efisiensi";
import { squeeze } from "../read/header-roles";
import { IndicatorRecord } from "../read/indicators";
import { NameIndex } from "../read/names";
import { ReportModel } from "../read/report";
import { labelledRows } from "../read/rows";
import { Column, columnOf, Table } from "../read/table";
import { Written } from "../read/written";
import { defineRule } from "./rule";
import { inferredDrafts } from "./inferred";
import { shown, written } from "./support";

const WORDS = new Map<string, KategoriEfisiensi>([
  ["efisien", "Efisien"],
  ["cukupefisien", "Cukup Efisien"],
  ["tidakefisien", "Tidak Efisien"],
]);

/**
 * Capaian per program, from one program-indicator table: the one on the same sheet
 * as the efficiency table, else one on a sheet without an efficiency table of its own.
 */
function programCapaian(model: ReportModel, efficiency: Table): NameIndex<IndicatorRecord[]> {
  const withCapaian = model.records.filter((r) => r.program && r.capaian?.kind === "number");
  const tables = [...new Set(withCapaian.map((r) => r.table))];
  const efficiencySheets = new Set(
    model.tables.filter((t) => t.kind === "efisiensi").map((t) => t.sheet)
  );
  const rank = (t: Table) =>
    t.sheet === efficiency.sheet ? 0 : efficiencySheets.has(t.sheet) ? 2 : 1;
  const chosen = tables.sort((a, b) => rank(a) - rank(b))[0];
  const groups = new Map<string, IndicatorRecord[]>();
  for (const r of withCapaian.filter((x) => x.table === chosen))
    groups.set(r.program!, [...(groups.get(r.program!) ?? []), r]);
  const index = new NameIndex<IndicatorRecord[]>();
  groups.forEach((records, program) => index.add(program, records));
  return index;
}

/** The word a row writes, read as one of the three categories. */
function wordOf(k: Written | undefined): KategoriEfisiensi | undefined {
  return k?.kind === "text" ? WORDS.get(squeeze(k.text)) : undefined;
}

/** Where a table shows the indeks efisiensi itself, its word is judged by IE ≥ 1 (SPEC). */
function* byOwnIndex(t: Table, ie: Column, ket: Column): Iterable<FindingDraft> {
  for (const row of labelledRows(t, [ie, ket])) {
    const k = row.values.get(ket.col);
    const v = row.values.get(ie.col);
    const word = wordOf(k);
    if (!word || word === "Cukup Efisien" || v?.kind !== "number" || !k) continue;
    const expected: KategoriEfisiensi = v.value >= 1 ? "Efisien" : "Tidak Efisien";
    if (expected === word) continue;
    yield {
      at: k.at,
      table: t.label,
      message: `"${row.label || "baris ini"}" ditulis ${word}, padahal indeks efisiensinya ${written(v)} (${v.value >= 1 ? "≥" : "<"} 1) memberi ${expected}`,
      expected,
      actual: word,
      related: [v.at],
    };
  }
}

function* inTable(
  t: Table,
  metode: MetodeEfisiensi,
  capaianIndex: NameIndex<IndicatorRecord[]>
): Iterable<FindingDraft> {
  const persen = columnOf(t, "persen");
  const ket = columnOf(t, "ket");
  if (!persen || !ket) return;
  const own = columnOf(t, "capaian");
  const cols = own ? [persen, ket, own] : [persen, ket];
  for (const row of labelledRows(t, cols)) {
    const k = row.values.get(ket.col);
    const s = row.values.get(persen.col);
    const word = wordOf(k);
    const ownCapaian = own ? row.values.get(own.col) : undefined;
    const records = ownCapaian?.kind === "number" ? undefined : capaianIndex.findAll(row.label)[0];
    if (!word || s?.kind !== "number" || !k) continue;
    if (ownCapaian?.kind !== "number" && !records) continue;
    const capaian =
      ownCapaian?.kind === "number"
        ? ownCapaian.value
        : records!.reduce(
            (sum, r) => sum + (r.capaian?.kind === "number" ? r.capaian.value : 0),
            0
          ) / records!.length;
    const result = efisiensiOf(capaian, s.value, metode);
    if (isFormulaError(result) || result.kategori === word) continue;
    yield {
      at: k.at,
      table: t.label,
      message: `"${row.label}" ditulis ${word}, padahal capaian ${shown(capaian)} dan serapan ${written(s)} memberi ${result.kategori} (metode ${metode})`,
      expected: result.kategori,
      actual: word,
      related: [
        s.at,
        ...(ownCapaian?.kind === "number" ? [ownCapaian.at] : records!.map((r) => r.capaian!.at)),
      ],
    };
  }
}

/** The rule. */
export const EFISIENSI_SALAH = defineRule(
  "EFISIENSI_SALAH",
  "error",
  "Kategori efisiensi tidak sesuai",
  "Kata Efisien / Tidak Efisien tidak sesuai capaian program dan serapan anggarannya.",
  function* (model) {
    for (const t of model.tables) {
      const ie = columnOf(t, "indeksEfisiensi");
      const ket = columnOf(t, "ket");
      if (ie && ket) yield* byOwnIndex(t, ie, ket);
      else if (t.kind === "efisiensi")
        yield* inTable(t, model.settings.metodeEfisiensi, programCapaian(model, t));
    }
  },
  (model) => inferredDrafts(model, "EFISIENSI_SALAH")
);
