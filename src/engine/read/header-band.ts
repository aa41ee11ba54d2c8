/**
 * The rows of a table's header, however an agency stacks them: a group row over
 * the names (`Tahun 2022` over Target · Realisasi · Capaian, or `Kinerja` and
 * `Anggaran` over T · R · %), a row of years under the measures, a column-number
 * row (`1 2 3 4 5`, `(1) (2)`, `5 = 4/3x100%`). Each column's role is read from
 * its whole stack of header texts, the most specific (lowest) one first, so that
 * a `%` under `Capaian` is the capaian and the value beside it is the realisasi.
 */
import { cleanText } from "../text";
import { Grid } from "./grid";
import { HeaderReading, readHeader, Role, squeeze, yearIn } from "./header-roles";

/** A header word that names no column alone and takes its meaning from the group above. */
export type SubToken = "pct" | "t" | "r" | "value";

const YEAR_ONLY = /^(tahun|th\.?|ta\.?|t\.a\.?)?\s*\(?(20\d\d)\)?$/i;
const NUMBERING = /^\(?\s*(\d{1,2})\s*\)?$/;
const NUMBERING_FORMULA = /^\(?\s*\d{1,2}\s*\)?\s*=\s*[()\d\s/:x×*+\-–−.,%]+$/i;

/** The generic word of a sub-header cell (`%`, `T`, `R`, `Rp`, `Nilai`), if it is one. */
export function subToken(text: string): SubToken | undefined {
  const s = squeeze(text);
  if (s === "%" || s === "persen" || s === "persentase") return "pct";
  if (s === "t" || s === "tgt") return "t";
  if (s === "r" || s === "real") return "r";
  if (/^(rp|nilai|angka|nominal|orang|jiwa|unit|kk|ha|km2|dokumen|paket)$/.test(s)) return "value";
  return undefined;
}

/** The year a cell names when it names nothing else (`2022`, `Tahun 2022`, `TA 2022`). */
export function yearOnly(text: string): number | undefined {
  const m = YEAR_ONLY.exec(cleanText(text));
  return m ? Number(m[2]) : undefined;
}

/** The column number a cell of a column-number row shows (`5`, `(5)`, `5 = 4/3x100%`). */
export function columnNumber(text: string): number | undefined {
  const t = cleanText(text);
  const plain = NUMBERING.exec(t);
  if (plain) return Number(plain[1]);
  if (NUMBERING_FORMULA.test(t)) return Number(/\d{1,2}/.exec(t)![0]);
  return undefined;
}

function filledIn(grid: Grid, row: number, left: number, right: number): number[] {
  const cols: number[] = [];
  for (let c = left; c <= right; c++) {
    const o = grid.originOf(row, c);
    if (o.col !== c || o.row !== row) continue;
    if (grid.text(row, c) !== "") cols.push(c);
  }
  return cols;
}

/** True when a row numbers the columns (`1 2 3 4 5`), increasing left to right. */
export function isColumnNumberRow(grid: Grid, row: number, left: number, right: number): boolean {
  const cols = filledIn(grid, row, left, right);
  if (cols.length < 3) return false;
  const numbers = cols.map((c) => columnNumber(grid.text(row, c)));
  if (numbers.some((n) => n === undefined)) return false;
  const seq = numbers as number[];
  if (seq[0] > 2) return false;
  for (let i = 1; i < seq.length; i++)
    if (seq[i] <= seq[i - 1] || seq[i] > seq[i - 1] + 3) return false;
  return true;
}

/** True when every cell of a row (two or more) names only a year: the years under the measures. */
export function isYearRow(grid: Grid, row: number, left: number, right: number): boolean {
  const cols = filledIn(grid, row, left, right);
  if (cols.length < 2) return false;
  return cols.every((c) => {
    const cell = grid.cell(row, c);
    if (typeof cell?.value === "number")
      return Number.isInteger(cell.value) && cell.value >= 2000 && cell.value <= 2099;
    return yearOnly(grid.text(row, c)) !== undefined;
  });
}

/** True when a row holds only sub-header words and header names, at least one of them a sub word. */
export function isSubHeaderRow(grid: Grid, row: number, left: number, right: number): boolean {
  const cols = filledIn(grid, row, left, right);
  if (cols.length < 2) return false;
  let tokens = 0;
  for (const c of cols) {
    const cell = grid.cell(row, c);
    if (typeof cell?.value === "number") return false;
    const text = grid.text(row, c);
    if (subToken(text)) tokens++;
    else if (!readHeader(text) && yearOnly(text) === undefined) return false;
  }
  return tokens >= 1;
}

/** A column's role read from its header stack. */
export interface StackReading extends HeaderReading {
  /** The header as messages name it: the stack's texts joined (`Capaian (%)`). */
  readonly header: string;
  /** The role of the group the column sits under, when there is one. */
  readonly group?: Role;
}

