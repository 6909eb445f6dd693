// Reviews (S14: follow and answer them) and the store's own reply templates (S15), which must pass
// the tone guard before they are saved.
import { Type } from '@sinclair/typebox';
import { and, desc, eq, lte, type SQL } from 'drizzle-orm';
import { checkTone } from '../../core/tone/check-tone.ts';
import { reviews, templates } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../flows/app-error.ts';
import { writeAudit } from '../../flows/write-audit.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { afterCursor, decodeCursor, toPage } from '../paging.ts';
import {
  IdParams,
  isoOrNull,
  NullableString,
  NullableTime,
  Ok,
  Page,
  PageQuery,
  responses,
  Time,
  Uuid,
} from '../schemas.ts';

const ReviewView = Type.Object({
  id: Type.String(),
  customerId: NullableString,
  orderId: NullableString,
  platform: NullableString,
  rating: Type.Integer(),
  body: Type.String(),
  reply: NullableString,
  repliedAt: NullableTime,
  createdAt: Time,
});
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

const toReview = (r: typeof reviews.$inferSelect) => ({
  id: r.id,
  customerId: r.customerId,
  orderId: r.orderId,
  platform: r.platform,
  rating: r.rating,
  body: r.body,
  reply: r.reply,
  repliedAt: isoOrNull(r.repliedAt),
  createdAt: r.createdAt.toISOString(),
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

function assertTone(text: string, language: string): void {
  const { issues } = checkTone(text, { language });
  if (issues.length)
    throw new AppError('unprocessable', 'The text has tone problems.', { field: 'body', extra: { issues } });
}

/** /reviews, /reviews/:id(/reply), /templates, /templates/:id. */
export function registerReviewTemplateRoutes(app: App, deps: Deps): void {
  app.get(
    '/reviews',
    {
      schema: {
        tags: ['reviews'],
        querystring: Type.Object({ ...PageQuery, maxRating: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })) }),
        response: responses({ 200: Page(ReviewView) }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      const limit = request.query.limit ?? 50;
      const where: (SQL | undefined)[] = [
        eq(reviews.storeId, actor.storeId),
        afterCursor(reviews.createdAt, reviews.id, decodeCursor(request.query.cursor)),
      ];
      if (request.query.maxRating) where.push(lte(reviews.rating, request.query.maxRating));
      const rows = await deps.db
        .select()
        .from(reviews)
        .where(and(...where))
        .orderBy(desc(reviews.createdAt), desc(reviews.id))
        .limit(limit + 1);
      return toPage(rows, limit, (r) => ({ at: r.createdAt, id: r.id }), toReview);
    },
  );

  app.post(
    '/reviews',
    {
      schema: {
        tags: ['reviews'],
        body: Type.Object({
          rating: Type.Integer({ minimum: 1, maximum: 5 }),
          body: Type.String({ maxLength: 20_000 }),
          platform: Type.Optional(Type.String({ maxLength: 60 })),
          customerId: Type.Optional(Uuid),
          orderId: Type.Optional(Uuid),
        }),
        response: responses({ 201: ReviewView }),
      },
    },
    async (request, reply) => {
      const actor = await authenticate(deps, request);
      const row = await deps.db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(reviews)
          .values({ id: deps.ids(), storeId: actor.storeId, ...request.body })
          .returning();
        if (!inserted) throw new AppError('internal', 'review insert returned nothing');
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'review.created',
          entity: 'review',
          entityId: inserted.id,
        });
        return inserted;
      });
      return reply.status(201).send(toReview(row));
    },
  );

  app.get(
    '/reviews/:id',
    { schema: { tags: ['reviews'], params: IdParams, response: responses({ 200: ReviewView }) } },
    async (request) => {
      const actor = await authenticate(deps, request);
      const [row] = await deps.db
        .select()
        .from(reviews)
        .where(and(eq(reviews.id, request.params.id), eq(reviews.storeId, actor.storeId)));
      if (!row) throw notFound('review');
      return toReview(row);
    },
  );

  app.post(
    '/reviews/:id/reply',
    {
      schema: {
        tags: ['reviews'],
        params: IdParams,
        body: Type.Object({
          reply: Type.String({ minLength: 1, maxLength: 5000 }),
          language: Type.Optional(Type.String({ maxLength: 35 })),
        }),
        response: responses({ 200: ReviewView }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      assertTone(request.body.reply, request.body.language ?? 'und');
      const row = await deps.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(reviews)
          .set({ reply: request.body.reply, repliedAt: deps.clock.now(), updatedAt: deps.clock.now() })
          .where(and(eq(reviews.id, request.params.id), eq(reviews.storeId, actor.storeId)))
          .returning();
        if (!updated) throw notFound('review');
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'review.replied',
          entity: 'review',
          entityId: updated.id,
        });
        return updated;
      });
      return toReview(row);
    },
  );

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
      assertTone(request.body.body, request.body.language);
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
      assertTone(request.body.body, request.body.language);
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
