/**
 * Matching indicators and programs across tables by their names: case, spacing,
 * punctuation and small typos ("Kapatuhan"/"Kepatuhan", "Roko"/"Rokok") do not
 * make two names different.
 */
import { pushTo } from "../lists";
import { cleanText } from "../text";

/** Names keyed lately: the current generation, and the one before it (kept until the current fills). */
let keys = new Map<string, string>();
let olderKeys = new Map<string, string>();
const GENERATION = 100_000;

/** The comparable form of a name: lower case, letters and digits, single spaces. */
export function nameKey(text: string): string {
  let key = keys.get(text);
  if (key !== undefined) return key;
  key =
    olderKeys.get(text) ??
    cleanText(text)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  if (keys.size >= GENERATION) {
    olderKeys = keys;
    keys = new Map();
  }
  keys.set(text, key);
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

interface Entry<T> {
  readonly key: string;
  readonly item: T;
  /** The order it was added in. */
  readonly order: number;
}

/**
 * Items indexed by name; a lookup finds the exact name or the one unique close name.
 * Exact names are found in a map, close ones among the names of a length within
 * the typo allowance, and each name's answer is kept until the next add.
 */
export class NameIndex<T> {
  private readonly exact = new Map<string, Entry<T>[]>();
  private readonly byLength = new Map<number, Entry<T>[]>();
  private readonly answers = new Map<string, T[]>();
  private size = 0;

  /** Adds an item under a name. */
  add(name: string, item: T): void {
    const key = nameKey(name);
    if (!key) return;
    const entry = { key, item, order: this.size++ };
    pushTo(this.exact, key, entry);
    pushTo(this.byLength, key.length, entry);
    this.answers.clear();
  }

  /** All items whose name matches (exact first; else those at the smallest allowed distance). */
  findAll(name: string): T[] {
    const key = nameKey(name);
    if (!key) return [];
    let found = this.answers.get(key);
    if (!found) {
      found = this.lookUp(key);
      this.answers.set(key, found);
    }
    return [...found];
  }

  private lookUp(key: string): T[] {
    const exact = this.exact.get(key);
    if (exact) return exact.map((e) => e.item);
    const limit = typoAllowance(key);
    let best = limit + 1;
    let found: T[] = [];
    for (const e of this.near(key.length, limit)) {
      const d = editDistance(key, e.key, limit);
      if (d < best) {
        best = d;
        found = [e.item];
      } else if (d === best && d <= limit) found.push(e.item);
    }
    return best <= limit ? found : [];
  }

  /** The entries whose name length is within `limit` of `length`, in the order added. */
  private near(length: number, limit: number): Entry<T>[] {
    const near: Entry<T>[] = [];
    for (let n = length - limit; n <= length + limit; n++)
      for (const e of this.byLength.get(n) ?? []) near.push(e);
    return limit === 0 ? near : near.sort((a, b) => a.order - b.order);
  }
}
