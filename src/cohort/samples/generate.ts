import { channels } from '../../primitives/domain.ts';
import type { CohortColumns } from '../columns.ts';
import { NumberedCustomerIds } from '../customer-ids.ts';
import { lifecycleStages, tiers } from '../fields.ts';
import { dayNumber } from '../values.ts';
import { sampleCohortCatalog, sampleProfiles, type SampleCohortId } from './catalog.ts';
import { choiceTable, cumulativeOf } from './choice-table.ts';
import type { SampleProfile, StageProfile } from './profile.ts';
import { createSampleRandom, stepsBelow, UNIFORM_STEPS } from './random.ts';

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

  // Every per-stage number in flat typed arrays indexed [stage] or [stage * width + k]: the loop
  // below runs a million times and reads nothing else, so it stays monomorphic and allocation-free.
  const stages = lifecycleStages.map((stage) => profile.stages[stage]);
  const stageChoice = choiceTable(cumulativeOf(stages.map((stage) => stage.share)));
  const perStage = (read: (stage: StageProfile) => number) => Float64Array.from(stages, read);
  const recencyMin = perStage((stage) => stage.recencyDays[0]);
  const recencySpan = perStage((stage) => stage.recencyDays[1] - stage.recencyDays[0] + 1);
  const ordersMin = perStage((stage) => stage.frequency[0]);
  const ordersSpan = perStage((stage) => stage.frequency[1] - stage.frequency[0] + 1);
  const churnMin = perStage((stage) => stage.churnRisk[0]);
  const churnSpan = perStage((stage) => stage.churnRisk[1] - stage.churnRisk[0]);
  const memberMin = perStage((stage) => stage.memberDaysBeforeLastPurchase[0]);
  const memberSpan = perStage(
    (stage) => stage.memberDaysBeforeLastPurchase[1] - stage.memberDaysBeforeLastPurchase[0] + 1,
  );
  const channelCount = channels.length;
  // shares the loop tests a step against, as whole-step thresholds (stepsBelow)
  const consentSteps = Int32Array.from({ length: stages.length * channelCount }, (_, k) => {
    const stage = Math.floor(k / channelCount);
    const channel = channels[k % channelCount]!;
    const engagement = OWNED_CHANNELS.has(channel) ? profile.engagement[stage]! : 1;
    return stepsBelow(Math.min(0.98, profile.consent[channel] * engagement));
  });
  const cityChoice = choiceTable(cumulativeOf(profile.cities.map((city) => city.weight)));
  const big = profile.bigSpenders;
  const bigShare = big?.share ?? 0;
  const bigOrders = big?.frequencyFactor ?? 1;
  const bigOrderValue = big?.orderValueFactor ?? 1;
  const tagNames = [
    ...(big ? [big.tag] : []),
    ...profile.independentTags.map((tag) => tag.name),
    ...profile.exclusiveTags.flatMap((group) => group.tags.map((tag) => tag.name)),
  ];
  const firstIndependentTag = big ? 1 : 0;
  const independentCount = profile.independentTags.length;
  const independentSteps = Int32Array.from({ length: stages.length * independentCount }, (_, k) =>
    stepsBelow(profile.independentTags[k % independentCount]!.share[Math.floor(k / independentCount)]!),
  );
  let firstGroupTag = firstIndependentTag + independentCount;
  const groups = profile.exclusiveTags.map((group) => {
    const first = firstGroupTag;
    firstGroupTag += group.tags.length;
    const shares = group.tags.map((tag) => tag.share);
    const none = Math.max(0, 1 - shares.reduce((sum, share) => sum + share, 0));
    return { first, choice: choiceTable(cumulativeOf([...shares, none])), count: group.tags.length };
  });
  const maxTagsPerCustomer = firstIndependentTag + independentCount + groups.length;
  const { idPrefix, pointsPerSpend, birthdayKnown } = profile;
  const { median: orderMedian, sigma: orderSigma } = profile.orderValue;
  const { atRiskRecencyDays, vip, growth } = profile.tier;

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
  let tagCount = 0;

  for (let i = 0; i < size; i++) {
    const stage = stageChoice[random.nextStep()]!;
    lifecycleStage[i] = stage;
    const recency =
      recencyMin[stage]! + Math.floor(recencySpan[stage]! * (random.nextStep() / UNIFORM_STEPS));
    recencyDays[i] = recency;
    const isBig = random.nextStep() / UNIFORM_STEPS < bigShare;
    const u = random.nextStep() / UNIFORM_STEPS;
    const orders = (ordersMin[stage]! + Math.floor(ordersSpan[stage]! * u * u)) * (isBig ? bigOrders : 1);
    frequency[i] = orders;
    const averageOrder = random.logNormal(orderMedian, orderSigma) * (isBig ? bigOrderValue : 1);
    const spend = Math.round(orders * averageOrder * 100) / 100;
    monetary[i] = spend;
    points[i] = Math.floor(spend * pointsPerSpend * (0.3 + 0.7 * (random.nextStep() / UNIFORM_STEPS)));
    churnRisk[i] =
      Math.round((churnMin[stage]! + churnSpan[stage]! * (random.nextStep() / UNIFORM_STEPS)) * 100) / 100;

    if (recency >= atRiskRecencyDays) tier[i] = TIER_AT_RISK;
    else if (orders >= vip.minFrequency && spend >= vip.minMonetary) tier[i] = TIER_VIP;
    else if (orders >= growth.minFrequency || spend >= growth.minMonetary) tier[i] = TIER_GROWTH;
    else tier[i] = TIER_MASS;

    let bits = 0;
    const consentBase = stage * channelCount;
    // Consents and tags are coin flips the CPU cannot predict, so they are taken without a branch
    // (~10% off the loop): (step - threshold) >>> 31 is 1 when step < threshold, else 0. A tag is
    // written past the end of the list every time (tagIds has room for all tags of everyone) and
    // kept by counting it.
    for (let c = 0; c < channelCount; c++)
      bits |= ((random.nextStep() - consentSteps[consentBase + c]!) >>> 31) << c;
    consent[i] = bits;

    if (isBig) tagIds[tagCount++] = 0;
    const tagBase = stage * independentCount;
    for (let t = 0; t < independentCount; t++) {
      tagIds[tagCount] = firstIndependentTag + t;
      tagCount += (random.nextStep() - independentSteps[tagBase + t]!) >>> 31;
    }
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      const choice = group.choice[random.nextStep()]!;
      tagIds[tagCount] = group.first + choice;
      tagCount += (choice - group.count) >>> 31;
    }
    tagOffsets[i + 1] = tagCount;

    city[i] = cityChoice[random.nextStep()]!;
    birthday[i] =
      random.nextStep() / UNIFORM_STEPS < birthdayKnown
        ? MONTH_DAY_OF_YEAR_DAY[Math.floor((random.nextStep() / UNIFORM_STEPS) * 365)]!
        : -1;
    const memberDays =
      memberMin[stage]! + Math.floor(memberSpan[stage]! * (random.nextStep() / UNIFORM_STEPS));
    signupDay[i] = startDay - recency - memberDays;
  }

  return {
    id,
    name: entry.name,
    size,
    // a formula, not a million strings: building them took a fifth of the generation time
    ids: new NumberedCustomerIds(idPrefix, size),
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
