/**
 * Grouping by a key: rules and indexes gather rows, records and cells into lists
 * under a name, a table or a kind, in the order they come.
 */

/** Adds `value` to the list under `key`, making the list on its first value. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
