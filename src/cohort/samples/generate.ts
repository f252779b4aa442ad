import { channels } from '../../journey/primitives.ts';
import { NO_INDEX, type CohortColumns } from '../columns.ts';
import { lifecycleStages, tiers } from '../fields.ts';
import { dayNumber } from '../values.ts';
import { sampleCohortCatalog, sampleProfiles, type SampleCohortId } from './catalog.ts';
import type { SampleProfile } from './profile.ts';
import { createSampleRandom, type SampleRandom } from './random.ts';

export const MIN_SAMPLE_SIZE = 100;
export const MAX_SAMPLE_SIZE = 1_000_000;
export const DEFAULT_SAMPLE_START_DATE = '2026-12-01';

export interface SampleCohortOptions {
  size: number;
  seed: number;
  /** the day the cohort is seen from (recency and sign-up dates count back from it), YYYY-MM-DD */
  startDate?: string;
}

const TIER_VIP = tiers.indexOf('vip');
const TIER_GROWTH = tiers.indexOf('growth');
const TIER_MASS = tiers.indexOf('mass');
const TIER_AT_RISK = tiers.indexOf('at_risk');
const OWNED_CHANNELS = new Set(['push', 'wechat', 'wecom']);

/** month * 100 + day for each day of a 365-day year: a birthday drawn uniformly over the year */
const MONTH_DAY_OF_YEAR_DAY = (() => {
  const table = new Int16Array(365);
  const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let dayOfYear = 0;
  lengths.forEach((length, month) => {
    for (let day = 1; day <= length; day++) table[dayOfYear++] = (month + 1) * 100 + day;
  });
  return table;
})();

function checkOptions(id: SampleCohortId, options: SampleCohortOptions): number {
  const { size, seed, startDate = DEFAULT_SAMPLE_START_DATE } = options;
  if (!Number.isInteger(size) || size < MIN_SAMPLE_SIZE || size > MAX_SAMPLE_SIZE)
    throw new Error(
      `The sample cohort "${id}" can have from ${MIN_SAMPLE_SIZE} to ${MAX_SAMPLE_SIZE.toLocaleString('en')} customers (whole number), not ${size}.`,
    );
  if (!Number.isSafeInteger(seed)) throw new Error(`The seed must be a whole number, not ${seed}.`);
  const startDay = dayNumber(startDate);
  if (Number.isNaN(startDay))
    throw new Error(`The start date must be a real date written YYYY-MM-DD, not "${startDate}".`);
  return startDay;
}

/** Draws from a categorical distribution given cumulative weights (last entry = total). */
function pick(random: SampleRandom, cumulative: Float64Array): number {
  const target = random.next() * cumulative[cumulative.length - 1]!;
  let index = 0;
  while (index < cumulative.length - 1 && target >= cumulative[index]!) index++;
  return index;
}

