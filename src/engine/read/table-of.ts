/**
 * A table made from what a finder found (its header band, its body, its
 * columns): the columns' roles settled against each other, its caption, its
 * name in messages, its kind. Both finders, by known headers and by layout,
 * make their tables here, so a table reads the same however it was found.
 */
import { a1 } from "../workbook/address";
import { captionAbove } from "./captions";
import { classify } from "./classify";
import { Grid } from "./grid";
import { numberingOf } from "./header-band";
import { Role, yearIn } from "./header-roles";
import { Column, Table } from "./table";

/**
 * A `Capaian` group spanning a value column and a `%` column: the value is the
 * realisasi, the `%` the capaian.
 */
function withValueBesideCapaian(grid: Grid, top: number, columns: Column[]): Column[] {
  return columns.map((c, i) => {
    const next = columns[i + 1];
    const sameGroup =
      next &&
      next.col === c.col + 1 &&
      grid.originOf(top, c.col).col === grid.originOf(top, next.col).col;
    if (c.role === "capaian" && next?.role === "capaian" && sameGroup && !/%/.test(c.header))
      return { ...c, role: "realisasi" };
    return c;
  });
}

/**
 * In a performance table (target and realisasi) without a capaian column, a lone
 * percentage column beside them (`%`, `(%)`) is the capaian.
 */
function withPercentAsCapaian(columns: Column[]): Column[] {
  const has = (role: string) => columns.some((c) => c.role === role);
  const percents = columns.filter((c) => c.role === "persen");
  if (!has("target") || !has("realisasi") || has("capaian") || has("pagu") || percents.length !== 1)
    return columns;
  return columns.map((c) => (c === percents[0] ? { ...c, role: "capaian" } : c));
}

/**
 * Money realisasi is told apart only in tables that also hold performance. There,
 * where two realisasi or two percentages stand on either side of the pagu, those
 * after it are money (realisasi anggaran, its %), those before it performance.
 */
function withMoneyRealisasi(columns: Column[]): Column[] {
  const performance = columns.some((c) => c.role === "indikator" || c.role === "target");
  if (!performance)
    return columns.map((c) => (c.role === "realisasiAnggaran" ? { ...c, role: "realisasi" } : c));
  const pagu = columns.find((c) => c.role === "pagu")?.col;
  if (pagu === undefined) return columns;
  const count = (roles: string[]) => columns.filter((c) => roles.includes(c.role)).length;
  const twoRealisasi = count(["realisasi", "realisasiAnggaran"]) >= 2;
  const twoPercents = count(["capaian", "persen"]) >= 2;
  return columns.map((c) => {
    const after = c.col > pagu;
    if (twoRealisasi && c.role === "realisasi" && after) return { ...c, role: "realisasiAnggaran" };
    if (twoPercents && c.role === "capaian" && after) return { ...c, role: "persen" };
    if (twoPercents && c.role === "persen" && !after) return { ...c, role: "capaian" };
    return c;
  });
}

/**
 * The roles of a table's columns settled against each other: the value under a
 * `Capaian` group, a lone `%` beside target and realisasi, money beside performance.
 */
export function refineColumns(grid: Grid, top: number, columns: Column[]): Column[] {
  return withPercentAsCapaian(withMoneyRealisasi(withValueBesideCapaian(grid, top, columns)));
}

/** What a finder found, to be made a table. */
export interface Found {
  readonly header: { readonly top: number; readonly bottom: number };
  readonly body: { readonly first: number; readonly last: number };
  readonly columns: Column[];
  /** The columns a column-number row is looked for in. */
  readonly numbering: { readonly left: number; readonly right: number };
  /** The first row a caption may be read from (below the previous table). */
  readonly floor: number;
  /** How many tables the sheet has above this one. */
  readonly index: number;
}

/** Makes a found block a table: settled roles, caption, name, kind. */
export function tableOf(grid: Grid, sheetName: string, found: Found): Table {
  const { header, body, numbering } = found;
  const columns = refineColumns(grid, header.top, found.columns);
  const left = Math.min(...columns.map((c) => c.col));
  const caption = captionAbove(grid, header.top, found.floor);
  const counts = new Map<Role, number>();
  columns.forEach((c) => counts.set(c.role, (counts.get(c.role) ?? 0) + 1));
  const id = caption ? `Tabel ${caption.number}` : `${sheetName}!${a1(header.top, left)}`;
  return {
    id,
    label: caption
      ? id
      : found.index === 0
        ? `lembar "${sheetName}"`
        : `tabel di lembar "${sheetName}" ${a1(header.top, left)}`,
    caption: caption?.text,
    captionYear: yearIn(caption?.text ?? sheetName),
    grid,
    sheet: sheetName,
    headerTop: header.top,
    headerRow: header.bottom,
    firstRow: body.first,
    lastRow: body.last,
    columns,
    numbering: numberingOf(grid, header.top, header.bottom, numbering.left, numbering.right),
    kind: classify(new Set(counts.keys()), counts),
  };
}
