/**
 * Findings from what the numbers say (read/inference): the rows where a column
 * breaks the relationship it follows everywhere else, and labelled totals and
 * means that are not the sum or mean of their rows. They fill what the known-table
 * rules do not cover: a column those rules already judge is left to them, and a
 * row is reported once. Each finding goes to the rule a reviewer would name
 * (capaian, persentase, jumlah, sisa, IKM, efisiensi) and names its relationship
 * and support.
 */
import { FindingDraft } from "../finding";
import { agrees, agreesWithOperands } from "../tolerance";
import { inferTable, TableInference } from "../read/inference";
import { mayBeDerived } from "../read/relation-candidates";
import { byTrust, Relation, RelationFailure, relationText } from "../read/relations";
import { RowTotal } from "../read/row-totals";
import { ReportModel } from "../read/report";
import { LabelledRow, MEAN_LABEL, TOTAL_LABEL } from "../read/rows";
import { percentPairs, sisaPairs } from "../read/money-pairs";
import { Column, hasRole, Table } from "../read/table";
import { formulaVerdict } from "./formula-totals";
import { shown, written } from "./support";
import { defined } from "../lists";

/** The rules inferred findings are reported under. */
export type InferredRule =
  | "CAPAIAN_SALAH"
  | "PERSEN_SALAH"
  | "JUMLAH_SALAH"
  | "SISA_SALAH"
  | "IKM_SALAH"
  | "EFISIENSI_SALAH";

interface InferredDraft {
  readonly rule: InferredRule;
  readonly draft: FindingDraft;
}

/** Kinds whose totals the known rules already check. */
const KNOWN_TOTALS = new Set(["anggaran", "pades", "apbdes", "paten", "efisiensi"]);

/** True when a known rule already judges this column's cells. */
function judgedByKnownRule(table: Table, col: Column): boolean {
  if (col.role === "persen" || col.role === "capaian" || col.role === "sisa") {
    const pairs = col.role === "sisa" ? sisaPairs(table) : percentPairs(table);
    if (pairs.some((p) => p.result.col === col.col)) return true;
  }
  if (table.kind === "capaian" || table.kind === "pk")
    return col.role === "capaian" && hasRole(table, "target") && hasRole(table, "realisasi");
  return false;
}

const CAPS = [100, 105, 110, 115, 120, 125, 130, 140, 150, 175, 200];

/** A failure a report may show on purpose: another polarity, a cap, a total written as a mean. */
function excused(relation: Relation, f: RelationFailure, inference: TableInference): boolean {
  if (relation.kind === "rasio") {
    const [a, b] = f.operands;
    const alternatives = [
      (x: number, y: number) => ((2 * y - x) / y) * 100,
      (x: number, y: number) => (y / x) * 100,
    ];
    if (alternatives.some((g) => agreesWithOperands(g, [a, b], f.written))) return true;
    if (CAPS.includes(f.written.value) && f.expected > f.written.value) return true;
    if (f.written.value === 0 && f.expected < 0) return true;
  }
  if (f.row.isTotal || f.row.isMean) return summarisesBlock(f.row, relation.target, inference);
  return false;
}

/** True when a total or mean row's cell is the sum or the mean of its block. */
function summarisesBlock(row: LabelledRow, col: Column, inference: TableInference): boolean {
  const block = inference.blocks.find((b) => b.row === row);
  const w = row.values.get(col.col);
  if (!block || w?.kind !== "number") return false;
  const values = block.parts
    .map((p) => p.values.get(col.col))
    .map((v) => (v?.kind === "number" ? v.value : undefined))
    .filter((v): v is number => v !== undefined);
  if (values.length === 0) return false;
  const sum = values.reduce((s, v) => s + v, 0);
  return [sum, sum / values.length].some((v) => agrees(v, w));
}

function isIkmTable(table: Table): boolean {
  return (
    table.kind === "ikm" ||
    /\bikm\b|kepuasan|\bskm\b|\bnrr\b/i.test(`${table.caption ?? ""} ${table.sheet}`)
  );
}

function ruleOfRelation(r: Relation): InferredRule {
  const header = `${r.target.header}`.toLowerCase();
  if (isIkmTable(r.table) || /\bnrr\b|\bikm\b|tertimbang|unsur/.test(header)) return "IKM_SALAH";
  const efficiency = r.target.role === "indeksEfisiensi" || /^ie$|efisiensi/.test(header);
  switch (r.kind) {
    case "rasio": {
      if (efficiency) return "EFISIENSI_SALAH";
      const performance = r.operands.some((o) => o.role === "target" || o.role === "realisasi");
      const money = r.operands.some((o) => o.role === "pagu" || o.role === "realisasiAnggaran");
      return r.target.role === "capaian" ||
        (performance && !money) ||
        /capaian|kinerja/.test(header)
        ? money
          ? "PERSEN_SALAH"
          : "CAPAIAN_SALAH"
        : "PERSEN_SALAH";
    }
    case "hasilBagi":
      return efficiency ? "EFISIENSI_SALAH" : "PERSEN_SALAH";
    case "pertumbuhan":
      return "PERSEN_SALAH";
    case "selisih":
      return r.target.role === "sisa" || /sisa/.test(header) ? "SISA_SALAH" : "JUMLAH_SALAH";
    case "kali":
      return r.factor === 100 ? "PERSEN_SALAH" : "JUMLAH_SALAH";
    default:
      return "JUMLAH_SALAH";
  }
}