/** Measures a one-column header names; a `%` or `Rp` right under one is its unit. */
const MEASURES: ReadonlySet<Role> = new Set<Role>([
  "target",
  "realisasi",
  "realisasiAnggaran",
  "pagu",
  "sisa",
  "capaian",
  "persen",
  "dataAwal",
  "targetRenstra",
  "nilai",
  "jumlah",
]);

const MONEY_GROUP: ReadonlySet<Role> = new Set<Role>(["pagu", "realisasiAnggaran", "sisa"]);

function combine(sub: SubToken, group: Role | undefined): Role | undefined {
  const money = group !== undefined && MONEY_GROUP.has(group);
  switch (sub) {
    case "pct":
      return money ? "persen" : group === undefined ? "persen" : "capaian";
    case "t":
      return money ? "pagu" : "target";
    case "r":
      return money ? "realisasiAnggaran" : "realisasi";
    case "value":
      if (group === "capaian" || group === "realisasi") return "realisasi";
      if (group === "realisasiAnggaran") return "realisasiAnggaran";
      return group === "pagu" ? "pagu" : group;
  }
}

/** A specific role refined by the group above it: `Realisasi` under `Anggaran` is money. */
function refine(own: Role, group: Role | undefined): Role {
  if (group === undefined || !MONEY_GROUP.has(group)) return own;
  if (own === "realisasi") return "realisasiAnggaran";
  if (own === "target") return "pagu";
  if (own === "capaian") return "persen";
  return own;
}

/**
 * Reads one column's header stack (top to bottom, merged cells repeated as they
 * show, with the number of columns each spans). The lowest text that names a role
 * wins, refined by the group above it; a sub word (`%`, `T`, `R`, `Rp`) takes its
 * meaning from a group spanning several columns, and under a one-column measure
 * (`Target` over `(%)`) it is only the measure's unit.
 */
export function readStack(
  texts: readonly string[],
  widths: readonly number[] = []
): StackReading | undefined {
  let key = "";
  for (let i = 0; i < texts.length; i++)
    key += `${(widths[i] ?? 1) > 1 ? "w" : "n"}${texts[i]}\u0000`;
  if (stacks.has(key)) return stacks.get(key);
  const reading = readStackUncached(texts, widths);
  if (stacks.size > 10000) stacks.clear();
  stacks.set(key, reading);
  return reading;
}

/** Stack readings by their texts and which of them span columns: tables repeat their headers. */
const stacks = new Map<string, StackReading | undefined>();

function readStackUncached(
  texts: readonly string[],
  widths: readonly number[]
): StackReading | undefined {
  const wide = new Set(texts.filter((_, i) => (widths[i] ?? 1) > 1).map(cleanText));
  const entries = texts.map(cleanText).filter((t, i, all) => t !== "" && t !== all[i - 1]);
  if (entries.length === 0) return undefined;
  let year: number | undefined;
  for (const t of entries) year = yearOnly(t) ?? yearIn(t) ?? year;
  const meaningful = entries.filter(
    (t) => yearOnly(t) === undefined && columnNumber(t) === undefined
  );
  for (let i = meaningful.length - 1; i >= 0; i--) {
    const text = meaningful[i];
    const above = meaningful.slice(0, i).reverse();
    const groupAt = above.findIndex((t) => readHeader(t) !== undefined);
    const groupReading = groupAt >= 0 ? readHeader(above[groupAt]) : undefined;
    const group = groupReading?.role;
    const token = subToken(text);
    const unit = token && groupReading && !wide.has(above[groupAt]) && MEASURES.has(group!);
    if (unit)
      return {
        ...groupReading,
        year: groupReading.year ?? year,
        header: `${above[groupAt]} ${text}`,
        group,
      };
    if (token) {
      const role = combine(token, group);
      const header = groupAt >= 0 ? `${above[groupAt]} ${text}` : text;
      if (role)
        return {
          role,
          year: year ?? groupReading?.year,
          index: groupReading?.index,
          header,
          group,
        };
      continue;
    }
    const own = readHeader(text);
    if (own)
      return { ...own, role: refine(own.role, group), year: own.year ?? year, header: text, group };
  }
  if (year !== undefined && meaningful.length === 0)
    return { role: "nilai", year, header: entries[entries.length - 1] };
  return undefined;
}

/** The column-number row of a band, with each column's cell text (`5 = 4/3x100%`). */
export function numberingOf(
  grid: Grid,
  top: number,
  bottom: number,
  left: number,
  right: number
): Map<number, string> | undefined {
  for (let r = bottom; r >= top; r--) {
    if (!isColumnNumberRow(grid, r, left, right)) continue;
    const numbering = new Map<number, string>();
    for (let c = left; c <= right; c++) if (grid.text(r, c)) numbering.set(c, grid.text(r, c));
    return numbering;
  }
  return undefined;
}
