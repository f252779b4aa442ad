import { channels, type Channel } from '../primitives/domain.ts';
import { NO_DAY, NO_INDEX, type CohortColumns } from './columns.ts';
import { ListedCustomerIds } from './customer-ids.ts';
import { lifecycleStages, tiers } from './fields.ts';

/** The consent column of each channel, in the bit order of CohortColumns.consent. */
export const consentColumnOf = {
  sms: 'consentSms',
  email: 'consentEmail',
  push: 'consentPush',
  wechat: 'consentWechat',
  wecom: 'consentWecom',
  ai_call: 'consentAiCall',
} as const satisfies Record<Channel, string>;
export type ConsentColumn = (typeof consentColumnOf)[Channel];
export const consentBitOf = Object.fromEntries(
  channels.map((channel, bit) => [consentColumnOf[channel], bit]),
) as Record<ConsentColumn, number>;

/** Tag ids are Uint16 and NO_INDEX marks "no city": the most distinct names a cohort can hold. */
export const MAX_DISTINCT_TAGS = 0xffff;
export const MAX_DISTINCT_CITIES = NO_INDEX;

export const stageIndex = new Map<string, number>(lifecycleStages.map((name, index) => [name, index]));
export const tierIndex = new Map<string, number>(tiers.map((name, index) => [name, index]));

function grow<T extends Float64Array | Uint16Array | Int16Array | Int32Array | Uint8Array | Uint32Array>(
  array: T,
  capacity: number,
  empty: number,
): T {
  const larger = new (array.constructor as new (length: number) => T)(capacity);
  larger.set(array);
  larger.fill(empty, array.length);
  return larger;
}

/**
 * Fills CohortColumns one customer at a time without an object per customer: the CSV reader and
 * cohortColumnsFromCustomers both write through it, so every import path yields identical columns.
 * Call `addCustomer` first, then the setters for that customer (tags must follow their customer).
 */
export class CohortColumnsBuilder {
  size = 0;
  private capacity: number;
  private ids: string[] = [];
  private stage: Uint16Array;
  private tier: Uint16Array;
  private recencyDays: Float64Array;
  private frequency: Float64Array;
  private monetary: Float64Array;
  private points: Float64Array;
  private churnRisk: Float64Array;
  private city: Uint16Array;
  private birthday: Int16Array;
  private signupDay: Int32Array;
  private consent: Uint8Array;
  private dailyPurchaseProbability: Float64Array;
  private responsiveness: Float64Array;
  private tagOffsets: Uint32Array;
  private tagIds: Uint16Array;
  private tagCount = 0;
  private readonly tagIndex = new Map<string, number>();
  private readonly tagNames: string[] = [];
  private readonly cityIndex = new Map<string, number>();
  private readonly cityNames: string[] = [];

  constructor(expectedSize = 1024) {
    const capacity = Math.max(16, expectedSize);
    this.capacity = capacity;
    this.stage = new Uint16Array(capacity).fill(NO_INDEX);
    this.tier = new Uint16Array(capacity).fill(NO_INDEX);
    this.recencyDays = new Float64Array(capacity).fill(Number.NaN);
    this.frequency = new Float64Array(capacity).fill(Number.NaN);
    this.monetary = new Float64Array(capacity).fill(Number.NaN);
    this.points = new Float64Array(capacity).fill(Number.NaN);
    this.churnRisk = new Float64Array(capacity).fill(Number.NaN);
    this.city = new Uint16Array(capacity).fill(NO_INDEX);
    this.birthday = new Int16Array(capacity).fill(-1);
    this.signupDay = new Int32Array(capacity).fill(NO_DAY);
    this.consent = new Uint8Array(capacity);
    this.dailyPurchaseProbability = new Float64Array(capacity).fill(Number.NaN);
    this.responsiveness = new Float64Array(capacity).fill(Number.NaN);
    this.tagOffsets = new Uint32Array(capacity + 1);
    this.tagIds = new Uint16Array(capacity);
  }

  /** Starts the next customer, every field empty; returns its index. */
  addCustomer(id: string): number {
    if (this.size === this.capacity) this.growTo(this.capacity * 2);
    const index = this.size++;
    this.ids.push(id);
    this.tagOffsets[index + 1] = this.tagCount;
    return index;
  }

