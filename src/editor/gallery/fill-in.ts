/** Puts values into a catalog text's `{name}` slots; a slot without a value is a bug, so it throws. */
export function fillIn(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_slot, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for "{${name}}" in "${text}"`);
    return String(value);
  });
}
