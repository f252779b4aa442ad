/**
 * The customers' ids, customer i at index i. A parsed file keeps its ids in a list; a sample
 * cohort's ids are a formula (prefix + number), so a million of them cost no strings until read.
 */
export interface CustomerIds extends Iterable<string> {
  readonly length: number;
  /** the id of customer `index`, which must be in 0 ≤ index < length */
  get(index: number): string;
  /** the index of the customer with this id, or -1 */
  indexOf(id: string): number;
  /** the indexes of the customers whose id is one of `ids` (ids no customer has are skipped) */
  indexesOf(ids: Iterable<string>): Set<number>;
}

/** Ids read from a file (or written out by a test), held as given. */
export class ListedCustomerIds implements CustomerIds {
  constructor(private readonly ids: readonly string[]) {}

  get length(): number {
    return this.ids.length;
  }

  get(index: number): string {
    return this.ids[index]!;
  }

  indexOf(id: string): number {
    return this.ids.indexOf(id);
  }

  indexesOf(ids: Iterable<string>): Set<number> {
    // one pass over the cohort with a set of the wanted: an indexOf per wanted id would be a pass each
    const wanted = new Set(ids);
    const indexes = new Set<number>();
    this.ids.forEach((id, index) => {
      if (wanted.has(id)) indexes.add(index);
    });
    return indexes;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.ids[Symbol.iterator]();
  }
}

/** prefix + 1, prefix + 2, … prefix + length: the ids of a sample cohort (RM1, RM2, …). */
export class NumberedCustomerIds implements CustomerIds {
  constructor(
    private readonly prefix: string,
    readonly length: number,
  ) {}

  get(index: number): string {
    return this.prefix + (index + 1);
  }

  indexOf(id: string): number {
    if (!id.startsWith(this.prefix)) return -1;
    const digits = id.slice(this.prefix.length);
    // only the number as get() writes it: "RM007" or "RM1e3" name no customer
    if (!/^[1-9][0-9]*$/.test(digits)) return -1;
    const number = Number(digits);
    return number <= this.length ? number - 1 : -1;
  }

  indexesOf(ids: Iterable<string>): Set<number> {
    const indexes = new Set<number>();
    for (const id of ids) {
      const index = this.indexOf(id);
      if (index >= 0) indexes.add(index);
    }
    return indexes;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let index = 0; index < this.length; index++) yield this.get(index);
  }
}
