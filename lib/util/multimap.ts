// Lists kept by key (the mentions of each unit, the items of each page): grown in place, where a spread copy per value
// (map.set(key, [...old, value])) costs the square of the values one key holds, 50 million copies for 10,000 items
// of one page.

/** Appends `value` to the list `map` holds at `key`, starting it when there is none; returns that list. */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): V[] {
  const list = map.get(key);
  if (list) {
    list.push(value);
    return list;
  }
  const fresh = [value];
  map.set(key, fresh);
  return fresh;
}
