/**
 * The value remembered for `key`, computed on first use. Words and names
 * come back line after line and dossier after dossier; the map forgets
 * everything once it holds `max` values, so that a batch of hostile
 * dossiers cannot grow it without end.
 */
export function remembered<K, V>(map: Map<K, V>, key: K, compute: (key: K) => V, max = 50_000): V {
  let value = map.get(key);
  if (value === undefined) {
    value = compute(key);
    if (map.size >= max) map.clear();
    map.set(key, value);
  }
  return value;
}
