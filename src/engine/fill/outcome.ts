/**
 * What a fill left undone, the same for the CLI and the pane: the tables that were
 * skipped (a missing source, a PK error) or kept as a person edited them.
 */
import { FillResult, GENERATORS } from "./generate";

const ORDER = new Map(GENERATORS.map((g, i) => [g.id, i]));

/** The ids of the tables not filled, in table order. */
export function unfilledTables(result: FillResult): string[] {
  return [...result.skipped, ...result.kept]
    .map((t) => t.id)
    .sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}

/** How many tables were filled, and of how many tried. */
export function filledCount(result: FillResult): { readonly filled: number; readonly of: number } {
  const of = result.generated.length + result.skipped.length;
  return { filled: of - unfilledTables(result).length, of };
}