function relationDraft(r: Relation, f: RelationFailure): FindingDraft {
  const where = f.row.label ? ` ("${f.row.label}")` : "";
  const expected = shown(f.expected);
  return {
    at: f.written.at,
    table: r.table.label,
    message: `Kolom ${relationText(r)} pada ${r.support} dari ${r.applicable} baris${r.declared ? ` (menurut ${r.declared})` : ""}; baris ${f.row.row + 1}${where} menulis ${written(f.written)}, seharusnya ${expected}`,
    expected,
    actual: written(f.written),
    related: f.operands.map((o) => o.at),
  };
}

function totalDraft(t: RowTotal): FindingDraft {
  const first = t.parts[0].row + 1;
  const last = t.parts[t.parts.length - 1].row + 1;
  const what = t.kind === "rata" ? "rata-rata" : "jumlah";
  const decimals = t.kind === "rata" ? 2 : Math.min(t.written.decimals, 2);
  const expected = shown(t.expected, decimals);
  return {
    at: t.written.at,
    table: t.table.label,
    message: `${t.column.header} "${t.row.label || "baris jumlah"}" ditulis ${written(t.written)}, padahal ${what} ${t.parts.length} baris di atasnya (baris ${first}–${last}) ${expected}`,
    expected,
    actual: written(t.written),
    related: defined(t.parts.map((p) => p.values.get(t.column.col)?.at)),
  };
}

/**
 * True when a total is wrong only through a part already found wrong: with the
 * parts that break their column's relationship set right, the total holds.
 */
function onlyThroughWrongParts(t: RowTotal, inference: TableInference): boolean {
  const relation = inference.relations.find((r) => r.target.col === t.column.col);
  if (!relation || t.kind !== "jumlah") return false;
  const parts = new Set(t.parts.map((p) => p.row));
  const fixes = relation.failures.filter((f) => parts.has(f.row.row));
  if (fixes.length === 0) return false;
  const corrected = t.expected + fixes.reduce((s, f) => s + f.expected - f.written.value, 0);
  return agrees(corrected, t.written);
}

/** A total's draft: by the rows its formula adds when it has one, else by its sum. */
function totalFinding(t: RowTotal, inference: TableInference): FindingDraft | undefined {
  const verdict =
    t.kind === "jumlah" ? formulaVerdict(t.table, t.row, t.parts, t.column) : undefined;
  if (verdict !== undefined) return typeof verdict === "object" ? verdict : undefined;
  return t.holds || onlyThroughWrongParts(t, inference) ? undefined : totalDraft(t);
}

function* fromTable(inference: TableInference): Iterable<InferredDraft & { row: number }> {
  const { table } = inference;
  if (!KNOWN_TOTALS.has(table.kind))
    for (const t of inference.totals) {
      const draft = totalFinding(t, inference);
      if (draft)
        yield { rule: isIkmTable(table) ? "IKM_SALAH" : "JUMLAH_SALAH", draft, row: t.row.row };
    }
  for (const r of [...inference.relations].sort(byTrust)) {
    if (judgedByKnownRule(table, r.target)) continue;
    const rule = ruleOfRelation(r);
    for (const f of r.failures)
      if (!excused(r, f, inference)) yield { rule, draft: relationDraft(r, f), row: f.row.row };
  }
}

/** True when a table's rows hold a total or mean label in their first columns. */
function hasSummaryRows(table: Table): boolean {
  const first = Math.max(0, Math.min(...table.columns.map((c) => c.col)) - 1);
  for (let row = table.firstRow; row <= table.lastRow; row++)
    for (let c = first; c < first + 4 && c < table.grid.width; c++) {
      const text = table.grid.text(row, c);
      if (text && (TOTAL_LABEL.test(text) || MEAN_LABEL.test(text))) return true;
    }
  return false;
}

/** True when the numbers of a table may give a finding no known rule gives. */
function worthInferring(table: Table): boolean {
  if (table.columns.some((c) => mayBeDerived(c) && !judgedByKnownRule(table, c))) return true;
  return !KNOWN_TOTALS.has(table.kind) && hasSummaryRows(table);
}

/** The cells a draft names: the written cell and its operands or parts. */
function cellsOf(draft: FindingDraft): string[] {
  return [draft.at, ...(draft.related ?? [])].map((c) =>
    typeof c === "string" ? c : `${c.row},${c.col}`
  );
}

/**
 * Every table's drafts, each row's failures reported once per cell: a failure
 * that shares a cell with one already reported in its row is that one's echo (a
 * wrong operand breaks every relationship it is in); failures on cells of their
 * own, such as two groups' percentages, are each reported.
 */
function readAll(model: ReportModel): InferredDraft[] {
  const found: InferredDraft[] = [];
  for (const table of model.tables.filter(worthInferring)) {
    const reported = new Map<number, Set<string>>();
    for (const d of fromTable(inferTable(table))) {
      const cells = cellsOf(d.draft);
      const seen = reported.get(d.row) ?? new Set<string>();
      if (cells.some((c) => seen.has(c))) continue;
      cells.forEach((c) => seen.add(c));
      reported.set(d.row, seen);
      found.push({ rule: d.rule, draft: d.draft });
    }
  }
  return found;
}

const cache = new WeakMap<ReportModel, InferredDraft[]>();

/** The findings the numbers give for one rule. */
export function inferredDrafts(model: ReportModel, rule: InferredRule): FindingDraft[] {
  let all = cache.get(model);
  if (!all) cache.set(model, (all = readAll(model)));
  return all.filter((d) => d.rule === rule).map((d) => d.draft);
}
