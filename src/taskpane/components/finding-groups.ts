/**
 * How the findings list is grouped and labelled: one group per table and sheet,
 * errors first, headed by the table's name alone (each finding's link names its
 * sheet), with the sheet only to tell apart a table found on several sheets; and
 * each rule by its title in words rather than its id.
 */
import { Finding, Severity } from "../../engine/finding";
import { ruleById } from "../../engine/rules";

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings of one table on one sheet. */
export interface FindingGroup {
  /** Unique among the groups: the table and the sheet. */
  readonly key: string;
  readonly heading: string;
  readonly findings: readonly Finding[];
}

/**
 * A group's heading: the table's name (`Tabel 3.2`, on the sheet `Tabel 3.2 dan
 * 3.3`). Where the same table is found on several sheets (`ambiguous`), the sheet
 * tells them apart: its name alone when it holds the table's (`Tabel 3.4 (2)`),
 * else both. Never a name said twice.
 */
export function groupHeading(table: string, sheet: string, ambiguous = false): string {
  if (!table) return sheet;
  if (!ambiguous || !sheet || table === sheet) return table;
  return sheet.includes(table) ? sheet : `${table} — ${sheet}`;
}

/** The findings grouped by table and sheet, in the order first found, errors first in each. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.table} — ${f.sheet}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const sheetsOf = new Map<string, number>();
  for (const [f] of groups.values()) sheetsOf.set(f.table, (sheetsOf.get(f.table) ?? 0) + 1);
  return [...groups.entries()].map(([key, fs]) => ({
    key,
    heading: groupHeading(fs[0].table, fs[0].sheet, (sheetsOf.get(fs[0].table) ?? 0) > 1),
    findings: [...fs].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]),
  }));
}

/** A rule's title in words (`Jumlah tidak sama dengan rinciannya`), or its id if it has none. */
export function ruleTitle(id: string): string {
  return ruleById(id)?.title ?? id;
}
