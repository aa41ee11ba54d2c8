/**
 * Indicator rows of PK and performance tables: one record per indicator and year,
 * with the cells as written.
 */
import { CellRef } from "../workbook/address";
import { readHeader } from "./header-roles";
import { Column, columnOf, Table } from "./table";
import { numberOf, readWritten, Written } from "./written";

/** One indicator in one table for one year. */
export interface IndicatorRecord {
  readonly table: Table;
  readonly row: number;
  readonly indikator: string;
  readonly indikatorAt: CellRef;
  readonly sasaran?: string;
  readonly sasaranAt?: CellRef;
  readonly program?: string;
  /** `tujuan` or `sasaran`, from a Jenis column. */
  readonly jenis?: string;
  /** The year the values are for; undefined when the table does not say. */
  readonly year?: number;
  readonly satuan?: Written;
  readonly polaritas?: Written;
  readonly target?: Written;
  readonly realisasi?: Written;
  readonly capaian?: Written;
  readonly kriteria?: Written;
  readonly ket?: Written;
}

interface YearGroup {
  readonly year?: number;
  readonly target?: Column;
  readonly realisasi?: Column;
  readonly capaian?: Column;
  readonly kriteria?: Column;
  readonly ket?: Column;
}

/** The year groups of a table: one per year named over target/realisasi/capaian, or one group. */
function yearGroups(table: Table): YearGroup[] {
  const years = [
    ...new Set(
      table.columns
        .filter((c) => ["target", "realisasi", "capaian"].includes(c.role) && c.year !== undefined)
        .map((c) => c.year as number)
    ),
  ].sort();
  const unyeared = (role: "kriteria" | "ket") =>
    table.columns.find((c) => c.role === role && c.year === undefined);
  if (years.length <= 1) {
    const pick = (role: "target" | "realisasi" | "capaian") =>
      columnOf(table, role, years[0]) ?? columnOf(table, role);
    return [
      {
        year: years[0],
        target: pick("target"),
        realisasi: pick("realisasi"),
        capaian: pick("capaian"),
        kriteria: columnOf(table, "kriteria"),
        ket: unyeared("ket"),
      },
    ];
  }
  return years.map((year, i) => ({
    year,
    target: columnOf(table, "target", year),
    realisasi: columnOf(table, "realisasi", year),
    capaian: columnOf(table, "capaian", year),
    kriteria:
      columnOf(table, "kriteria", year) ??
      (i === years.length - 1 ? unyeared("kriteria") : undefined),
    ket: columnOf(table, "ket", year) ?? (i === years.length - 1 ? unyeared("ket") : undefined),
  }));
}

function rowYear(table: Table, row: number, col: Column | undefined): number | undefined {
  if (!col) return undefined;
  const n = numberOf(readWritten(table.grid, row, col.col));
  return n !== undefined && n >= 2000 && n <= 2099 ? n : undefined;
}

/** A header repeated inside the data, as after a page break: three cells read as their own column's header. */
function repeatsHeader(table: Table, row: number, indikator: string): boolean {
  const numeric = table.columns.some(
    (c) =>
      table.grid.cell(row, c.col)?.value !== undefined &&
      typeof table.grid.cell(row, c.col)?.value === "number"
  );
  if (numeric || readHeader(indikator)?.role !== "indikator") return false;
  const same = table.columns.filter(
    (c) => readHeader(table.grid.text(row, c.col))?.role === c.role
  );
  return same.length >= 3;
}

/** Every indicator record of a PK or performance table. */
export function indicatorRecords(table: Table): IndicatorRecord[] {
  const indikatorCol = columnOf(table, "indikator");
  if (!indikatorCol) return [];
  const grid = table.grid;
  const sasaranCol = columnOf(table, "sasaran") ?? columnOf(table, "tujuan");
  const programCol = columnOf(table, "program");
  const satuanCol = columnOf(table, "satuan");
  const polaritasCol = columnOf(table, "polaritas");
  const tahunCol = columnOf(table, "tahun");
  const groups = yearGroups(table);
  const read = (row: number, col?: Column) => (col ? readWritten(grid, row, col.col) : undefined);
  const records: IndicatorRecord[] = [];
  const jenisCol = columnOf(table, "jenis");
  let sasaran: string | undefined;
  let sasaranAt: CellRef | undefined;
  let program: string | undefined;
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    if (sasaranCol && grid.text(row, sasaranCol.col)) {
      sasaran = grid.text(row, sasaranCol.col);
      sasaranAt = grid.ref(row, sasaranCol.col);
    }
    if (programCol) program = grid.text(row, programCol.col) || program;
    const indikator = grid.text(row, indikatorCol.col);
    if (!indikator || repeatsHeader(table, row, indikator)) continue;
    const indikatorAt = grid.ref(row, indikatorCol.col);
    const jenis = jenisCol ? grid.text(row, jenisCol.col).toLowerCase() || undefined : undefined;
    const satuan = read(row, satuanCol);
    const polaritas = read(row, polaritasCol);
    for (const g of groups) {
      records.push({
        table,
        row,
        indikator,
        indikatorAt,
        sasaran,
        sasaranAt,
        program,
        jenis,
        satuan,
        polaritas,
        year: g.year ?? rowYear(table, row, tahunCol),
        target: read(row, g.target),
        realisasi: read(row, g.realisasi),
        capaian: read(row, g.capaian),
        kriteria: read(row, g.kriteria),
        ket: read(row, g.ket),
      });
    }
  }
  return records;
}