function cumulativeOf(weights: readonly number[]): Float64Array {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((weight, index) => (cumulative[index] = sum += weight));
  return cumulative;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * A sample cohort drawn from DOMAIN.md (distributions in docs/cohorts.md). The same id, size,
 * seed and start date always give identical columns. Columns are filled directly: no object per
 * customer. Behaviour columns stay empty so the simulator's documented defaults apply.
 */
export function generateSampleCohort(id: SampleCohortId, options: SampleCohortOptions): CohortColumns {
  const startDay = checkOptions(id, options);
  const profile: SampleProfile = sampleProfiles[id];
  const entry = sampleCohortCatalog.find((sample) => sample.id === id)!;
  const size = options.size;
  const random = createSampleRandom(options.seed, id);

  const stages = lifecycleStages.map((stage) => profile.stages[stage]);
  const stageCumulative = cumulativeOf(stages.map((stage) => stage.share));
  const cityCumulative = cumulativeOf(profile.cities.map((city) => city.weight));
  const consentShare = lifecycleStages.map((_, stage) =>
    channels.map((channel) =>
      Math.min(
        0.98,
        profile.consent[channel] * (OWNED_CHANNELS.has(channel) ? profile.engagement[stage]! : 1),
      ),
    ),
  );
  const big = profile.bigSpenders;
  const tagNames = [
    ...(big ? [big.tag] : []),
    ...profile.independentTags.map((tag) => tag.name),
    ...profile.exclusiveTags.flatMap((group) => group.tags.map((tag) => tag.name)),
  ];
  const firstIndependentTag = big ? 1 : 0;
  let firstGroupTag = firstIndependentTag + profile.independentTags.length;
  const groups = profile.exclusiveTags.map((group) => {
    const first = firstGroupTag;
    firstGroupTag += group.tags.length;
    const shares = group.tags.map((tag) => tag.share);
    const none = Math.max(0, 1 - shares.reduce((sum, share) => sum + share, 0));
    return { first, cumulative: cumulativeOf([...shares, none]), count: group.tags.length };
  });
  const maxTagsPerCustomer = firstIndependentTag + profile.independentTags.length + groups.length;

  const lifecycleStage = new Uint16Array(size);
  const tier = new Uint16Array(size);
  const recencyDays = new Float64Array(size);
  const frequency = new Float64Array(size);
  const monetary = new Float64Array(size);
  const points = new Float64Array(size);
  const churnRisk = new Float64Array(size);
  const tagOffsets = new Uint32Array(size + 1);
  const tagIds = new Uint16Array(size * maxTagsPerCustomer);
  const city = new Uint16Array(size);
  const birthday = new Int16Array(size);
  const signupDay = new Int32Array(size);
  const consent = new Uint8Array(size);
  const ids = new Array<string>(size);
  let tagCount = 0;
  const { tier: tierRule, orderValue } = profile;

  for (let i = 0; i < size; i++) {
    ids[i] = profile.idPrefix + (i + 1);
    const stage = pick(random, stageCumulative);
    const shape = stages[stage]!;
    lifecycleStage[i] = stage;
    const recency = Math.floor(random.between(shape.recencyDays[0], shape.recencyDays[1] + 1));
    recencyDays[i] = recency;
    const isBig = big !== undefined && random.next() < big.share;
    const orders =
      random.skewedInt(shape.frequency[0], shape.frequency[1]) * (isBig ? big.frequencyFactor : 1);
    frequency[i] = orders;
    const averageOrder =
      random.logNormal(orderValue.median, orderValue.sigma) * (isBig ? big.orderValueFactor : 1);
    const spend = round2(orders * averageOrder);
    monetary[i] = spend;
    points[i] = Math.floor(spend * profile.pointsPerSpend * random.between(0.3, 1));
    churnRisk[i] = round2(random.between(shape.churnRisk[0], shape.churnRisk[1]));

    if (recency >= tierRule.atRiskRecencyDays) tier[i] = TIER_AT_RISK;
    else if (orders >= tierRule.vip.minFrequency && spend >= tierRule.vip.minMonetary) tier[i] = TIER_VIP;
    else if (orders >= tierRule.growth.minFrequency || spend >= tierRule.growth.minMonetary)
      tier[i] = TIER_GROWTH;
    else tier[i] = TIER_MASS;

    const shares = consentShare[stage]!;
    let bits = 0;
    for (let c = 0; c < shares.length; c++) if (random.next() < shares[c]!) bits |= 1 << c;
    consent[i] = bits;

    if (isBig) tagIds[tagCount++] = 0;
    for (let t = 0; t < profile.independentTags.length; t++)
      if (random.next() < profile.independentTags[t]!.share[stage]!)
        tagIds[tagCount++] = firstIndependentTag + t;
    for (const group of groups) {
      const choice = pick(random, group.cumulative);
      if (choice < group.count) tagIds[tagCount++] = group.first + choice;
    }
    tagOffsets[i + 1] = tagCount;

    city[i] = profile.cities.length === 0 ? NO_INDEX : pick(random, cityCumulative);
    birthday[i] =
      random.next() < profile.birthdayKnown ? MONTH_DAY_OF_YEAR_DAY[Math.floor(random.next() * 365)]! : -1;
    const memberDays = shape.memberDaysBeforeLastPurchase;
    signupDay[i] = startDay - recency - Math.floor(random.between(memberDays[0], memberDays[1] + 1));
  }

  return {
    id,
    name: entry.name,
    size,
    ids,
    lifecycleStage,
    tier,
    recencyDays,
    frequency,
    monetary,
    points,
    churnRisk,
    tagNames,
    tagOffsets,
    tagIds: tagIds.slice(0, tagCount),
    cityNames: profile.cities.map((entryCity) => entryCity.name),
    city,
    birthday,
    signupDay,
    consent,
    dailyPurchaseProbability: new Float64Array(size).fill(Number.NaN),
    responsiveness: new Float64Array(size).fill(Number.NaN),
  };
}
