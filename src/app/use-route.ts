import { useCallback, useSyncExternalStore } from 'react';
import { hashOf, routeFromHash, type Route } from './routes.ts';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The current route and a way to go elsewhere; the browser's back button works as expected. */
export function useRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const navigate = useCallback((route: Route) => {
    window.location.hash = hashOf(route);
  }, []);
  return [routeFromHash(hash), navigate];
}
