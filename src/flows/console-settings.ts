// Owner settings from the console: the store's policy, its users and roles, its reply templates.
// A template that fails the tone guard is refused (issue 4), so no bad phrasing becomes a habit.
import { and, asc, eq } from 'drizzle-orm';
import { DEFAULT_POLICY } from '../core/policy/default-policy.ts';
import { checkTone } from '../core/tone/check-tone.ts';
import type { Policy, PolicyInput } from '../core/types.ts';
import { type Role, stores, templates, users } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import { type Actor, requireRole } from './actor.ts';
import { AppError, notFound } from './app-error.ts';
import { hashPassword } from './secrets.ts';
import { writeAudit } from './write-audit.ts';

type NumericKey = Exclude<keyof Policy, 'personalizationCustomerErrorDefault'>;
const NUMERIC_KEYS = Object.keys(DEFAULT_POLICY).filter(
  (k): k is NumericKey => k !== 'personalizationCustomerErrorDefault',
);

/** Keeps only known policy keys with usable values; anything else is a validation error on that key. */
export function cleanPolicy(input: Record<string, unknown>): PolicyInput {
  const out: PolicyInput = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'personalizationCustomerErrorDefault') {
      if (value !== 'redo_at_cost' && value !== 'redo_free')
        throw new AppError('validation', `${key}: redo_at_cost or redo_free`, { field: `policy.${key}` });
      out.personalizationCustomerErrorDefault = value;
      continue;
    }
    const known = NUMERIC_KEYS.find((k) => k === key);
    if (!known) throw new AppError('validation', `${key}: not a policy value`, { field: `policy.${key}` });
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new AppError('validation', `${key}: a number ≥ 0`, { field: `policy.${key}` });
    out[known] = value;
  }
  return out;
}

/** Replaces the store's policy overrides (owner only). */
export async function savePolicy(deps: Deps, actor: Actor, input: Record<string, unknown>) {
  requireRole(actor, 'owner');
  const policy = cleanPolicy(input);
  await deps.db.transaction(async (tx) => {
    await tx.update(stores).set({ policy, updatedAt: deps.clock.now() }).where(eq(stores.id, actor.storeId));
    await writeAudit(tx, deps, actor.storeId, actor, {
      action: 'policy.updated',
      entity: 'store',
      entityId: actor.storeId,
      detail: { policy },
    });
  });
  return policy;
}

/** The store's users (owner only: it lists e-mail addresses). */
export async function listUsers(deps: Deps, actor: Actor) {
  requireRole(actor, 'owner');
  const rows = await deps.db.select().from(users).where(eq(users.storeId, actor.storeId)).orderBy(asc(users.createdAt));
  return rows.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role, disabled: u.disabled }));
}

/** Adds a user to the store; the e-mail must be unused. */
export async function addUser(
  deps: Deps,
  actor: Actor,
  input: { name: string; email: string; role: Role; password: string },
) {
  requireRole(actor, 'owner');
  const [taken] = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, input.email.toLowerCase()));
  if (taken) throw new AppError('conflict', 'That e-mail already has an account.', { field: 'email' });
  const id = deps.ids();
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(users)
      .values({
        id,
        storeId: actor.storeId,
        email: input.email.toLowerCase(),
        name: input.name,
        role: input.role,
        passwordHash,
      });
    await writeAudit(tx, deps, actor.storeId, actor, {
      action: 'user.created',
      entity: 'user',
      entityId: id,
      detail: { role: input.role },
    });
  });
  return { id, name: input.name, email: input.email.toLowerCase(), role: input.role, disabled: false };
}

/** Changes a user's role; the owner cannot demote themself (a store always keeps an owner). */
export async function setUserRole(deps: Deps, actor: Actor, userId: string, role: Role) {
  requireRole(actor, 'owner');
  if (userId === actor.userId && role !== 'owner')
    throw new AppError('conflict', 'You cannot remove your own owner role.', { field: 'role' });
  const [u] = await deps.db
    .update(users)
    .set({ role, updatedAt: deps.clock.now() })
    .where(and(eq(users.id, userId), eq(users.storeId, actor.storeId)))
    .returning();
  if (!u) throw notFound('user');
  await writeAudit(deps.db, deps, actor.storeId, actor, {
    action: 'user.role_changed',
    entity: 'user',
    entityId: userId,
    detail: { role },
  });
  return { id: u.id, name: u.name, email: u.email, role: u.role, disabled: u.disabled };
}

/** The store's templates, for the composer and the settings page. */
export async function listTemplates(deps: Deps, actor: Actor) {
  const rows = await deps.db
    .select()
    .from(templates)
    .where(eq(templates.storeId, actor.storeId))
    .orderBy(asc(templates.language), asc(templates.name));
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    category: t.category,
    stage: t.stage,
    language: t.language,
    body: t.body,
  }));
}

/** Saves a template after the tone guard passes it (supervisors and owners). */
export async function addTemplate(
  deps: Deps,
  actor: Actor,
  input: { name: string; category: string | null; stage: string | null; language: string; body: string },
) {
  requireRole(actor, 'supervisor');
  const issues = checkTone(input.body, { language: input.language }).issues;
  if (issues.length)
    throw new AppError('unprocessable', 'The template fails the tone guard.', { field: 'body', extra: { issues } });
  const id = deps.ids();
  await deps.db.insert(templates).values({ id, storeId: actor.storeId, ...input });
  await writeAudit(deps.db, deps, actor.storeId, actor, {
    action: 'template.created',
    entity: 'template',
    entityId: id,
  });
  return { id, ...input };
}
