import { describe, expect, it } from 'vitest';
import { hashOf, routeFromHash } from './routes.ts';

describe('routes', () => {
  it('reads the journeys list from an empty or unknown hash', () => {
    expect(routeFromHash('')).toEqual({ page: 'journeys' });
    expect(routeFromHash('#/')).toEqual({ page: 'journeys' });
    expect(routeFromHash('#/nowhere')).toEqual({ page: 'journeys' });
  });

  it('round-trips an editor route, even with characters that need escaping', () => {
    const route = { page: 'editor', journeyId: 'winback 48h/é' } as const;
    expect(hashOf(route)).toBe('#/journeys/winback%2048h%2F%C3%A9');
    expect(routeFromHash(hashOf(route))).toEqual(route);
  });
});
