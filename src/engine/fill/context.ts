/**
 * What every generator gets and gives: the sources, the report year, the sheet
 * name it writes to, and the source values it reads as formula operands.
 */
import { CAPAIAN, Polaritas } from "../functions/capaian";
import { isFormulaError } from "../errors";
import { ikmOf } from "../functions/ikm";
import { pertumbuhanOf, serapanOf } from "../functions/ratios";
import { IndicatorRecord } from "../read/indicators";
import { readIkmTable } from "../read/ikm-table";
import { readSumTable } from "../read/sum-table";
import { columnsOf } from "../read/table";
import { readWritten, Written } from "../read/written";
import { Grid } from "../read/grid";
import { Settings } from "../read/settings";
import { SheetSnapshot, CellSnapshot, CellValue } from "../workbook/snapshot";
import { formula, refTo, value } from "./cells";
import { capaianFormula } from "./excel-formulas";
import { Sources } from "./sources";
import { declaredPolaritas } from "../rules/support";

/** What a generator works with. */
export interface FillContext {
  readonly sources: Sources;
  readonly year: number;
  readonly settings: Settings;
  /** The sheet the generator writes. */
  readonly sheetName: string;
}

/** A generated table, or why it was not generated. */
export type GeneratorResult = { readonly sheet: SheetSnapshot } | { readonly skipped: string };

/** One of Tabel 3.2–3.16. */
export interface Generator {
  /** `3.4` */
  readonly id: string;
  readonly title: string;
  /** True when a PK error stops this table. */
  readonly usesPk: boolean;
  generate(ctx: FillContext): GeneratorResult;
}

/** A source cell as an operand: a formula pointing at it, with its value. */
export function fromSource(w: Written | undefined, numFmt?: string): CellSnapshot {
  if (!w || w.kind === "empty") return value(w?.kind === "empty" && w.raw ? w.raw : null);
  const v: CellValue = w.kind === "number" ? w.value : w.kind === "text" ? w.text : null;
  return formula(refTo(w.at), v, w.kind === "number" ? numFmt : undefined);
}

/** A source cell by position, as an operand (labels: sasaran, program, faktor). */
export function fromCell(
  table: { grid: Grid },
  row: number,
  col: number | undefined
): CellSnapshot {
  if (col === undefined) return value(null);
  return fromSource(readWritten(table.grid, row, col));
}

/** The numeric or text value of a built cell. */
export function valueOf(cell: CellSnapshot | undefined): CellValue {
  return cell?.value ?? null;
}

/** A capaian cell for realisasi and target cells at the given addresses. */
export function capaianCell(
  r: CellSnapshot,
  t: CellSnapshot,
  rAddr: string,
  tAddr: string,
  p: Polaritas
): CellSnapshot {
  const computed = CAPAIAN(valueOf(r), valueOf(t), p);
  const numeric = typeof r.value === "number" && typeof t.value === "number";
  if (numeric)
    return formula(
      capaianFormula(rAddr, tAddr, p),
      isFormulaError(computed) ? "N/A" : computed,
      "0.00"
    );
  return value(isFormulaError(computed) ? "N/A" : computed, "0.00");
}

/** The polarity of a PK record (positif when undeclared). */
export function polaritasOf(r: IndicatorRecord): Polaritas {
  return declaredPolaritas(r) ?? "positif";
}

/** SUM over any number of references (Excel takes at most 255 arguments per function). */
export function sumOf(refs: readonly string[]): string {
  if (refs.length <= 200) return `SUM(${refs.join(",")})`;
  const groups: string[] = [];
  for (let i = 0; i < refs.length; i += 200) groups.push(sumOf(refs.slice(i, i + 200)));
  return sumOf(groups);
}

/** A realisasi given by another source sheet: the IKM, the PADes growth, the budget's serapan. */
export function derivedRealisasi(
  ctx: FillContext,
  indikator: string,
  year: number
): CellSnapshot | undefined {
  if (/indeks kepuasan|\bikm\b/i.test(indikator) && ctx.sources.ikm && year === ctx.year)
    return ikmCell(ctx);
  if (/pertumbuhan pendapatan asli desa/i.test(indikator) && ctx.sources.pades)
    return padesGrowthCell(ctx, year);
  if (/realisasi (kegiatan )?keuangan/i.test(indikator)) return serapanCell(ctx, year);
  return undefined;
}

function ikmCell(ctx: FillContext): CellSnapshot | undefined {
  const ikm = readIkmTable(ctx.sources.ikm!);
  const cells = ikm.unsur.filter((u): u is NonNullable<typeof u> => u !== undefined);
  if (cells.length === 0) return undefined;
  const refs = cells.map((u) => refTo(u.at)).join(",");
  return formula(`AVERAGE(${refs})*25`, ikmOf(cells.map((u) => u.value)), "0.00");
}

function padesGrowthCell(ctx: FillContext, year: number): CellSnapshot | undefined {
  const table = ctx.sources.pades!;
  const cols = columnsOf(table, "nilai");
  const cur = cols.find((c) => c.year === year);
  const prev = cols.find((c) => c.year === year - 1);
  if (!cur || !prev) return undefined;
  const rows = readSumTable(table).rows.filter((r) => !r.isTotal);
  const sum = (col: number) =>
    rows.reduce(
      (s, r) =>
        s +
        (r.values.get(col)?.kind === "number" ? (r.values.get(col) as { value: number }).value : 0),
      0
    );
  const growth = pertumbuhanOf(sum(cur.col), sum(prev.col));
  if (isFormulaError(growth) || rows.length === 0) return undefined;
  const range = (col: number) => {
    const first = rows[0].values.get(col)!.at;
    const last = rows[rows.length - 1].values.get(col)!.at;
    return `SUM(${refTo(first)}:${refTo(last).split("!")[1]})`;
  };
  return formula(`(${range(cur.col)}-${range(prev.col)})/${range(prev.col)}*100`, growth, "0.00");
}

function serapanCell(ctx: FillContext, year: number): CellSnapshot | undefined {
  const budget = ctx.sources.anggaran.get(year);
  if (!budget?.money.pagu || !budget.money.realisasi) return undefined;
  const leaves = budget.nodes.filter((n) => n.children.length === 0);
  const pick = (col: number) =>
    leaves.map((n) => n.row.values.get(col)).filter((w): w is Written => w !== undefined);
  const sum = (ws: Written[]) => ws.reduce((s, w) => s + (w.kind === "number" ? w.value : 0), 0);
  const pagu = pick(budget.money.pagu.col);
  const realisasi = pick(budget.money.realisasi.col);
  const serapan = serapanOf(sum(realisasi), sum(pagu));
  if (isFormulaError(serapan)) return undefined;
  const refs = (ws: Written[]) => ws.map((w) => refTo(w.at));
  return formula(`${sumOf(refs(realisasi))}/${sumOf(refs(pagu))}*100`, serapan, "0.00");
}
