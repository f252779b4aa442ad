import type { Message } from './message.ts';

/**
 * `fill(t.journeys.open, { name: 'Win-back' })` → `Open Win-back`: catalogs hold whole sentences
 * with named slots, and the slot names are checked at typecheck (message.ts).
 */
export function fill<Slot extends string>(
  template: Message<Slot>,
  values: { [K in Slot]: string | number },
): string {
  const given: Record<string, string | number> = values;
  return template.replace(/\{(\w+)\}/g, (slot, key: string) =>
    Object.hasOwn(given, key) ? String(given[key]) : slot,
  );
}
