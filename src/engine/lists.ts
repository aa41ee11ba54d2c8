/**
 * Small list helpers the rules and indexes share: grouping items under a key,
 * and keeping the values that are there.
 */

/** Adds `value` to the list under `key`, making the list on its first value. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The values that are not undefined, in order (the cells a finding relates, when there are some). */
export function defined<T>(values: readonly (T | undefined)[]): T[] {
  return values.filter((x): x is T => x !== undefined);
}
