// Hash routes (#/cases/123?tab=x): no server fallback needed, and deep links survive a reload.
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'inbox'; params: URLSearchParams }
  | { name: 'case'; id: string }
  | { name: 'customer'; id: string }
  | { name: 'approvals' }
  | { name: 'dashboard' }
  | { name: 'settings' };

/** Reads a location hash into a route; anything unknown is the inbox. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'cases' && parts[1]) return { name: 'case', id: parts[1] };
  if (parts[0] === 'customers' && parts[1]) return { name: 'customer', id: parts[1] };
  if (parts[0] === 'approvals') return { name: 'approvals' };
  if (parts[0] === 'dashboard') return { name: 'dashboard' };
  if (parts[0] === 'settings') return { name: 'settings' };
  return { name: 'inbox', params: new URLSearchParams(query) };
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const on = () => setHash(window.location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return parseRoute(hash);
}

/** Moves to a hash route. */
export function navigate(to: string): void {
  window.location.hash = to;
}
