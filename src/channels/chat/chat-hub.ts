// Live delivery for chat: widgets subscribe to their case, agents' consoles to their store. The hub
// polls the messages table (a short window, deduped by id), so a reply is pushed whichever process
// or route wrote it — the console's reply flow, an acknowledgement, another desk instance.
import { and, gt, inArray, or } from 'drizzle-orm';
import { messages } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';

export type ChatMessage = {
  id: string;
  caseId: string;
  direction: string;
  channel: string;
  body: string;
  sender: string | null;
  at: string;
};
type Listener = (message: ChatMessage) => void;
export type ChatHub = {
  watchCase: (caseId: string, listener: Listener) => () => void;
  watchStore: (storeId: string, listener: Listener) => () => void;
  /** Checks for new messages now (also runs on a timer). */
  poll: () => Promise<void>;
  stop: () => void;
};

// Rows can commit a little after their created_at; re-reading a short window catches them.
const WINDOW_MS = 15_000;

/** A hub polling every `everyMs` while anyone listens. */
export function createChatHub(deps: Pick<Deps, 'db' | 'clock' | 'log'>, everyMs = 250): ChatHub {
  const byCase = new Map<string, Set<Listener>>();
  const byStore = new Map<string, Set<Listener>>();
  const seen = new Map<string, number>();
  let polling: Promise<void> | undefined;
  const add = (map: Map<string, Set<Listener>>, key: string, listener: Listener) => {
    const set = map.get(key) ?? new Set();
    set.add(listener);
    map.set(key, set);
    return () => {
      set.delete(listener);
      if (!set.size) map.delete(key);
    };
  };
  const pollOnce = async () => {
    if (!byCase.size && !byStore.size) return;
    const since = new Date(deps.clock.now().getTime() - WINDOW_MS);
    const rows = await deps.db
      .select()
      .from(messages)
      .where(
        and(
          gt(messages.createdAt, since),
          or(
            byCase.size ? inArray(messages.caseId, [...byCase.keys()]) : undefined,
            byStore.size ? inArray(messages.storeId, [...byStore.keys()]) : undefined,
          ),
        ),
      )
      .orderBy(messages.createdAt, messages.id);
    const cutoff = Date.now() - 2 * WINDOW_MS;
    for (const [id, when] of seen) if (when < cutoff) seen.delete(id);
    for (const row of rows) {
      if (seen.has(row.id)) continue;
      seen.set(row.id, Date.now());
      const message = {
        id: row.id,
        caseId: row.caseId,
        direction: row.direction,
        channel: row.channel,
        body: row.body,
        sender: row.sender,
        at: row.createdAt.toISOString(),
      };
      for (const listener of byCase.get(row.caseId) ?? []) listener(message);
      for (const listener of byStore.get(row.storeId) ?? []) listener(message);
    }
  };
  const poll = () => {
    polling ??= pollOnce()
      .catch((error) => deps.log.warn(`chat hub: ${String(error)}`))
      .finally(() => {
        polling = undefined;
      });
    return polling;
  };
  const timer = setInterval(() => void poll(), everyMs);
  timer.unref();
  return {
    watchCase: (caseId, listener) => add(byCase, caseId, listener),
    watchStore: (storeId, listener) => add(byStore, storeId, listener),
    poll,
    stop: () => clearInterval(timer),
  };
}
