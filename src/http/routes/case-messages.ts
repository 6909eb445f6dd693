// A case's conversation: list its messages, add an agent reply (tone-checked) or an internal note.
import { Type } from '@sinclair/typebox';
import { and, asc, eq } from 'drizzle-orm';
import { cases, messages } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../flows/app-error.ts';
import { listAttachments } from '../../flows/list-attachments.ts';
import { replyToCase } from '../../flows/reply-to-case.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { IdParams, responses } from '../schemas.ts';
import { MessageView, toMessageView } from '../views/case-views.ts';

const ToneIssue = Type.Object({
  kind: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  message: Type.String(),
  suggestion: Type.String(),
});

/** GET and POST /cases/:id/messages. */
export function registerCaseMessageRoutes(app: App, deps: Deps): void {
  app.get(
    '/cases/:id/messages',
    {
      schema: {
        tags: ['cases'],
        params: IdParams,
        response: responses({ 200: Type.Object({ items: Type.Array(MessageView) }) }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      const [c] = await deps.db
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.id, request.params.id), eq(cases.storeId, actor.storeId)));
      if (!c) throw notFound('case');
      const rows = await deps.db
        .select()
        .from(messages)
        .where(eq(messages.caseId, c.id))
        .orderBy(asc(messages.createdAt), asc(messages.id));
      const files = await listAttachments(
        deps.db,
        rows.map((m) => m.id),
      );
      return { items: rows.map((m) => toMessageView(m, files)) };
    },
  );

  app.post(
    '/cases/:id/messages',
    {
      schema: {
        tags: ['cases'],
        params: IdParams,
        description:
          'An agent reply (direction "out", tone-checked: 422 with the issues unless override is true) or an internal note.',
        body: Type.Object({
          body: Type.String({ minLength: 1, maxLength: 50_000 }),
          direction: Type.Optional(Type.Union([Type.Literal('out'), Type.Literal('note')], { default: 'out' })),
          channel: Type.Optional(Type.String({ maxLength: 40 })),
          language: Type.Optional(Type.String({ maxLength: 35 })),
          override: Type.Optional(Type.Boolean()),
        }),
        response: responses({ 201: Type.Object({ messageId: Type.String(), toneIssues: Type.Array(ToneIssue) }) }),
      },
    },
    async (request, reply) => {
      const actor = await authenticate(deps, request);
      const result = await replyToCase(deps, actor, request.params.id, {
        ...request.body,
        direction: request.body.direction ?? 'out',
      });
      return reply.status(201).send(result);
    },
  );
}
