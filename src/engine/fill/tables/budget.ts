/**
 * Tabel 3.15 and 3.16 (budget realisation per program / kegiatan / sub kegiatan
 * for this year and last, with the hierarchy's subtotals) and 3.11 (efficiency per
 * program).
 */
import { BudgetNode, BudgetTable } from "../../read/budget";
import { efisiensiOf } from "../../functions/efisiensi";
import { isFormulaError } from "../../errors";
import { indicatorRecords } from "../../read/indicators";
import { NameIndex } from "../../read/names";
import { numberOf } from "../../read/written";
import { caption, header, sumber, total } from "../../workbook/layout";
import { SheetBuilder } from "../../workbook/sheet-builder";
import { CellSnapshot } from "../../workbook/snapshot";
import { FMT, formula, local, refTo, value } from "../cells";
import { FillContext, fromSource, Generator, GeneratorResult, sumOf } from "../context";
import { efisiensiFormula, persenFormula } from "../excel-formulas";
import { CAPAIAN } from "../../functions/capaian";

interface Built {
  readonly pagu: number;
  readonly realisasi: number;
}

function num(c: CellSnapshot): number {
  return typeof c.value === "number" ? c.value : 0;
}

/**
 * The code of a budget row (`1.01.02`) as a reference to the source's code cell,
 * with the text as written there: a code is never read as a number.
 */
function codeOf(budget: BudgetTable, node: BudgetNode): CellSnapshot {
  const kode = budget.table.columns.find((c) => c.role === "kode");
  const at = kode && budget.table.grid.ref(node.row.row, kode.col);
  const written = at && budget.table.grid.cell(at.row, at.col)?.value;
  if (!at || written === null || written === undefined || written === "") return value(null);
  return formula(refTo(at), written);
}

/** Writes a node and its subtree; parents are SUM formulas of their children's rows. */
function writeNode(
  b: SheetBuilder,
  budget: BudgetTable,
  node: BudgetNode
): Built & { row: number } {
  const row = b.nextRow;
  b.row([]);
  const label = { value: node.row.label, bold: node.children.length > 0, indent: node.level };
  const kodeCell = codeOf(budget, node);
  let pagu: CellSnapshot;
  let realisasi: CellSnapshot;
  if (node.children.length === 0) {
    pagu = fromSource(node.row.values.get(budget.money.pagu!.col), FMT.money);
    realisasi = fromSource(node.row.values.get(budget.money.realisasi!.col), FMT.money);
  } else {
    const children = node.children.map((c) => writeNode(b, budget, c));
    const refs = (col: number) => children.map((c) => local(c.row, col));
    pagu = formula(
      sumOf(refs(2)),
      children.reduce((s, c) => s + c.pagu, 0),
      FMT.money
    );
    realisasi = formula(
      sumOf(refs(3)),
      children.reduce((s, c) => s + c.realisasi, 0),
      FMT.money
    );
  }
  const p = num(pagu);
  const r = num(realisasi);
  b.set(row, 0, kodeCell);
  b.set(row, 1, label);
  b.set(row, 2, pagu);
  b.set(row, 3, realisasi);
  b.set(
    row,
    4,
    formula(persenFormula(local(row, 3), local(row, 2)), p === 0 ? "-" : (r / p) * 100, FMT.dec2)
  );
  b.set(row, 5, formula(`${local(row, 2)}-N(${local(row, 3)})`, p - r, FMT.money));
  return { row, pagu: p, realisasi: r };
}

function budgetTable(ctx: FillContext, year: number, id: string): GeneratorResult {
  const budget = ctx.sources.anggaran.get(year);
  if (!budget?.money.pagu || !budget.money.realisasi)
    return { skipped: `lembar sumber "Anggaran ${year}" tidak ada` };
  const b = new SheetBuilder(ctx.sheetName);
  caption(b, `Tabel ${id} Realisasi Anggaran Program dan Kegiatan Tahun ${year}`);
  header(b, [
    "Kode",
    "Uraian Program / Kegiatan / Sub Kegiatan",
    "Pagu Anggaran",
    "Realisasi",
    "Capaian",
    "Sisa Anggaran",
  ]);
  const top = budget.nodes.reduce((m, n) => Math.min(m, n.level), Infinity);
  const roots = budget.nodes.filter((n) => n.level === top);
  const built = roots.map((n) => writeNode(b, budget, n));
  const row = b.nextRow;
  const pagu = built.reduce((s, x) => s + x.pagu, 0);
  const realisasi = built.reduce((s, x) => s + x.realisasi, 0);
  const refs = (col: number) => built.map((x) => local(x.row, col));
  total(b, [
    null,
    "Jumlah",
    formula(sumOf(refs(2)), pagu, FMT.money),
    formula(sumOf(refs(3)), realisasi, FMT.money),
    formula(
      persenFormula(local(row, 3), local(row, 2)),
      pagu === 0 ? "-" : (realisasi / pagu) * 100,
      FMT.dec2
    ),
    formula(`${local(row, 2)}-N(${local(row, 3)})`, pagu - realisasi, FMT.money),
  ]);
  sumber(b);
  return { sheet: b.buildTable() };
}

