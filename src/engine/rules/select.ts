/**
 * Which rules an entry of `--aturan` (or of the pane's rule choice) picks: a
 * rule's id in any case, a prefix ending in `_` (`PK_` picks every PK rule), or
 * `PK_*`.
 */
import { RULES } from "./index";

/** True when `selector` picks the rule `ruleId`. */
export function selects(selector: string, ruleId: string): boolean {
  const id = selector.trim().toUpperCase();
  return (
    id === ruleId ||
    (id.endsWith("_") && ruleId.startsWith(id)) ||
    (id === "PK_*" && ruleId.startsWith("PK_"))
  );
}

/** The selectors that pick no rule of the registry. */
export function unknownSelectors(selectors: readonly string[]): string[] {
  return selectors.filter((s) => !RULES.some((r) => selects(s, r.id)));
}
