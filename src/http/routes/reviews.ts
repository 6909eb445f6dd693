// Reviews (S14): follow them and answer them; the answer passes the tone guard first.
import { Type } from '@sinclair/typebox';
import { and, desc, eq, lte, type SQL } from 'drizzle-orm';
import { checkTone } from '../../core/tone/check-tone.ts';
import { reviews } from '../../db/schema/index.ts';
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

/** Refuses (422, with the issues) a text in which the tone guard finds problems. */
export function assertTone(text: string, language: string, field: string): void {
  const { issues } = checkTone(text, { language });
  if (issues.length) throw new AppError('unprocessable', 'The text has tone problems.', { field, extra: { issues } });
}

/** /reviews, /reviews/:id(/reply), /templates, /templates/:id. */
/** /reviews, /reviews/:id, /reviews/:id/reply. */
export function registerReviewRoutes(app: App, deps: Deps): void {
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
      assertTone(request.body.reply, request.body.language ?? 'und', 'reply');
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
}
