/**
 * Which amounts a budget table's percentage and sisa columns are made of. A table
 * may repeat `Anggaran | Realisasi | %` under each group of a group row
 * (Belanja Operasi | Belanja Modal | Total): each % belongs to the amounts of its
 * own group, which are the nearest pagu and realisasi to its left.
 */
import { Column, hasRole, Table } from "./table";

/** A column computed from a pagu and a realisasi in the same row. */
export interface MoneyPair {
  readonly result: Column;
  readonly pagu: Column;
  readonly realisasi: Column;
}

/** Whether the table holds budget amounts (a budget kind, or money realisasi). */
function isBudgetTable(table: Table): boolean {
  return (
    table.kind === "anggaran" ||
    table.kind === "apbdes" ||
    table.kind === "efisiensi" ||
    hasRole(table, "realisasiAnggaran")
  );
}

/** The nearest column left of `col` holding one of `roles`. */
function nearestLeft(table: Table, col: number, roles: readonly string[]): Column | undefined {
  let found: Column | undefined;
  for (const c of table.columns)
    if (c.col < col && roles.includes(c.role) && (!found || c.col > found.col)) found = c;
  return found;
}

function pairOf(table: Table, result: Column, realisasiRoles: readonly string[]) {
  const pagu = nearestLeft(table, result.col, ["pagu"]);
  const realisasi = nearestLeft(table, result.col, realisasiRoles);
  return pagu && realisasi ? { result, pagu, realisasi } : undefined;
}

/**
 * The percentage columns of a budget table with their pagu and realisasi: every
 * `persen` column; or, in a table with none and no target, its `capaian`
 * columns (there they are the budget's own %). Beside a `persen` column a
 * capaian is the programme's performance (an efficiency table), not a share.
 */
export function percentPairs(table: Table): MoneyPair[] {
  if (!isBudgetTable(table) || !hasRole(table, "pagu")) return [];
  const money = hasRole(table, "realisasiAnggaran");
  const capaianIsShare = !money && !hasRole(table, "target") && !hasRole(table, "persen");
  const ratios = table.columns.filter(
    (c) => c.role === "persen" || (c.role === "capaian" && capaianIsShare)
  );
  const roles = money ? ["realisasiAnggaran"] : ["realisasi"];
  return ratios.flatMap((r) => pairOf(table, r, roles) ?? []);
}

/** The sisa columns of a budget table with the pagu and realisasi they are the difference of. */
export function sisaPairs(table: Table): MoneyPair[] {
  if (!(table.kind === "anggaran" || hasRole(table, "realisasiAnggaran"))) return [];
  return table.columns
    .filter((c) => c.role === "sisa")
    .flatMap((s) => pairOf(table, s, ["realisasiAnggaran", "realisasi"]) ?? []);
}
