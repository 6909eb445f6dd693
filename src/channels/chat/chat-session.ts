// A chat conversation from the customer's side: an anonymous session (its token kept in the
// browser so the chat resumes after a reload), bound to a case by its first message. The session's
// identity is chat:<id>: an email typed into the widget is a hint for the agent, not a proof, so a
// chat never joins (or shows) another customer's case on its own.
import { randomBytes } from 'node:crypto';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { channelSessions } from '../../db/schema/channels.ts';
import { messages, stores } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { intakeMessage } from '../../flows/intake-message.ts';
import { hashToken } from '../../flows/secrets.ts';
import { acknowledgeNewCase } from '../acknowledge-case.ts';
import { appendToCase } from '../append-to-case.ts';
import type { ChatMessage } from './chat-hub.ts';

const SESSION_DAYS = 30;
export type ChatSession = typeof channelSessions.$inferSelect;

/** Opens a chat session for a store; the token is returned once and only its hash is stored. */
export async function openChatSession(
  deps: Deps,
  storeId: string,
  details: { name?: string; email?: string; language?: string },
): Promise<{ token: string } | undefined> {
  const [store] = await deps.db.select({ id: stores.id }).from(stores).where(eq(stores.id, storeId));
  if (!store) return undefined;
  const token = `as_c_${randomBytes(32).toString('base64url')}`;
  const now = deps.clock.now();
  await deps.db.insert(channelSessions).values({
    tokenHash: hashToken(token),
    storeId,
    kind: 'chat',
    identity: details.email ? `hint:email:${details.email.toLowerCase()}` : null,
    name: details.name ?? null,
    language: details.language ?? 'und',
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000),
  });
  return { token };
}

/** The live session for a token, or undefined (unknown or expired). */
export async function findChatSession(
  deps: Deps,
  token: string,
  kind: 'chat' | 'form' = 'chat',
): Promise<ChatSession | undefined> {
  const [row] = await deps.db
    .select()
    .from(channelSessions)
    .where(
      and(
        eq(channelSessions.tokenHash, hashToken(token)),
        eq(channelSessions.kind, kind),
        gt(channelSessions.expiresAt, deps.clock.now()),
      ),
    );
  return row;
}

/** Stores a customer's chat message: the first one opens a case (acknowledged), later ones join it. */
export async function postChatMessage(
  deps: Deps,
  session: ChatSession,
  text: string,
  clientId: string,
): Promise<{ caseId: string; messageId: string }> {
  const sessionKey = session.tokenHash.slice(0, 16);
  const externalId = `chat:${sessionKey}:${clientId}`;
  return deps.db.transaction(async (tx) => {
    if (session.caseId) {
      const appended = await appendToCase(tx, deps, session.storeId, {
        caseId: session.caseId,
        externalId,
        channel: 'chat',
        sender: `chat:${sessionKey}`,
        text,
      });
      if (!('kind' in appended)) return { caseId: appended.caseId, messageId: appended.messageId };
    }
    const result = await intakeMessage(tx, deps, session.storeId, null, {
      externalId,
      channel: 'chat',
      from: `chat:${sessionKey}`,
      name: session.name ?? undefined,
      text,
    });
    if (result.caseCreated) await acknowledgeNewCase(tx, deps, session.storeId, result.caseId, { mailFrom: '' });
    await tx
      .update(channelSessions)
      .set({ caseId: result.caseId, lastSeenAt: deps.clock.now() })
      .where(eq(channelSessions.tokenHash, session.tokenHash));
    session.caseId = result.caseId;
    return { caseId: result.caseId, messageId: result.messageId };
  });
}

/** What the customer may see of their conversation: messages to and from them, never agents' notes. */
export async function readChatHistory(deps: Deps, caseId: string): Promise<ChatMessage[]> {
  const rows = await deps.db
    .select()
    .from(messages)
    .where(and(eq(messages.caseId, caseId), inArray(messages.direction, ['in', 'out'])))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  return rows.map(toCustomerView);
}

/** A message as the customer's widget shows it. */
export function toCustomerView(row: {
  id: string;
  caseId: string;
  direction: string;
  channel: string;
  body: string;
  sender: string | null;
  createdAt: Date;
}): ChatMessage {
  return {
    id: row.id,
    caseId: row.caseId,
    direction: row.direction,
    channel: row.channel,
    body: row.body,
    sender: null,
    at: row.createdAt.toISOString(),
  };
}
