import { describe, expect, it } from 'vitest';
import { ListedCustomerIds, NumberedCustomerIds, type CustomerIds } from './customer-ids.ts';

const listed = new ListedCustomerIds(['A7', 'B', 'A7x', 'C']);
const numbered = new NumberedCustomerIds('RM', 12);

describe('CustomerIds', () => {
  it.each<[string, CustomerIds, string[]]>([
    ['listed', listed, ['A7', 'B', 'A7x', 'C']],
    ['numbered', numbered, Array.from({ length: 12 }, (_, index) => `RM${index + 1}`)],
  ])('%s: get, iteration and indexOf agree with the list of ids', (_, ids, expected) => {
    expect(ids.length).toBe(expected.length);
    expect([...ids]).toEqual(expected);
    expected.forEach((id, index) => {
      expect(ids.get(index)).toBe(id);
      expect(ids.indexOf(id)).toBe(index);
    });
  });

  it('numbered: only the ids it writes are found', () => {
    for (const id of ['RM0', 'RM13', 'RM007', 'RM+1', 'RM1.0', 'RM1e1', 'RM', 'rm1', 'XRM1', 'RM 1', '12'])
      expect(numbered.indexOf(id)).toBe(-1);
    expect(new NumberedCustomerIds('', 3).indexOf('3')).toBe(2);
  });

  it('indexesOf: the customers with any of the ids, unknown ids skipped', () => {
    expect([...listed.indexesOf(['C', 'A7', 'nobody', 'C'])].sort()).toEqual([0, 3]);
    expect([...numbered.indexesOf(['RM12', 'RM1', 'RM13', 'RM01'])].sort()).toEqual([0, 11]);
    expect(numbered.indexesOf([]).size).toBe(0);
  });
});
