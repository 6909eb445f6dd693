// POST /channels/webhook/:sourceId — signed JSON from marketplaces and other systems (format in
// src/channels/webhook/WEBHOOK.md) — and the owner's management of webhook sources and secrets.
import { randomBytes } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import { and, eq, isNull } from 'drizzle-orm';
import { applyWebhookEvent } from '../../channels/webhook/apply-webhook-event.ts';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from '../../channels/webhook/sign-webhook.ts';
import { WebhookEvent } from '../../channels/webhook/webhook-event.ts';
import { webhookSources } from '../../db/schema/channels.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../flows/app-error.ts';
import { writeAudit } from '../../flows/write-audit.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { IdParams, Ok, responses } from '../schemas.ts';

const ajv = new Ajv({ allErrors: false, strict: false });
formats.default(ajv);
const validateEvent = ajv.compile<WebhookEvent>(WebhookEvent);

const Source = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  revoked: Type.Boolean(),
});

/** The webhook endpoint (authenticated by signature, not session) and /channels/webhook-sources. */
export function registerWebhookRoutes(app: App, deps: Deps): void {
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    // The signature covers the exact bytes sent, so this scope keeps JSON bodies as raw text.
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    scope.post(
      '/channels/webhook/:id',
      { schema: { tags: ['channels'], params: IdParams } },
      async (request, reply) => {
        const raw = typeof request.body === 'string' ? request.body : '';
        const [source] = await deps.db
          .select()
          .from(webhookSources)
          .where(and(eq(webhookSources.id, request.params.id), isNull(webhookSources.revokedAt)));
        const header = (name: string) => {
          const v = request.headers[name];
          return Array.isArray(v) ? v[0] : v;
        };
        const check = source
          ? verifyWebhook(
              source.secret,
              raw,
              header(SIGNATURE_HEADER),
              header(TIMESTAMP_HEADER),
              Math.floor(deps.clock.now().getTime() / 1000),
            )
          : { ok: false as const, reason: 'mismatch' as const };
        if (!source || !check.ok)
          throw new AppError(
            'unauthenticated',
            `Webhook signature refused (${check.ok ? 'unknown source' : check.reason}).`,
          );
        let event: unknown;
        try {
          event = JSON.parse(raw);
        } catch {
          throw new AppError('bad_request', 'The body is not JSON.');
        }
        if (!validateEvent(event)) {
          const first = validateEvent.errors?.[0];
          throw new AppError(
            'validation',
            `Event does not match the webhook format: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim(),
          );
        }
        const outcome = await applyWebhookEvent(deps, source.storeId, source.id, event);
        return reply.status(outcome.duplicate ? 200 : 202).send(outcome);
      },
    );
  });

  app.get(
    '/channels/webhook-sources',
    { schema: { tags: ['channels'], response: responses({ 200: Type.Object({ items: Type.Array(Source) }) }) } },
    async (request) => {
      const actor = await authenticate(deps, request, 'owner');
      const rows = await deps.db.select().from(webhookSources).where(eq(webhookSources.storeId, actor.storeId));
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          createdAt: r.createdAt.toISOString(),
          revoked: Boolean(r.revokedAt),
        })),
      };
    },
  );

  app.post(
    '/channels/webhook-sources',
    {
      schema: {
        tags: ['channels'],
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: responses({
          201: Type.Object({ id: Type.String(), name: Type.String(), secret: Type.String(), url: Type.String() }),
        }),
      },
    },
    async (request, reply) => {
      const actor = await authenticate(deps, request, 'owner');
      const id = deps.ids();
      const secret = `whsec_${randomBytes(32).toString('base64url')}`;
      await deps.db.transaction(async (tx) => {
        await tx
          .insert(webhookSources)
          .values({ id, storeId: actor.storeId, name: request.body.name, secret, createdAt: deps.clock.now() });
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'webhook_source.created',
          entity: 'webhook_source',
          entityId: id,
          detail: { name: request.body.name },
        });
      });
      // The secret is shown once, here; afterwards only its owner's systems know it.
      return reply.status(201).send({ id, name: request.body.name, secret, url: `/api/v1/channels/webhook/${id}` });
    },
  );

  app.delete(
    '/channels/webhook-sources/:id',
    { schema: { tags: ['channels'], params: IdParams, response: responses({ 200: Ok }) } },
    async (request) => {
      const actor = await authenticate(deps, request, 'owner');
      const revoked = await deps.db
        .update(webhookSources)
        .set({ revokedAt: deps.clock.now() })
        .where(and(eq(webhookSources.id, request.params.id), eq(webhookSources.storeId, actor.storeId)))
        .returning({ id: webhookSources.id });
      if (!revoked.length) throw new AppError('not_found', 'webhook source not found');
      await writeAudit(deps.db, deps, actor.storeId, actor, {
        action: 'webhook_source.revoked',
        entity: 'webhook_source',
        entityId: request.params.id,
      });
      return { ok: true };
    },
  );
}
