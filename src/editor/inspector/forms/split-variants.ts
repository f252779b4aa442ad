import { nextId } from '../../../journey/commands/index.ts';
import type { SplitConfig } from '../../../journey/index.ts';

type Variant = SplitConfig['variants'][number];
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A new variant: the next free letter as id ("c") and label ("C"), with no share yet. */
export function nextVariant(variants: readonly Variant[]): Variant {
  const taken = new Set(variants.map((variant) => variant.id));
  const letter = [...letters].find((candidate) => !taken.has(candidate.toLowerCase()));
  if (letter) return { id: letter.toLowerCase(), label: letter, percent: 0 };
  const id = nextId('v', taken);
  return { id, label: id.toUpperCase(), percent: 0 };
}

/**
 * Percentages that share 100 as evenly as two decimals allow, the remainder going to the first
 * variants (3 → 33.34, 33.33, 33.33), computed in hundredths so the sum is exactly 100.
 */
export function evenPercents(count: number): number[] {
  const hundredths = 10_000;
  const base = Math.floor(hundredths / count);
  const extra = hundredths - base * count;
  return Array.from({ length: count }, (_, index) => (base + (index < extra ? 1 : 0)) / 100);
}
