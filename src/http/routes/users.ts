// The store's own record and its people: stores(own) for everyone to read and the owner to change,
// users and API tokens managed by the owner only.
import { Type } from '@sinclair/typebox';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { apiTokens, ROLES, sessions, stores, users } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError, notFound } from '../../flows/app-error.ts';
import { mergePolicyOverrides } from '../../flows/policy-defaults.ts';
import { hashPassword, hashToken, newToken } from '../../flows/secrets.ts';
import { literals } from '../../flows/typebox-literals.ts';
import { writeAudit } from '../../flows/write-audit.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { IdParams, isoOrNull, NullableTime, Ok, responses, Time } from '../schemas.ts';

const Policy = Type.Record(Type.String(), Type.Union([Type.Number(), Type.String()]), {
  description: 'DOMAIN.md §5 parameters, camelCase',
});
const StoreView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  currency: Type.String(),
  language: Type.String(),
  policy: Policy,
  createdAt: Time,
});
const UserView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Type.String(),
  disabled: Type.Boolean(),
  createdAt: Time,
});
const TokenView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  userId: Type.String(),
  createdAt: Time,
  lastUsedAt: NullableTime,
  revokedAt: NullableTime,
});

const toUser = (u: typeof users.$inferSelect) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  disabled: u.disabled,
  createdAt: u.createdAt.toISOString(),
});

async function loadStore(deps: Deps, storeId: string) {
  const [s] = await deps.db.select().from(stores).where(eq(stores.id, storeId));
  if (!s) throw notFound('store');
  return {
    id: s.id,
    name: s.name,
    currency: s.currency,
    language: s.language,
    policy: s.policy,
    createdAt: s.createdAt.toISOString(),
  };
}

