import { describe, expect, it } from 'vitest';
import { channels } from '../../primitives/domain.ts';
import type { CohortColumns } from '../columns.ts';
import { lifecycleStages, tiers } from '../fields.ts';
import { dayNumber } from '../values.ts';
import { isSampleCohortId, sampleCohortCatalog, sampleCohortIds, sampleProfiles } from './catalog.ts';
import { generateSampleCohort } from './generate.ts';

const SIZE = 20_000;
const samples = Object.fromEntries(
  sampleCohortIds.map((id) => [id, generateSampleCohort(id, { size: SIZE, seed: 42 })]),
) as Record<(typeof sampleCohortIds)[number], CohortColumns>;

const stage = (name: (typeof lifecycleStages)[number]) => lifecycleStages.indexOf(name);
const tier = (name: (typeof tiers)[number]) => tiers.indexOf(name);
function share(
  cohort: CohortColumns,
  test: (i: number) => boolean,
  among: (i: number) => boolean = () => true,
) {
  let hits = 0;
  let total = 0;
  for (let i = 0; i < cohort.size; i++) {
    if (!among(i)) continue;
    total++;
    if (test(i)) hits++;
  }
  return hits / total;
}
const hasTag = (cohort: CohortColumns, i: number, name: string) => {
  const tag = cohort.tagNames.indexOf(name);
  for (let k = cohort.tagOffsets[i]!; k < cohort.tagOffsets[i + 1]!; k++)
    if (cohort.tagIds[k] === tag) return true;
  return false;
};

/** Field by field, value by value (NaN equals NaN): far quicker than a deep equality of big typed arrays. */
function differingFields(a: CohortColumns, b: CohortColumns): string[] {
  // ids are read through get(): compare them as the lists they stand for
  const valueOf = (cohort: CohortColumns, key: keyof CohortColumns) =>
    key === 'ids' ? [...cohort.ids] : cohort[key];
  return (Object.keys(a) as (keyof CohortColumns)[]).filter((key) => {
    const left = valueOf(a, key);
    const right = valueOf(b, key);
    if (typeof left !== 'object') return !Object.is(left, right);
    const l = left as ArrayLike<unknown>;
    const r = right as ArrayLike<unknown>;
    if (l.length !== r.length) return true;
    for (let i = 0; i < l.length; i++) if (!Object.is(l[i], r[i])) return true;
    return false;
  });
}

describe('generateSampleCohort: determinism and bounds', () => {
  it.each(sampleCohortIds)('%s: the same seed gives identical columns, another seed different ones', (id) => {
    const again = generateSampleCohort(id, { size: SIZE, seed: 42 });
    expect(differingFields(again, samples[id])).toEqual([]);
    const other = generateSampleCohort(id, { size: SIZE, seed: 43 });
    expect(differingFields(other, samples[id])).toEqual(
      expect.arrayContaining(['recencyDays', 'monetary', 'churnRisk', 'consent', 'birthday']),
    );
  });

  it('accepts 100 to 1,000,000 customers and refuses anything else with a clear error', () => {
    expect(generateSampleCohort('cake-shop', { size: 100, seed: 1 }).size).toBe(100);
    for (const size of [99, 1_000_001, 150.5, Number.NaN])
      expect(() => generateSampleCohort('cake-shop', { size, seed: 1 })).toThrow(
        /can have from 100 to 1,000,000 customers/,
      );
    expect(() => generateSampleCohort('cake-shop', { size: 100, seed: 0.5 })).toThrow(
      /seed must be a whole number/,
    );
    expect(() => generateSampleCohort('cake-shop', { size: 100, seed: 1, startDate: '2026-13-01' })).toThrow(
      /start date/,
    );
  });

  it('counts recency and sign-up back from the start date', () => {
    const later = generateSampleCohort('retail-members', { size: SIZE, seed: 42, startDate: '2027-01-01' });
    expect(differingFields(later, samples['retail-members'])).toEqual(['signupDay']);
    expect(later.signupDay[0]! - samples['retail-members'].signupDay[0]!).toBe(31);
  });

  it('names every sample in the catalog and recognises its ids', () => {
    expect(sampleCohortCatalog.map((entry) => entry.id)).toEqual([...sampleCohortIds]);
    expect(sampleCohortIds.every(isSampleCohortId)).toBe(true);
    expect(isSampleCohortId('retail')).toBe(false);
    for (const entry of sampleCohortCatalog) expect(samples[entry.id].name).toBe(entry.name);
  });
});

