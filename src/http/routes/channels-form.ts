// The self-service contact page and its API: verify order number + contact, then report a problem
// with photos and follow the case. Visitors hold a form-session token (Bearer), never a desk login.
import { Type } from '@sinclair/typebox';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { readChannelsConfig } from '../../channels/channels-config.ts';
import { type ChatSession, findChatSession } from '../../channels/chat/chat-session.ts';
import { FORM_CATEGORIES, readFormStatus, reportProblem } from '../../channels/form/form-case.ts';
import { pickFormLanguage, renderFormPage } from '../../channels/form/form-page.ts';
import { verifyOrderContact } from '../../channels/form/verify-order.ts';
import { stores } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../flows/app-error.ts';
import type { App } from '../app.ts';
import { responses, Uuid } from '../schemas.ts';

const StoreParams = Type.Object({ storeId: Uuid });
const Message = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  direction: Type.String(),
  channel: Type.String(),
  body: Type.String(),
  sender: Type.Union([Type.String(), Type.Null()]),
  at: Type.String(),
});
const Status = Type.Object({
  order: Type.Object({
    number: Type.String(),
    status: Type.String(),
    placedAt: Type.Union([Type.String(), Type.Null()]),
  }),
  case: Type.Union([
    Type.Object({ ref: Type.String(), status: Type.String(), messages: Type.Array(Message) }),
    Type.Null(),
  ]),
});

/** GET the page; POST verify; GET session; POST report — under /channels/form/:storeId. */
export function registerFormRoutes(app: App, deps: Deps): void {
  const mailFrom = readChannelsConfig().mailFrom;
  const maxPhoto = deps.config.attachmentMaxBytes;

  async function formSession(request: FastifyRequest, storeId: string): Promise<ChatSession> {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const session = token ? await findChatSession(deps, token, 'form') : undefined;
    if (!session || session.storeId !== storeId)
      throw new AppError('unauthenticated', 'Find your order first (order number and email or phone).');
    return session;
  }

  app.get(
    '/channels/form/:storeId',
    {
      schema: {
        tags: ['channels'],
        params: StoreParams,
        querystring: Type.Object({ lang: Type.Optional(Type.String({ maxLength: 20 })) }),
      },
    },
    async (request, reply) => {
      const [store] = await deps.db
        .select({ name: stores.name })
        .from(stores)
        .where(eq(stores.id, request.params.storeId));
      if (!store) throw new AppError('not_found', 'store not found');
      const lang = pickFormLanguage(request.query.lang, request.headers['accept-language']);
      return reply
        .type('text/html; charset=utf-8')
        .header('x-frame-options', 'SAMEORIGIN')
        .send(renderFormPage(store.name, `/api/v1/channels/form/${request.params.storeId}`, lang, maxPhoto));
    },
  );

  app.post(
    '/channels/form/:storeId/verify',
    {
      schema: {
        tags: ['channels'],
        params: StoreParams,
        body: Type.Object({
          orderNumber: Type.String({ minLength: 1, maxLength: 100 }),
          contact: Type.String({ minLength: 3, maxLength: 320 }),
        }),
        response: responses({ 201: Type.Object({ token: Type.String() }) }),
      },
    },
    async (request, reply) => {
      const result = await verifyOrderContact(deps, request.params.storeId, { ...request.body, ip: request.ip });
      if (result.kind === 'rate_limited')
        throw new AppError('rate_limited', 'Too many attempts; try again in a few minutes.');
      // One answer for an unknown order and for a wrong contact: the page must not confirm that an order exists.
      if (result.kind === 'refused') throw new AppError('not_found', 'No order matches these details.');
      return reply.status(201).send({ token: result.token });
    },
  );

  app.get(
    '/channels/form/:storeId/session',
    { schema: { tags: ['channels'], params: StoreParams, response: responses({ 200: Status }) } },
    async (request) => {
      const status = await readFormStatus(deps, await formSession(request, request.params.storeId));
      if (!status) throw new AppError('not_found', 'order not found');
      return status;
    },
  );

  app.post(
    '/channels/form/:storeId/report',
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['channels'],
        params: StoreParams,
        body: Type.Object({
          category: Type.Union(FORM_CATEGORIES.map((c) => Type.Literal(c))),
          text: Type.String({ minLength: 1, maxLength: 20_000 }),
          photos: Type.Array(
            Type.Object({
              name: Type.String({ maxLength: 300 }),
              contentType: Type.String({ pattern: '^image/', maxLength: 100 }),
              dataBase64: Type.String({ contentEncoding: 'base64' }),
            }),
            { maxItems: 5 },
          ),
        }),
        response: responses({ 201: Type.Object({ caseId: Type.String() }) }),
      },
    },
    async (request, reply) => {
      const session = await formSession(request, request.params.storeId);
      const category = FORM_CATEGORIES.find((c) => c === request.body.category) ?? 'general';
      const photos = request.body.photos.map((p) => ({
        kind: 'photo' as const,
        name: p.name,
        contentType: p.contentType,
        dataBase64: p.dataBase64,
      }));
      const result = await reportProblem(deps, session, { category, text: request.body.text.trim(), photos }, mailFrom);
      return reply.status(201).send(result);
    },
  );
}
