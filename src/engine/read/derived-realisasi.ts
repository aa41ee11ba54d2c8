/**
 * Realisasi that other tables give (SPEC section 5), computed once for the checker
 * and the filler alike: the IKM of a survey table (the mean of its unsur × 25, or
 * the IKM written when the unsur are incomplete) is the realisasi of the IKM
 * indicator; the growth of the PADes rows' sum is the realisasi of Pertumbuhan
 * Pendapatan Asli Desa; the serapan of a year's budget (its sub kegiatan) is the
 * realisasi of Persentase realisasi kegiatan Keuangan; the share of an LHKASN list
 * that reported is the realisasi of the LHKASN indicator. Each comes with the
 * cells it is computed from, so the filler can write it as a formula.
 */
import { isFormulaError } from "../errors";
import { ikmOf } from "../functions/ikm";
import { pertumbuhanOf, serapanOf } from "../functions/ratios";
import { BudgetTable } from "./budget";
import { readIkmTable } from "./ikm-table";
import { LhkasnList, readLhkasn } from "./lhkasn";
import { readSumTable } from "./sum-table";
import { columnsOf, Table } from "./table";
import { numbersOf, readWritten, Written, WrittenNumber } from "./written";

/** How a derived realisasi is computed from written cells. */
export type Derivation =
  | { readonly kind: "ikm"; readonly unsur: readonly WrittenNumber[] }
  | { readonly kind: "tertulis"; readonly cell: WrittenNumber }
  | {
      readonly kind: "pertumbuhan";
      readonly current: readonly WrittenNumber[];
      readonly previous: readonly WrittenNumber[];
    }
  | {
      readonly kind: "serapan";
      readonly realisasi: readonly WrittenNumber[];
      readonly pagu: readonly WrittenNumber[];
    }
  | { readonly kind: "lapor"; readonly list: LhkasnList };

/** A realisasi computed from another table. */
export interface DerivedRealisasi {
  /** How messages name it: `rata-rata unsur Tabel 3.3`. */
  readonly source: string;
  readonly year?: number;
  readonly value: number;
  /** Which indicators it is the realisasi of. */
  readonly matches: RegExp;
  readonly derivation: Derivation;
}

/** The tables realisasi are derived from. */
export interface DerivationSources {
  readonly ikm: readonly Table[];
  readonly pades: readonly Table[];
  readonly budgets: readonly BudgetTable[];
  /** LHKASN lists (the template's LHKASN sheet, Tabel 3.6). */
  readonly lhkasn: readonly Table[];
  /** The report year: the year of an IKM table without a year of its own. */
  readonly year?: number;
}

const IKM_INDICATOR = /indeks kepuasan|\bikm\b/i;
const PADES_INDICATOR = /pertumbuhan pendapatan asli desa/i;
const SERAPAN_INDICATOR = /realisasi (kegiatan )?keuangan|serapan anggaran/i;
const LHKASN_INDICATOR = /\blhkasn\b/i;

/** The IKM a survey table gives: its unsur mean × 25, else the IKM it writes. */
export function ikmRealisasi(table: Table, year?: number): DerivedRealisasi | undefined {
  const survey = readIkmTable(table);
  const unsur = survey.unsur.filter((u): u is WrittenNumber => u !== undefined);
  const at = table.captionYear ?? year;
  if (unsur.length > 0 && unsur.length === survey.unsur.length) {
    return {
      source: `rata-rata unsur ${table.label}`,
      year: at,
      value: ikmOf(unsur.map((u) => u.value)),
      matches: IKM_INDICATOR,
      derivation: { kind: "ikm", unsur },
    };
  }
  if (!survey.ikm) return undefined;
  const cell: WrittenNumber = { kind: "number", raw: "", ...survey.ikm };
  return {
    source: `IKM ${table.label}`,
    year: at,
    value: survey.ikm.value,
    matches: IKM_INDICATOR,
    derivation: { kind: "tertulis", cell },
  };
}