/** /stores/current, /users, /users/:id, /tokens. */
export function registerUserRoutes(app: App, deps: Deps): void {
  app.get(
    '/stores/current',
    { schema: { tags: ['accounts'], response: responses({ 200: StoreView }) } },
    async (request) => {
      const actor = await authenticate(deps, request);
      return loadStore(deps, actor.storeId);
    },
  );

  app.patch(
    '/stores/current',
    {
      schema: {
        tags: ['accounts'],
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            language: Type.Optional(Type.String({ maxLength: 35 })),
            // Merged into the current overrides; null removes one (back to the default).
            policy: Type.Optional(
              Type.Record(
                Type.String(),
                Type.Union([Type.Number({ minimum: 0 }), Type.String({ maxLength: 60 }), Type.Null()]),
              ),
            ),
          },
          { minProperties: 1 },
        ),
        response: responses({ 200: StoreView }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request, 'owner');
      const { policy, ...rest } = request.body;
      await deps.db.transaction(async (tx) => {
        const [current] = await tx
          .select({ policy: stores.policy })
          .from(stores)
          .where(eq(stores.id, actor.storeId))
          .for('update');
        const changes = { ...rest, ...(policy ? { policy: mergePolicyOverrides(current?.policy, policy) } : {}) };
        await tx
          .update(stores)
          .set({ ...changes, updatedAt: deps.clock.now() })
          .where(eq(stores.id, actor.storeId));
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'store.updated',
          entity: 'store',
          entityId: actor.storeId,
          detail: { ...request.body },
        });
      });
      return loadStore(deps, actor.storeId);
    },
  );

  app.get(
    '/users',
    { schema: { tags: ['accounts'], response: responses({ 200: Type.Object({ items: Type.Array(UserView) }) }) } },
    async (request) => {
      const actor = await authenticate(deps, request, 'owner');
      const rows = await deps.db
        .select()
        .from(users)
        .where(eq(users.storeId, actor.storeId))
        .orderBy(asc(users.createdAt), asc(users.id));
      return { items: rows.map(toUser) };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['accounts'],
        body: Type.Object({
          email: Type.String({ format: 'email', maxLength: 320 }),
          name: Type.String({ minLength: 1, maxLength: 200 }),
          role: literals(ROLES),
          password: Type.String({ minLength: 10, maxLength: 1000 }),
        }),
        response: responses({ 201: UserView }),
      },
    },
    async (request, reply) => {
      const actor = await authenticate(deps, request, 'owner');
      const [taken] = await deps.db
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.email}) = ${request.body.email.toLowerCase()}`);
      if (taken) throw new AppError('conflict', 'A user with this email already exists.', { field: 'email' });
      const id = deps.ids();
      const passwordHash = await hashPassword(request.body.password);
      const [row] = await deps.db.transaction(async (tx) => {
        const inserted = await tx
          .insert(users)
          .values({
            id,
            storeId: actor.storeId,
            email: request.body.email,
            name: request.body.name,
            role: request.body.role,
            passwordHash,
          })
          .returning();
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'user.created',
          entity: 'user',
          entityId: id,
          detail: { role: request.body.role },
        });
        return inserted;
      });
      if (!row) throw new AppError('internal', 'user insert returned nothing');
      return reply.status(201).send(toUser(row));
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['accounts'],
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            role: Type.Optional(literals(ROLES)),
            disabled: Type.Optional(Type.Boolean()),
            password: Type.Optional(Type.String({ minLength: 10, maxLength: 1000 })),
          },
          { minProperties: 1 },
        ),
        response: responses({ 200: UserView }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request, 'owner');
      const { password, ...rest } = request.body;
      if (request.params.id === actor.userId && ((rest.role && rest.role !== 'owner') || rest.disabled))
        throw new AppError('conflict', 'An owner cannot demote or disable themselves.');
      const passwordHash = password ? await hashPassword(password) : undefined;
      const row = await deps.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(users)
          .set({ ...rest, ...(passwordHash ? { passwordHash } : {}), updatedAt: deps.clock.now() })
          .where(and(eq(users.id, request.params.id), eq(users.storeId, actor.storeId)))
          .returning();
        if (!updated) throw notFound('user');
        if (rest.disabled || passwordHash) await tx.delete(sessions).where(eq(sessions.userId, updated.id));
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'user.updated',
          entity: 'user',
          entityId: updated.id,
          detail: { ...rest, passwordChanged: Boolean(password) },
        });
        return updated;
      });
      return toUser(row);
    },
  );

  app.get(
    '/tokens',
    { schema: { tags: ['accounts'], response: responses({ 200: Type.Object({ items: Type.Array(TokenView) }) }) } },
    async (request) => {
      const actor = await authenticate(deps, request, 'owner');
      const rows = await deps.db
        .select()
        .from(apiTokens)
        .where(eq(apiTokens.storeId, actor.storeId))
        .orderBy(asc(apiTokens.createdAt));
      return {
        items: rows.map((t) => ({
          id: t.id,
          name: t.name,
          userId: t.userId,
          createdAt: t.createdAt.toISOString(),
          lastUsedAt: isoOrNull(t.lastUsedAt),
          revokedAt: isoOrNull(t.revokedAt),
        })),
      };
    },
  );

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['accounts'],
        description:
          'Creates an API token acting as the given user of the store (default: the owner); the token is shown once.',
        body: Type.Object({
          name: Type.String({ minLength: 1, maxLength: 100 }),
          userId: Type.Optional(Type.String({ format: 'uuid' })),
        }),
        response: responses({ 201: Type.Object({ id: Type.String(), token: Type.String() }) }),
      },
    },
    async (request, reply) => {
      const actor = await authenticate(deps, request, 'owner');
      const userId = request.body.userId ?? actor.userId;
      const [user] = await deps.db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, userId), eq(users.storeId, actor.storeId)));
      if (!user) throw new AppError('not_found', 'user not found', { field: 'userId' });
      const token = newToken('as_t_');
      const id = deps.ids();
      await deps.db.transaction(async (tx) => {
        await tx
          .insert(apiTokens)
          .values({ id, storeId: actor.storeId, userId, name: request.body.name, tokenHash: hashToken(token) });
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'token.created',
          entity: 'api_token',
          entityId: id,
          detail: { userId },
        });
      });
      return reply.status(201).send({ id, token });
    },
  );

  app.delete(
    '/tokens/:id',
    { schema: { tags: ['accounts'], params: IdParams, response: responses({ 200: Ok }) } },
    async (request) => {
      const actor = await authenticate(deps, request, 'owner');
      await deps.db.transaction(async (tx) => {
        const revoked = await tx
          .update(apiTokens)
          .set({ revokedAt: deps.clock.now() })
          .where(
            and(eq(apiTokens.id, request.params.id), eq(apiTokens.storeId, actor.storeId), isNull(apiTokens.revokedAt)),
          )
          .returning({ id: apiTokens.id });
        if (!revoked.length) throw notFound('token');
        await writeAudit(tx, deps, actor.storeId, actor, {
          action: 'token.revoked',
          entity: 'api_token',
          entityId: request.params.id,
        });
      });
      return { ok: true };
    },
  );
}
