/**
 * The next free id of the form `<prefix><number>` (n12, e7): one past the largest number in use,
 * so ids stay short, readable and never collide with any existing id, whatever its form.
 */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let largest = 0;
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  for (const id of used) {
    const match = pattern.exec(id);
    if (match?.[1]) largest = Math.max(largest, Number(match[1]));
  }
  let candidate = largest + 1;
  while (used.has(`${prefix}${candidate}`)) candidate += 1;
  return `${prefix}${candidate}`;
}

/** `count` fresh ids in a row, none in `taken` and none repeated. */
export function nextIds(prefix: string, taken: Iterable<string>, count: number): string[] {
  const used = new Set(taken);
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = nextId(prefix, used);
    used.add(id);
    ids.push(id);
  }
  return ids;
}
