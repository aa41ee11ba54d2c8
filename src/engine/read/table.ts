/**
 * A table found in a sheet: where it is, what it is called, what its columns hold.
 */
import { Grid } from "./grid";
import { Role } from "./header-roles";

/** What a table is, decided from its columns. */
export type TableKind =
  | "pk"
  | "capaian"
  | "renstra"
  | "ikm"
  | "pades"
  | "anggaran"
  | "efisiensi"
  | "apbdes"
  | "paten"
  | "lhkasn"
  | "lain";

/** One column of a table. */
export interface Column {
  readonly col: number;
  readonly role: Role;
  readonly year?: number;
  /** U1…U9 → 1…9, Jan…Des → 1…12. */
  readonly index?: number;
  readonly header: string;
}

/** A table found by its header row. */
export interface Table {
  /** `Tabel 3.4`, or `Lembar!A5` for a table without a caption. */
  readonly id: string;
  /** How messages name the table. */
  readonly label: string;
  readonly caption?: string;
  /** The year named in the caption. */
  readonly captionYear?: number;
  readonly grid: Grid;
  readonly sheet: string;
  /** First header row (the group row when there are two). */
  readonly headerTop: number;
  /** The header row that names the columns. */
  readonly headerRow: number;
  /** Data rows, 0-based inclusive. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: readonly Column[];
  /** The column-number row's cell per column (`5`, `5 = 4/3x100%`), when the header has one. */
  readonly numbering?: ReadonlyMap<number, string>;
  readonly kind: TableKind;
}

/** The first column with a role (and year, when given). */
export function columnOf(table: Table, role: Role, year?: number): Column | undefined {
  return table.columns.find((c) => c.role === role && (year === undefined || c.year === year));
}

/** All columns with a role. */
export function columnsOf(table: Table, role: Role): Column[] {
  return table.columns.filter((c) => c.role === role);
}

/** True when the table has a column with the role. */
export function hasRole(table: Table, role: Role): boolean {
  return table.columns.some((c) => c.role === role);
}
