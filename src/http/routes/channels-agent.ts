// Agent-side channel routes: log a phone call, and see (and retry) the mail sent on a case — so a
// delivery failure is visible where the agent works.
import { Type } from '@sinclair/typebox';
import { and, asc, eq } from 'drizzle-orm';
import { logPhoneCall } from '../../channels/phone/log-call.ts';
import { mailOutbox } from '../../db/schema/channels.ts';
import { cases } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../flows/app-error.ts';
import { writeAudit } from '../../flows/write-audit.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { IdParams, NullableString, Ok, responses, Uuid } from '../schemas.ts';

const Mail = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  messageId: Type.String(),
  attempts: Type.Integer(),
  lastError: NullableString,
  nextAttemptAt: Type.String(),
  sentAt: NullableString,
  createdAt: Type.String(),
});

/** POST /channels/phone-calls, GET /channels/cases/:id/mail, POST /channels/cases/:id/mail/:mailId/retry. */
export function registerAgentChannelRoutes(app: App, deps: Deps): void {
  app.post(
    '/channels/phone-calls',
    {
      schema: {
        tags: ['channels'],
        body: Type.Object({
          caseId: Type.Optional(Uuid),
          phone: Type.String({ minLength: 5, maxLength: 40 }),
          name: Type.Optional(Type.String({ maxLength: 200 })),
          caller: Type.Union([Type.Literal('customer'), Type.Literal('agent')]),
          summary: Type.String({ minLength: 1, maxLength: 20_000 }),
          at: Type.Optional(Type.String({ format: 'date-time' })),
          durationSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 86_400 })),
        }),
        response: responses({ 201: Type.Object({ caseId: Type.String(), caseCreated: Type.Boolean() }) }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await logPhoneCall(deps, await authenticate(deps, request), request.body)),
  );

  app.get(
    '/channels/cases/:id/mail',
    {
      schema: {
        tags: ['channels'],
        params: IdParams,
        response: responses({ 200: Type.Object({ items: Type.Array(Mail) }) }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      const rows = await deps.db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.caseId, request.params.id), eq(mailOutbox.storeId, actor.storeId)))
        .orderBy(asc(mailOutbox.createdAt));
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          status: r.status,
          to: r.toAddress,
          subject: r.subject,
          messageId: r.messageId,
          attempts: r.attempts,
          lastError: r.lastError,
          nextAttemptAt: r.nextAttemptAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
          createdAt: r.createdAt.toISOString(),
        })),
      };
    },
  );

  app.post(
    '/channels/cases/:id/mail/:mailId/retry',
    {
      schema: { tags: ['channels'], params: Type.Object({ id: Uuid, mailId: Uuid }), response: responses({ 200: Ok }) },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      const [row] = await deps.db
        .select({ status: mailOutbox.status })
        .from(mailOutbox)
        .innerJoin(cases, eq(cases.id, mailOutbox.caseId))
        .where(
          and(
            eq(mailOutbox.id, request.params.mailId),
            eq(mailOutbox.caseId, request.params.id),
            eq(cases.storeId, actor.storeId),
          ),
        );
      if (!row) throw new AppError('not_found', 'mail not found');
      if (row.status !== 'failed')
        throw new AppError('conflict', `Only a failed mail can be retried (this one is ${row.status}).`);
      // Same row, same Message-ID: the retry is the same mail, still sent at most once.
      await deps.db
        .update(mailOutbox)
        .set({ status: 'queued', attempts: 0, nextAttemptAt: deps.clock.now(), updatedAt: deps.clock.now() })
        .where(eq(mailOutbox.id, request.params.mailId));
      await writeAudit(deps.db, deps, actor.storeId, actor, {
        action: 'mail.retried',
        entity: 'case',
        entityId: request.params.id,
        detail: { outboxId: request.params.mailId },
      });
      return { ok: true };
    },
  );
}
