/**
 * The app's two places, kept in the URL hash so a reload or a shared link reopens the same journey:
 * `#/` is the journeys list, `#/journeys/<id>` is the editor on one journey.
 */
export type Route = { page: 'journeys' } | { page: 'editor'; journeyId: string };

export function routeFromHash(hash: string): Route {
  const match = /^#\/journeys\/([^/?#]+)$/.exec(hash);
  return match?.[1] ? { page: 'editor', journeyId: decodeURIComponent(match[1]) } : { page: 'journeys' };
}

export function hashOf(route: Route): string {
  return route.page === 'editor' ? `#/journeys/${encodeURIComponent(route.journeyId)}` : '#/';
}
