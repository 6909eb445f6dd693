// Sign-in for the console (a session cookie) and the caller's own identity.
import { Type } from '@sinclair/typebox';
import type { Deps } from '../../deps.ts';
import { logIn, logOut } from '../../flows/sessions.ts';
import type { App } from '../app.ts';
import { authenticate, SESSION_COOKIE } from '../authenticate.ts';
import { Ok, responses } from '../schemas.ts';

const Me = Type.Object({
  userId: Type.String(),
  storeId: Type.String(),
  role: Type.Union([Type.Literal('owner'), Type.Literal('supervisor'), Type.Literal('agent')]),
  name: Type.String(),
  via: Type.Union([Type.Literal('session'), Type.Literal('token')]),
});

/** POST /auth/login, POST /auth/logout, GET /auth/me. */
export function registerAuthRoutes(app: App, deps: Deps): void {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        security: [],
        body: Type.Object({
          email: Type.String({ minLength: 3, maxLength: 320 }),
          password: Type.String({ minLength: 1, maxLength: 1000 }),
        }),
        response: responses({ 200: Type.Object({ user: Me, expiresAt: Type.String() }) }),
      },
    },
    async (request, reply) => {
      const result = await logIn(deps, { ...request.body, ip: request.ip });
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.config.cookieSecure,
        expires: result.expiresAt,
      });
      return { user: result.actor, expiresAt: result.expiresAt.toISOString() };
    },
  );

  app.post('/auth/logout', { schema: { tags: ['auth'], response: responses({ 200: Ok }) } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await logOut(deps, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/auth/me', { schema: { tags: ['auth'], response: responses({ 200: Me }) } }, async (request) =>
    authenticate(deps, request),
  );
}
