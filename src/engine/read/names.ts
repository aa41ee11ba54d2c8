/**
 * Matching indicators and programs across tables by their names: case, spacing,
 * punctuation and small typos ("Kapatuhan"/"Kepatuhan", "Roko"/"Rokok") do not
 * make two names different.
 */
import { cleanText } from "../text";

const keys = new Map<string, string>();

/** The comparable form of a name: lower case, letters and digits, single spaces. */
export function nameKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = cleanText(text)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    if (keys.size > 50000) keys.clear();
    keys.set(text, key);
  }
  return key;
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** How many typos a name of this length may carry and still match. */
export function typoAllowance(key: string): number {
  return Math.min(3, Math.floor(key.length / 15));
}

/** Items indexed by name; a lookup finds the exact name or the one unique close name. */
export class NameIndex<T> {
  private readonly entries: { key: string; item: T }[] = [];

  /** Adds an item under a name. */
  add(name: string, item: T): void {
    const key = nameKey(name);
    if (key) this.entries.push({ key, item });
  }

  /** All items whose name matches (exact first; else those at the smallest allowed distance). */
  findAll(name: string): T[] {
    const key = nameKey(name);
    if (!key) return [];
    const exact = this.entries.filter((e) => e.key === key);
    if (exact.length) return exact.map((e) => e.item);
    const limit = typoAllowance(key);
    let best = limit + 1;
    let found: T[] = [];
    for (const e of this.entries) {
      const d = editDistance(key, e.key, limit);
      if (d < best) {
        best = d;
        found = [e.item];
      } else if (d === best && d <= limit) found.push(e.item);
    }
    return best <= limit ? found : [];
  }
}
