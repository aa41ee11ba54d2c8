/**
 * Realisasi that other tables give (SPEC section 5): the IKM of the survey table
 * (the mean of its unsur × 25, whatever IKM is printed) is the tujuan indicator's realisasi, the growth of the PADes total is the
 * realisasi of Pertumbuhan Pendapatan Asli Desa, and the serapan of the year's
 * budget is the realisasi of Persentase realisasi kegiatan Keuangan.
 */
import { pertumbuhanOf, serapanOf } from "../functions/ratios";
import { ikmOf } from "../functions/ikm";
import { isFormulaError } from "../errors";
import { CellRef } from "../read/grid";
import { readIkmTable } from "../read/ikm-table";
import { ReportModel } from "../read/report";
import { readSumTable } from "../read/sum-table";
import { columnsOf } from "../read/table";
import { numberOf } from "../read/written";

/** A realisasi computed from another table. */
export interface DerivedRealisasi {
  readonly source: string;
  readonly year?: number;
  readonly value: number;
  /** Which indicators it is the realisasi of. */
  readonly matches: RegExp;
  readonly cells: readonly CellRef[];
}

function* fromIkm(model: ReportModel): Iterable<DerivedRealisasi> {
  const matches = /indeks kepuasan|\bikm\b/i;
  for (const t of model.tables.filter((x) => x.kind === "ikm")) {
    const survey = readIkmTable(t);
    const unsur = survey.unsur.filter((u): u is NonNullable<typeof u> => u !== undefined);
    const year = t.captionYear ?? model.year;
    if (unsur.length > 0 && unsur.length === survey.unsur.length) {
      const value = ikmOf(unsur.map((u) => u.value));
      yield {
        source: `rata-rata unsur ${t.label}`,
        year,
        value,
        matches,
        cells: unsur.map((u) => u.at),
      };
    } else if (survey.ikm) {
      yield {
        source: `IKM ${t.label}`,
        year,
        value: survey.ikm.value,
        matches,
        cells: [survey.ikm.at],
      };
    }
  }
}

function* fromPades(model: ReportModel): Iterable<DerivedRealisasi> {
  for (const t of model.tables.filter((x) => x.kind === "pades")) {
    const sums = readSumTable(t);
    const total = sums.totals[sums.totals.length - 1]?.total;
    const years = columnsOf(t, "nilai")
      .filter((c) => c.year !== undefined)
      .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
    if (!total || years.length < 2) continue;
    const [prev, cur] = years.slice(-2);
    const n1 = numberOf(total.values.get(prev.col));
    const n = numberOf(total.values.get(cur.col));
    if (n === undefined || n1 === undefined) continue;
    const growth = pertumbuhanOf(n, n1);
    if (isFormulaError(growth)) continue;
    const cells = [prev, cur]
      .map((c) => total.values.get(c.col)?.at)
      .filter((c): c is CellRef => c !== undefined);
    yield {
      source: `pertumbuhan Jumlah PAD ${t.label}`,
      year: cur.year,
      value: growth,
      matches: /pertumbuhan pendapatan asli desa/i,
      cells,
    };
  }
}

function* fromBudget(model: ReportModel): Iterable<DerivedRealisasi> {
  for (const b of model.budgets) {
    const year = b.table.captionYear;
    if (year !== model.year || !b.money.pagu || !b.money.realisasi) continue;
    let pagu = 0;
    let realisasi = 0;
    let readable = true;
    for (const n of b.nodes.filter((x) => x.children.length === 0)) {
      const p = n.row.values.get(b.money.pagu.col);
      const r = n.row.values.get(b.money.realisasi.col);
      if (p?.kind !== "number" || (r && r.kind !== "number" && r.kind !== "empty"))
        readable = false;
      pagu += numberOf(p) ?? 0;
      realisasi += numberOf(r) ?? 0;
    }
    const serapan = serapanOf(realisasi, pagu);
    if (!readable || isFormulaError(serapan)) continue;
    yield {
      source: `serapan ${b.table.label}`,
      year,
      value: serapan,
      matches: /realisasi (kegiatan )?keuangan|serapan anggaran/i,
      cells: [],
    };
  }
}

/** Every realisasi the workbook's other tables give. */
export function derivedRealisasi(model: ReportModel): DerivedRealisasi[] {
  return [...fromIkm(model), ...fromPades(model), ...fromBudget(model)];
}
