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
import { pushTo } from "../lists";

const WORDS = new Map<string, KategoriEfisiensi>([
  ["efisien", "Efisien"],
  ["cukupefisien", "Cukup Efisien"],
  ["tidakefisien", "Tidak Efisien"],
]);

/**
 * Capaian per program, from one program-indicator table: the one on the same sheet
 * as the efficiency table, else one on a sheet without an efficiency table of its
 * own, else the first. The records are gathered once and each table's index built
 * once, however many efficiency tables ask.
 */
function programCapaian(model: ReportModel): (efficiency: Table) => NameIndex<IndicatorRecord[]> {
  const byTable = new Map<Table, IndicatorRecord[]>();
  for (const r of model.records)
    if (r.program && r.capaian?.kind === "number") pushTo(byTable, r.table, r);
  const tables = [...byTable.keys()];
  const efficiencySheets = new Set(
    model.tables.filter((t) => t.kind === "efisiensi").map((t) => t.sheet)
  );
  const elsewhere = tables.find((t) => !efficiencySheets.has(t.sheet)) ?? tables[0];
  const firstOnSheet = new Map<string, Table>();
  for (const t of tables) if (!firstOnSheet.has(t.sheet)) firstOnSheet.set(t.sheet, t);
  const indexes = new Map<Table | undefined, NameIndex<IndicatorRecord[]>>();
  return (efficiency) => {
    const chosen = firstOnSheet.get(efficiency.sheet) ?? elsewhere;
    let index = indexes.get(chosen);
    if (!index) indexes.set(chosen, (index = indexOf(chosen ? byTable.get(chosen)! : [])));
    return index;
  };
}

/** Records by program name, each program's in their order. */
function indexOf(records: readonly IndicatorRecord[]): NameIndex<IndicatorRecord[]> {
  const groups = new Map<string, IndicatorRecord[]>();
  for (const r of records) pushTo(groups, r.program!, r);
  const index = new NameIndex<IndicatorRecord[]>();
  groups.forEach((list, program) => index.add(program, list));
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
    const capaianOf = programCapaian(model);
    for (const t of model.tables) {
      const ie = columnOf(t, "indeksEfisiensi");
      const ket = columnOf(t, "ket");
      if (ie && ket) yield* byOwnIndex(t, ie, ket);
      else if (t.kind === "efisiensi")
        yield* inTable(t, model.settings.metodeEfisiensi, capaianOf(t));
    }
  },
  (model) => inferredDrafts(model, "EFISIENSI_SALAH")
);
