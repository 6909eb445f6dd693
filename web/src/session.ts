// The signed-in user and their store, for every screen below the login gate.
import { createContext, useContext } from 'react';
import type { Me, Store } from './api/types.ts';

export type Session = { user: Me; store: Store };
export const SessionContext = createContext<Session | null>(null);

/** The current session; screens below the login gate always have one. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside the signed-in console');
  return s;
}
