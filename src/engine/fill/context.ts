/**
 * What every generator gets and gives: the sources, the report year, the sheet
 * name it writes to, and the source values it reads as formula operands.
 */
import { CAPAIAN, Polaritas } from "../functions/capaian";
import { isFormulaError } from "../errors";
import { IndicatorRecord } from "../read/indicators";
import {
  derivedFor,
  Derivation,
  derivedRealisasi as derivedFromTables,
} from "../read/derived-realisasi";
import { readWritten, Written, WrittenNumber } from "../read/written";
import { Grid } from "../read/grid";
import { Settings } from "../read/settings";
import { SheetSnapshot, CellSnapshot, CellValue } from "../workbook/snapshot";
import { a1, sheetCell } from "../workbook/address";
import { formula, refTo, value } from "./cells";
import { capaianFormula, sudahLaporFormula, wajibLaporFormula } from "./excel-formulas";
import { Sources } from "./sources";
import { declaredPolaritas } from "../read/pk-match";

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

/**
 * A realisasi given by another source sheet (the IKM, the PADes growth, the
 * budget's serapan, the share of the LHKASN list that reported) as a formula.
 */
export function derivedRealisasi(
  ctx: FillContext,
  indikator: string,
  year: number
): CellSnapshot | undefined {
  const budget = ctx.sources.anggaran.get(year);
  const derived = derivedFor(
    derivedFromTables({
      ikm: ctx.sources.ikm ? [ctx.sources.ikm] : [],
      pades: ctx.sources.pades ? [ctx.sources.pades] : [],
      budgets: budget ? [budget] : [],
      lhkasn: ctx.sources.lhkasn ? [ctx.sources.lhkasn] : [],
      year: ctx.year,
    }),
    indikator,
    year
  );
  return derived && derivationCell(derived.derivation, derived.value);
}

function sumRefs(cells: readonly WrittenNumber[]): string {
  return sumOf(cells.map((c) => refTo(c.at)));
}

function derivationCell(d: Derivation, computed: number): CellSnapshot | undefined {
  switch (d.kind) {
    case "ikm":
      return formula(`AVERAGE(${d.unsur.map((u) => refTo(u.at)).join(",")})*25`, computed, "0.00");
    case "tertulis":
      return formula(refTo(d.cell.at), computed, "0.00");
    case "pertumbuhan": {
      const [n, n1] = [sumRefs(d.current), sumRefs(d.previous)];
      return formula(`(${n}-${n1})/${n1}*100`, computed, "0.00");
    }
    case "serapan":
      return formula(`${sumRefs(d.realisasi)}/${sumRefs(d.pagu)}*100`, computed, "0.00");
    case "lapor": {
      const { table, nama, lapor, people } = d.list;
      const range = (col: number) =>
        `${sheetCell(table.sheet, people[0].row, col)}:${a1(people[people.length - 1].row, col)}`;
      const [names, reports] = [range(nama.col), range(lapor.col)];
      const wajib = wajibLaporFormula(names);
      const share = `IF(${wajib}=0,"-",${sudahLaporFormula(names, reports)}/${wajib}*100)`;
      return formula(share, computed, "0.00");
    }
  }
}