describe('generateSampleCohort: customers are consistent', () => {
  it.each(sampleCohortIds)(
    '%s: values in range; no order in a year ⇔ silent over a year; signed up before buying',
    (id) => {
      const cohort = samples[id];
      const startDay = dayNumber('2026-12-01');
      const rule = sampleProfiles[id].tier;
      expect(new Set(cohort.ids).size).toBe(SIZE);
      const broken: string[] = [];
      const check = (ok: boolean, i: number, what: string) => {
        if (!ok && broken.length < 5) broken.push(`customer ${i}: ${what}`);
      };
      for (let i = 0; i < cohort.size; i++) {
        const recency = cohort.recencyDays[i]!;
        const orders = cohort.frequency[i]!;
        const spend = cohort.monetary[i]!;
        check((orders === 0) === recency > 365, i, 'no order in a year exactly when silent over a year');
        check(spend > 0 === orders > 0, i, 'spend exactly when orders');
        check(cohort.churnRisk[i]! >= 0 && cohort.churnRisk[i]! <= 1, i, 'churn risk in 0–1');
        check(cohort.points[i]! >= 0 && cohort.points[i]! <= spend, i, 'points within spend');
        check(cohort.signupDay[i]! <= startDay - recency, i, 'signed up before the last purchase');
        const birthday = cohort.birthday[i]!;
        check(birthday === -1 || (birthday >= 101 && birthday <= 1231), i, 'birthday a day of the year');
        const expectedTier =
          recency >= rule.atRiskRecencyDays
            ? 'at_risk'
            : orders >= rule.vip.minFrequency && spend >= rule.vip.minMonetary
              ? 'vip'
              : orders >= rule.growth.minFrequency || spend >= rule.growth.minMonetary
                ? 'growth'
                : 'mass';
        check(tiers[cohort.tier[i]!] === expectedTier, i, `tier ${expectedTier}`);
      }
      expect(broken).toEqual([]);
    },
  );
});

describe('generateSampleCohort: distributions of DOMAIN.md (20,000 customers, tolerance ±2 points)', () => {
  it.each(sampleCohortIds)('%s: stage shares and consent shares match the profile', (id) => {
    const cohort = samples[id];
    const profile = sampleProfiles[id];
    for (const name of lifecycleStages)
      expect(share(cohort, (i) => cohort.lifecycleStage[i] === stage(name))).toBeCloseTo(
        profile.stages[name].share,
        1,
      );
    // sms, email and ai_call do not depend on engagement: their share is the profile's
    for (const channel of ['sms', 'email', 'ai_call'] as const) {
      const bit = 1 << channels.indexOf(channel);
      expect(
        Math.abs(share(cohort, (i) => (cohort.consent[i]! & bit) !== 0) - profile.consent[channel]),
      ).toBeLessThan(0.02);
    }
  });

  it('retail-members: 40% silent (at risk + dormant), about a fifth of them at high churn risk', () => {
    const cohort = samples['retail-members'];
    const silent = (i: number) =>
      cohort.lifecycleStage[i] === stage('at_risk') || cohort.lifecycleStage[i] === stage('dormant');
    expect(Math.abs(share(cohort, silent) - 0.4)).toBeLessThan(0.02);
    expect(Math.abs(share(cohort, (i) => cohort.churnRisk[i]! >= 0.6, silent) - 0.22)).toBeLessThan(0.03);
    expect(
      Math.abs(
        share(
          cohort,
          (i) => hasTag(cohort, i, 'referral'),
          (i) => cohort.lifecycleStage[i] === 0,
        ) - 0.3,
      ),
    ).toBeLessThan(0.03);
  });

  it('mother-baby: 45% dormant, 6+ months silent; tiers by yearly spend ≥ 20k / 5k–20k', () => {
    const cohort = samples['mother-baby'];
    const dormant = (i: number) => cohort.lifecycleStage[i] === stage('dormant');
    expect(Math.abs(share(cohort, dormant) - 0.45)).toBeLessThan(0.02);
    expect(share(cohort, (i) => cohort.recencyDays[i]! >= 180, dormant)).toBe(1);
    const recent = (i: number) => cohort.recencyDays[i]! < 180;
    expect(
      share(cohort, (i) => (cohort.tier[i] === tier('vip')) === cohort.monetary[i]! >= 20_000, recent),
    ).toBe(1);
    expect(share(cohort, (i) => cohort.tier[i] === tier('vip'))).toBeGreaterThan(0.01);
    expect(share(cohort, (i) => cohort.tier[i] === tier('growth'))).toBeGreaterThan(0.05);
    expect(share(cohort, (i) => hasTag(cohort, i, 'toddler_1_3'))).toBeCloseTo(0.4, 1);
  });

  it('cake-shop: long repurchase cycle — few orders a year, active customers up to 120 days silent', () => {
    const cohort = samples['cake-shop'];
    const retail = samples['retail-members'];
    const mean = (c: CohortColumns) => c.frequency.reduce((sum, value) => sum + value, 0) / c.size;
    expect(mean(cohort)).toBeLessThan(4);
    expect(mean(cohort)).toBeLessThan(mean(retail) / 2);
    const active = (i: number) => cohort.lifecycleStage[i] === stage('active');
    expect(share(cohort, (i) => cohort.recencyDays[i]! > 60, active)).toBeGreaterThan(0.4);
    expect(Math.abs(share(cohort, (i) => hasTag(cohort, i, 'corporate')) - 0.06)).toBeLessThan(0.01);
  });

  it('new-members: everyone new, first purchase in the last 30 days, 30% from referrals', () => {
    const cohort = samples['new-members'];
    expect(
      share(cohort, (i) => cohort.lifecycleStage[i] === stage('new') && cohort.recencyDays[i]! < 30),
    ).toBe(1);
    expect(share(cohort, (i) => cohort.frequency[i]! >= 1 && cohort.frequency[i]! <= 2)).toBe(1);
    expect(Math.abs(share(cohort, (i) => hasTag(cohort, i, 'referral')) - 0.3)).toBeLessThan(0.02);
  });
});