/** The growth of the PADes rows' sum from one year to the next, for every pair of years. */
export function padesGrowth(table: Table): DerivedRealisasi[] {
  const rows = readSumTable(table).rows.filter((r) => !r.isTotal);
  const years = columnsOf(table, "nilai")
    .filter((c) => c.year !== undefined)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const column = (col: number) => numbersOf(rows.map((r) => r.values.get(col)));
  const found: DerivedRealisasi[] = [];
  for (let i = 1; i < years.length; i++) {
    if (years[i].year !== (years[i - 1].year ?? 0) + 1 || rows.length === 0) continue;
    const current = column(years[i].col);
    const previous = column(years[i - 1].col);
    const sum = (ws: readonly WrittenNumber[]) => ws.reduce((s, w) => s + w.value, 0);
    const growth = pertumbuhanOf(sum(current), sum(previous));
    if (isFormulaError(growth)) continue;
    found.push({
      source: `pertumbuhan jumlah PAD ${table.label}`,
      year: years[i].year,
      value: growth,
      matches: PADES_INDICATOR,
      derivation: { kind: "pertumbuhan", current, previous },
    });
  }
  return found;
}

/** The serapan of a budget table: its sub kegiatan's realisasi over their pagu. */
export function budgetSerapan(budget: BudgetTable, year?: number): DerivedRealisasi | undefined {
  const { pagu: paguCol, realisasi: realisasiCol } = budget.money;
  if (!paguCol || !realisasiCol) return undefined;
  const pagu: WrittenNumber[] = [];
  const realisasi: WrittenNumber[] = [];
  for (const n of budget.nodes.filter((x) => x.children.length === 0)) {
    const p = n.row.values.get(paguCol.col);
    const r = n.row.values.get(realisasiCol.col);
    if (p?.kind !== "number" || (r && r.kind !== "number" && r.kind !== "empty")) return undefined;
    pagu.push(p);
    if (r?.kind === "number") realisasi.push(r);
  }
  const total = (ws: readonly WrittenNumber[]) => ws.reduce((s, w) => s + w.value, 0);
  const serapan = serapanOf(total(realisasi), total(pagu));
  if (isFormulaError(serapan)) return undefined;
  return {
    source: `serapan ${budget.table.label}`,
    year: year ?? budget.table.captionYear,
    value: serapan,
    matches: SERAPAN_INDICATOR,
    derivation: { kind: "serapan", realisasi, pagu },
  };
}

/** The share of an LHKASN list that reported, in percent. */
export function lhkasnShare(table: Table, year?: number): DerivedRealisasi | undefined {
  const list = readLhkasn(table);
  if (!list?.people.length) return undefined;
  return {
    source: `persentase melapor ${table.label} (${list.reported} dari ${list.people.length} wajib lapor)`,
    year: table.captionYear ?? year,
    value: (list.reported / list.people.length) * 100,
    matches: LHKASN_INDICATOR,
    derivation: { kind: "lapor", list },
  };
}

/** Every realisasi the given tables derive. */
export function derivedRealisasi(sources: DerivationSources): DerivedRealisasi[] {
  const found: (DerivedRealisasi | undefined)[] = [
    ...sources.ikm.map((t) => ikmRealisasi(t, sources.year)),
    ...sources.pades.flatMap(padesGrowth),
    ...sources.budgets.map((b) => budgetSerapan(b)),
    ...sources.lhkasn.map((t) => lhkasnShare(t, sources.year)),
  ];
  return found.filter((d): d is DerivedRealisasi => d !== undefined);
}

/** The derived realisasi of an indicator for a year, if any. */
export function derivedFor(
  derived: readonly DerivedRealisasi[],
  indikator: string,
  year: number | undefined
): DerivedRealisasi | undefined {
  return derived.find((d) => d.year === year && d.matches.test(indikator));
}

/**
 * Every cell a derived realisasi is computed from; for an LHKASN list, its first
 * name and the lapor cells of those who have not reported.
 */
export function derivationCells(d: Derivation): Written[] {
  switch (d.kind) {
    case "ikm":
      return [...d.unsur];
    case "tertulis":
      return [d.cell];
    case "pertumbuhan":
      return [...d.current, ...d.previous];
    case "serapan":
      return [...d.realisasi, ...d.pagu];
    case "lapor": {
      const { table, nama, people } = d.list;
      const missing = people.filter((p) => !p.reported).map((p) => p.lapor);
      return [readWritten(table.grid, people[0].row, nama.col), ...missing];
    }
  }
}
