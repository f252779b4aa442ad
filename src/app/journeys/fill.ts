/** `fill('Open {name}', { name: 'Win-back' })` → `Open Win-back`: catalogs hold whole sentences with named slots. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, key: string) => (key in values ? String(values[key]) : slot));
}
