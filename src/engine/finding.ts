/**
 * A finding: what is wrong, where, what was expected and what is written
 * (SPEC section 4).
 */
import type { Finding, Severity } from "./output-schema";
import { a1, CellRef } from "./workbook/address";

export type { Finding, Severity } from "./output-schema";

/** What a rule says about one cell. */
export interface FindingDraft {
  readonly at: CellRef;
  readonly table: string;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly related?: readonly (CellRef | string)[];
  /** A lower severity than the rule's, for this finding alone (a stale setting is only info). */
  readonly severity?: Severity;
}

const MAX_TEXT = 400;

function capped(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** Turns a rule's draft into a finding; very long texts from cells are shortened. */
export function toFinding(rule: string, severity: Severity, d: FindingDraft): Finding {
  return {
    rule,
    severity,
    sheet: d.at.sheet,
    cell: a1(d.at.row, d.at.col),
    table: d.table,
    message: capped(d.message),
    expected: capped(d.expected ?? ""),
    actual: capped(d.actual ?? ""),
    related: (d.related ?? []).map((r) => (typeof r === "string" ? r : r.address)),
  };
}