/** Tabel 3.15: the report year. */
export const TABEL_3_15: Generator = {
  id: "3.15",
  title: "Realisasi Anggaran Program dan Kegiatan",
  usesPk: false,
  generate: (ctx) => budgetTable(ctx, ctx.year, "3.15"),
};

/** Tabel 3.16: the year before. */
export const TABEL_3_16: Generator = {
  id: "3.16",
  title: "Realisasi Anggaran Program dan Kegiatan Tahun Sebelumnya",
  usesPk: false,
  generate: (ctx) => budgetTable(ctx, ctx.year - 1, "3.16"),
};

/** Capaian per program from the Program sheet: the mean of its indicators' realisasi / target × 100. */
function programCapaian(ctx: FillContext): NameIndex<{ value: number; formula: string }> {
  const index = new NameIndex<{ value: number; formula: string }>();
  if (!ctx.sources.program) return index;
  const groups = new Map<string, { values: number[]; parts: string[] }>();
  for (const r of indicatorRecords(ctx.sources.program)) {
    const c = CAPAIAN(numberOf(r.realisasi), numberOf(r.target));
    if (
      isFormulaError(c) ||
      !r.program ||
      r.target?.kind !== "number" ||
      r.realisasi?.kind !== "number"
    )
      continue;
    const g = groups.get(r.program) ?? { values: [], parts: [] };
    g.values.push(c);
    g.parts.push(`${refTo(r.realisasi.at)}/${refTo(r.target.at)}*100`);
    groups.set(r.program, g);
  }
  groups.forEach((g, program) =>
    index.add(program, {
      value: g.values.reduce((s, v) => s + v, 0) / g.values.length,
      formula: `AVERAGE(${g.parts.join(",")})`,
    })
  );
  return index;
}

/** Tabel 3.11: anggaran, realisasi and serapan per program, and its efficiency. */
export const TABEL_3_11: Generator = {
  id: "3.11",
  title: "Analisis Efisiensi Pencapaian Sasaran Strategis",
  usesPk: false,
  generate(ctx) {
    const budget = ctx.sources.anggaran.get(ctx.year);
    if (!budget?.money.pagu || !budget.money.realisasi)
      return { skipped: `lembar sumber "Anggaran ${ctx.year}" tidak ada` };
    const capaian = programCapaian(ctx);
    const b = new SheetBuilder(ctx.sheetName);
    caption(b, `Tabel 3.11 Analisis Efisiensi Pencapaian Sasaran Strategis Tahun ${ctx.year}`);
    header(b, [
      "No",
      "Program",
      "Anggaran",
      "Realisasi (Rp.)",
      "% Realisasi",
      "Capaian Program",
      "Ket.",
    ]);
    const programs = budget.nodes.filter((n) => n.level === 0);
    programs.forEach((n, i) => {
      const row = b.nextRow;
      const pagu = fromSource(n.row.values.get(budget.money.pagu!.col), FMT.money);
      const realisasi = fromSource(n.row.values.get(budget.money.realisasi!.col), FMT.money);
      const serapan = num(pagu) === 0 ? undefined : (num(realisasi) / num(pagu)) * 100;
      const c = capaian.findAll(n.row.label)[0];
      const result =
        c && serapan !== undefined
          ? efisiensiOf(c.value, serapan, ctx.settings.metodeEfisiensi)
          : undefined;
      b.row([
        i + 1,
        fromSource({ kind: "text", at: n.row.labelAt, text: n.row.label }),
        pagu,
        realisasi,
        formula(persenFormula(local(row, 3), local(row, 2)), serapan ?? "-", FMT.dec2),
        c ? formula(c.formula, c.value, FMT.dec2) : value("-"),
        formula(
          efisiensiFormula(local(row, 5), local(row, 4), ctx.settings.metodeEfisiensi),
          result && !isFormulaError(result) ? result.kategori : "-"
        ),
      ]);
    });
    sumber(b);
    return { sheet: b.buildTable() };
  },
};
