// Owner settings: policy, users and roles, templates.
import { Type } from '@sinclair/typebox';
import { CATEGORIES, STAGES } from '../../core/types.ts';
import { ROLES } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import {
  addTemplate,
  addUser,
  listTemplates,
  listUsers,
  savePolicy,
  setUserRole,
} from '../../flows/console-settings.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { IdParams, responses } from '../schemas.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Anything = Type.Record(Type.String(), Type.Unknown());
const Items = Type.Object({ items: Type.Array(Anything) });

/** PUT /console/policy, GET/POST /console/users, PATCH /console/users/:id, GET/POST /console/templates. */
export function registerConsoleSettingsRoutes(app: App, deps: Deps): void {
  app.put(
    '/console/policy',
    {
      schema: {
        tags: ['console'],
        body: Type.Object({ policy: Anything }),
        response: responses({ 200: Type.Object({ policy: Anything }) }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      return { policy: await savePolicy(deps, actor, request.body.policy) };
    },
  );

  app.get('/console/users', { schema: { tags: ['console'], response: responses({ 200: Items }) } }, async (request) => {
    const actor = await authenticate(deps, request);
    return { items: await listUsers(deps, actor) };
  });

  app.post(
    '/console/users',
    {
      schema: {
        tags: ['console'],
        body: Type.Object({
          name: Type.String({ minLength: 1, maxLength: 200 }),
          email: Type.String({ format: 'email', maxLength: 320 }),
          role: literals(ROLES),
          password: Type.String({ minLength: 8, maxLength: 200 }),
        }),
        response: responses({ 201: Anything }),
      },
    },
    async (request, reply) => {
      const actor = await authenticate(deps, request);
      return reply.status(201).send(await addUser(deps, actor, request.body));
    },
  );

  app.patch(
    '/console/users/:id',
    {
      schema: {
        tags: ['console'],
        params: IdParams,
        body: Type.Object({ role: literals(ROLES) }),
        response: responses({ 200: Anything }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request);
      return setUserRole(deps, actor, request.params.id, request.body.role);
    },
  );

  app.get(
    '/console/templates',
    { schema: { tags: ['console'], response: responses({ 200: Items }) } },
    async (request) => {
      const actor = await authenticate(deps, request);
      return { items: await listTemplates(deps, actor) };
    },
  );

  app.post(
    '/console/templates',
    {
      schema: {
        tags: ['console'],
        body: Type.Object({
          name: Type.String({ minLength: 1, maxLength: 200 }),
          category: Type.Union([literals(CATEGORIES), Type.Null()]),
          stage: Type.Union([literals(STAGES), Type.Null()]),
          language: Type.String({ minLength: 2, maxLength: 35 }),
          body: Type.String({ minLength: 1, maxLength: 10_000 }),
        }),
        response: responses({ 201: Anything }),
      },
    },
    async (request, reply) => {
      const actor = await authenticate(deps, request);
      return reply.status(201).send(await addTemplate(deps, actor, request.body));
    },
  );
}