  private growTo(capacity: number): void {
    this.stage = grow(this.stage, capacity, NO_INDEX);
    this.tier = grow(this.tier, capacity, NO_INDEX);
    this.recencyDays = grow(this.recencyDays, capacity, Number.NaN);
    this.frequency = grow(this.frequency, capacity, Number.NaN);
    this.monetary = grow(this.monetary, capacity, Number.NaN);
    this.points = grow(this.points, capacity, Number.NaN);
    this.churnRisk = grow(this.churnRisk, capacity, Number.NaN);
    this.city = grow(this.city, capacity, NO_INDEX);
    this.birthday = grow(this.birthday, capacity, -1);
    this.signupDay = grow(this.signupDay, capacity, NO_DAY);
    this.consent = grow(this.consent, capacity, 0);
    this.dailyPurchaseProbability = grow(this.dailyPurchaseProbability, capacity, Number.NaN);
    this.responsiveness = grow(this.responsiveness, capacity, Number.NaN);
    this.tagOffsets = grow(this.tagOffsets, capacity + 1, 0);
    this.capacity = capacity;
  }

  setStage(index: number, stage: number): void {
    this.stage[index] = stage;
  }
  setTier(index: number, tier: number): void {
    this.tier[index] = tier;
  }
  setNumber(
    index: number,
    column:
      | 'recencyDays'
      | 'frequency'
      | 'monetary'
      | 'points'
      | 'churnRisk'
      | 'dailyPurchaseProbability'
      | 'responsiveness',
    value: number,
  ): void {
    this[column][index] = value;
  }
  setBirthday(index: number, monthDay: number): void {
    this.birthday[index] = monthDay;
  }
  setSignupDay(index: number, day: number): void {
    this.signupDay[index] = day;
  }
  setConsent(index: number, column: ConsentColumn, allowed: boolean): void {
    const bit = 1 << consentBitOf[column];
    this.consent[index] = allowed ? this.consent[index]! | bit : this.consent[index]! & ~bit;
  }

  /** Returns a problem code when the cohort already holds the most distinct cities it can. */
  setCity(index: number, name: string): 'tooManyCities' | undefined {
    let cityId = this.cityIndex.get(name);
    if (cityId === undefined) {
      if (this.cityNames.length >= MAX_DISTINCT_CITIES) return 'tooManyCities';
      cityId = this.cityNames.length;
      this.cityNames.push(name);
      this.cityIndex.set(name, cityId);
    }
    this.city[index] = cityId;
    return undefined;
  }

  /** Adds a tag to the customer added last; a repeated tag is kept once. */
  addTag(name: string): 'tooManyTags' | undefined {
    let tagId = this.tagIndex.get(name);
    if (tagId === undefined) {
      if (this.tagNames.length >= MAX_DISTINCT_TAGS) return 'tooManyTags';
      tagId = this.tagNames.length;
      this.tagNames.push(name);
      this.tagIndex.set(name, tagId);
    }
    const start = this.tagOffsets[this.size - 1]!;
    for (let k = start; k < this.tagCount; k++) if (this.tagIds[k] === tagId) return undefined;
    if (this.tagCount === this.tagIds.length) this.tagIds = grow(this.tagIds, this.tagIds.length * 2, 0);
    this.tagIds[this.tagCount++] = tagId;
    this.tagOffsets[this.size] = this.tagCount;
    return undefined;
  }

  /** The finished columns, trimmed to the customers added. */
  build(meta: { id: string; name: string }): CohortColumns {
    const n = this.size;
    return {
      id: meta.id,
      name: meta.name,
      size: n,
      ids: new ListedCustomerIds(this.ids),
      lifecycleStage: this.stage.slice(0, n),
      tier: this.tier.slice(0, n),
      recencyDays: this.recencyDays.slice(0, n),
      frequency: this.frequency.slice(0, n),
      monetary: this.monetary.slice(0, n),
      points: this.points.slice(0, n),
      churnRisk: this.churnRisk.slice(0, n),
      tagNames: this.tagNames,
      tagOffsets: this.tagOffsets.slice(0, n + 1),
      tagIds: this.tagIds.slice(0, this.tagCount),
      cityNames: this.cityNames,
      city: this.city.slice(0, n),
      birthday: this.birthday.slice(0, n),
      signupDay: this.signupDay.slice(0, n),
      consent: this.consent.slice(0, n),
      dailyPurchaseProbability: this.dailyPurchaseProbability.slice(0, n),
      responsiveness: this.responsiveness.slice(0, n),
    };
  }
}
