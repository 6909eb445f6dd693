// Turns the request's session cookie or bearer token into the actor, or refuses with 401.
import type { FastifyRequest } from 'fastify';
import type { Role } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../flows/actor.ts';
import { requireRole } from '../flows/actor.ts';
import { AppError } from '../flows/app-error.ts';
import { findActor } from '../flows/sessions.ts';

export const SESSION_COOKIE = 'as_session';

/** The signed-in actor; with `least`, also refuses (403) a role below it. */
export async function authenticate(deps: Deps, request: FastifyRequest, least?: Role): Promise<Actor> {
  const header = request.headers.authorization;
  const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  const actor = await findActor(deps, { bearer, sessionToken: request.cookies[SESSION_COOKIE] });
  if (!actor) throw new AppError('unauthenticated', 'Sign in, or send an API token as "Authorization: Bearer …".');
  if (least) requireRole(actor, least);
  return actor;
}
