/**
 * PERSEN_SALAH: a percentage column (capaian anggaran, % realisasi, serapan) does
 * not match part / whole; this includes a percentage written on a row whose whole
 * is 0 or whose part is empty.
 */
import { FindingDraft } from "../finding";
import { agrees, agreesWithOperands } from "../tolerance";
import { ReportModel } from "../read/report";
import { LabelledRow, labelledRows } from "../read/rows";
import { percentPairs } from "../read/money-pairs";
import { Column, Table } from "../read/table";
import { defineRule } from "./rule";
import { inferredDrafts } from "./inferred";
import { shown, written } from "./support";
import { Written, WrittenNumber } from "../read/written";
import { defined } from "../lists";

/**
 * The mean of the percentages written on a parent's rows below it, per parent row of
 * a budget hierarchy: some reports show a program's % as that mean (SPEC 6.3).
 */
function childMeans(model: ReportModel, table: Table, persen: Column): Map<number, number> {
  const means = new Map<number, number>();
  for (const b of model.budgets) {
    if (b.table !== table) continue;
    for (const node of b.nodes) {
      if (node.children.length < 2) continue;
      let sum = 0;
      let count = 0;
      for (const c of node.children) {
        const w = c.row.values.get(persen.col);
        if (w?.kind !== "number") continue;
        sum += w.value;
        count++;
      }
      if (count >= 2) means.set(node.row.row, sum / count);
    }
  }
  return means;
}

/** The mean of the percentages of the rows that are neither totals nor means (a Rata-rata row's %). */
function meanPercent(rows: readonly LabelledRow[], persen: Column): number | undefined {
  const values = rows
    .filter((r) => !r.isTotal && !r.isMean)
    .map((r) => r.values.get(persen.col))
    .map((w) => (w?.kind === "number" ? w.value : undefined))
    .filter((v): v is number => v !== undefined);
  return values.length ? values.reduce((a, v) => a + v, 0) / values.length : undefined;
}

/** What every finding on a row says; made only when there is one (most rows agree). */
function rowBase(
  table: Table,
  p: WrittenNumber,
  whole: Written | undefined,
  part: Written | undefined
) {
  return {
    at: p.at,
    table: table.label,
    actual: written(p),
    related: defined([whole?.at, part?.at]),
  };
}

function* inRow(
  table: Table,
  row: LabelledRow,
  pagu: Column,
  realisasi: Column,
  persen: Column,
  childMean: number | undefined
): Iterable<FindingDraft> {
  const p = row.values.get(persen.col);
  if (p?.kind !== "number" || p.value === 0) return;
  const whole = row.values.get(pagu.col);
  const part = row.values.get(realisasi.col);
  const name = row.label || "baris jumlah";
  if (whole?.kind === "number" && whole.value === 0) {
    yield {
      ...rowBase(table, p, whole, part),
      message: `${persen.header} ${written(p)} ditulis pada "${name}" yang pagunya 0`,
      expected: "kosong",
    };
  } else if (!part || part.kind === "empty") {
    yield {
      ...rowBase(table, p, whole, part),
      message: `${persen.header} ${written(p)} ditulis pada "${name}" yang realisasinya kosong`,
      expected: "kosong atau 0",
    };
  } else if (whole?.kind === "number" && part.kind === "number") {
    const computed = (part.value / whole.value) * 100;
    if (agreesWithOperands((x, y) => (x / y) * 100, [part, whole], p)) return;
    if (childMean !== undefined && agrees(childMean, p)) return;
    yield {
      ...rowBase(table, p, whole, part),
      message: `${persen.header} "${name}" ditulis ${written(p)}, padahal realisasi ${written(part)} dari pagu ${written(whole)} adalah ${shown(computed)}`,
      expected: shown(computed),
    };
  }
}

/** The rule. */
export const PERSEN_SALAH = defineRule(
  "PERSEN_SALAH",
  "error",
  "Persentase tidak sesuai",
  "Persentase tidak sama dengan realisasi dibagi pagu, atau ditulis pada baris yang pagunya 0 atau tanpa realisasi.",
  function* (model) {
    for (const t of model.tables)
      for (const { result: persen, pagu, realisasi } of percentPairs(t)) {
        const rows = labelledRows(t, [pagu, realisasi, persen]);
        const means = childMeans(model, t, persen);
        const meanOfRows = meanPercent(rows, persen);
        for (const row of rows)
          yield* inRow(
            t,
            row,
            pagu,
            realisasi,
            persen,
            row.isMean ? meanOfRows : means.get(row.row)
          );
      }
  },
  (model) => inferredDrafts(model, "PERSEN_SALAH")
);
