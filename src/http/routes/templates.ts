// The store's own reply templates (S15): every one passes the tone guard before it is saved.
import { Type } from '@sinclair/typebox';
import { and, eq, type SQL } from 'drizzle-orm';
import { templates } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../flows/app-error.ts';
import { writeAudit } from '../../flows/write-audit.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { IdParams, NullableString, Ok, responses, Time } from '../schemas.ts';

import { assertTone } from './reviews.ts';

const TemplateView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  category: NullableString,
  stage: NullableString,
  language: Type.String(),
  body: Type.String(),
  updatedAt: Time,
});
const TemplateBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  category: Type.Optional(Type.String({ maxLength: 60 })),
  stage: Type.Optional(Type.String({ maxLength: 30 })),
  language: Type.String({ minLength: 2, maxLength: 35 }),
  body: Type.String({ minLength: 1, maxLength: 20_000 }),
});

const toTemplate = (t: typeof templates.$inferSelect) => ({
  id: t.id,
  name: t.name,
  category: t.category,
  stage: t.stage,
  language: t.language,
  body: t.body,
  updatedAt: t.updatedAt.toISOString(),
});

/** /templates, /templates/:id. */
export function registerTemplateRoutes(app: App, deps: Deps): void {
  app.get(
    '/templates',
    {
      schema: {
        tags: ['templates'],
        querystring: Type.Object({
          language: Type.Optional(Type.String({ maxLength: 35 })),
          category: Type.Optional(Type.String({ maxLength: 60 })),
        }),
        response: responses({ 200: Type.Object({ items: Type.Array(TemplateView) }) }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      const where: SQL[] = [eq(templates.storeId, actor.storeId)];
      if (request.query.language) where.push(eq(templates.language, request.query.language));
      if (request.query.category) where.push(eq(templates.category, request.query.category));
      const rows = await deps.db
        .select()
        .from(templates)
        .where(and(...where))
        .orderBy(templates.name);
      return { items: rows.map(toTemplate) };
    },
  );

  app.get(
    '/templates/:id',
    { schema: { tags: ['templates'], params: IdParams, response: responses({ 200: TemplateView }) } },
    async (request) => {
      const actor = await authenticate(deps, request);
      const [row] = await deps.db
        .select()
        .from(templates)
        .where(and(eq(templates.id, request.params.id), eq(templates.storeId, actor.storeId)));
      if (!row) throw notFound('template');
      return toTemplate(row);
    },
  );

  app.post(
    '/templates',
    { schema: { tags: ['templates'], body: TemplateBody, response: responses({ 201: TemplateView }) } },
    async (request, reply) => {
      const actor = await authenticate(deps, request, 'supervisor');
      assertTone(request.body.body, request.body.language, 'body');
      const row = await deps.db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(templates)
          .values({ id: deps.ids(), storeId: actor.storeId, ...request.body })
          .returning();
        if (!inserted) throw new AppError('internal', 'template insert returned nothing');
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'template.created',
          entity: 'template',
          entityId: inserted.id,
        });
        return inserted;
      });
      return reply.status(201).send(toTemplate(row));
    },
  );

  app.put(
    '/templates/:id',
    {
      schema: { tags: ['templates'], params: IdParams, body: TemplateBody, response: responses({ 200: TemplateView }) },
    },
    async (request) => {
      const actor = await authenticate(deps, request, 'supervisor');
      assertTone(request.body.body, request.body.language, 'body');
      const row = await deps.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(templates)
          .set({ ...request.body, updatedAt: deps.clock.now() })
          .where(and(eq(templates.id, request.params.id), eq(templates.storeId, actor.storeId)))
          .returning();
        if (!updated) throw notFound('template');
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'template.updated',
          entity: 'template',
          entityId: updated.id,
        });
        return updated;
      });
      return toTemplate(row);
    },
  );

  app.delete(
    '/templates/:id',
    { schema: { tags: ['templates'], params: IdParams, response: responses({ 200: Ok }) } },
    async (request) => {
      const actor = await authenticate(deps, request, 'supervisor');
      await deps.db.transaction(async (tx) => {
        const gone = await tx
          .delete(templates)
          .where(and(eq(templates.id, request.params.id), eq(templates.storeId, actor.storeId)))
          .returning({ id: templates.id });
        if (!gone.length) throw notFound('template');
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'template.deleted',
          entity: 'template',
          entityId: request.params.id,
        });
      });
      return { ok: true };
    },
  );
}
