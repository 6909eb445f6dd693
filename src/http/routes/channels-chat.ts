// Chat: the widget script, customer sessions (CORS-open: the widget runs on the store's own site),
// the customer's WebSocket and the agents' live feed of their store's chat messages.
import { readFileSync } from 'node:fs';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import websocket from '@fastify/websocket';
import { Type } from '@sinclair/typebox';
import type { RawData, WebSocket } from 'ws';
import { type ChatMessage, createChatHub } from '../../channels/chat/chat-hub.ts';
import {
  findChatSession,
  openChatSession,
  postChatMessage,
  readChatHistory,
  toCustomerView,
} from '../../channels/chat/chat-session.ts';
import { verifyChat } from '../../channels/chat/verify-chat.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../flows/app-error.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { responses, Uuid } from '../schemas.ts';

const WIDGET = readFileSync(new URL('../../channels/chat/widget.js', import.meta.url), 'utf8');
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '600',
};

/** GET widget.js, POST sessions, and the two WebSockets under /channels/chat. */
export function registerChatRoutes(app: App, deps: Deps): void {
  const hub = createChatHub(deps);
  app.addHook('onClose', async () => hub.stop());

  app.get('/channels/chat/widget.js', { schema: { tags: ['channels'] } }, async (_request, reply) =>
    reply
      .type('application/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .send(WIDGET),
  );

  app.options('/channels/chat/:storeId/sessions', async (_request, reply) => reply.headers(CORS).status(204).send());
  app.post(
    '/channels/chat/:storeId/sessions',
    {
      schema: {
        tags: ['channels'],
        params: Type.Object({ storeId: Uuid }),
        body: Type.Object({
          name: Type.Optional(Type.String({ maxLength: 200 })),
          email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
          language: Type.Optional(Type.String({ maxLength: 20 })),
        }),
        response: responses({ 201: Type.Object({ token: Type.String() }) }),
      },
    },
    async (request, reply) => {
      const session = await openChatSession(deps, request.params.storeId, request.body);
      if (!session) throw new AppError('not_found', 'store not found');
      return reply.headers(CORS).status(201).send(session);
    },
  );

  // A visitor proves an order (number + email or phone) and the chat joins that customer.
  app.options('/channels/chat/verify', async (_request, reply) =>
    reply
      .headers({ ...CORS, 'access-control-allow-headers': 'content-type, authorization' })
      .status(204)
      .send(),
  );
  app.post(
    '/channels/chat/verify',
    {
      schema: {
        tags: ['channels'],
        body: Type.Object({
          orderNumber: Type.String({ minLength: 1, maxLength: 100 }),
          contact: Type.String({ minLength: 3, maxLength: 320 }),
        }),
        response: responses({ 200: Type.Object({ verified: Type.Boolean(), movedCases: Type.Integer() }) }),
      },
    },
    async (request, reply) => {
      reply.headers(CORS);
      const header = request.headers.authorization;
      const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
      const session = token ? await findChatSession(deps, token) : undefined;
      if (!session) throw new AppError('unauthenticated', 'Open the chat first.');
      const result = await verifyChat(deps, session, { ...request.body, ip: request.ip });
      if (result.kind === 'rate_limited')
        throw new AppError('rate_limited', 'Too many attempts; try again in a few minutes.');
      if (result.kind === 'refused') throw new AppError('not_found', 'No order matches these details.');
      return { verified: true, movedCases: result.movedCases };
    },
  );

  app.register(async (plain) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    await scope.register(websocket, { options: { maxPayload: 64 * 1024 } });

    scope.get(
      '/channels/chat/ws',
      { websocket: true, schema: { querystring: Type.Object({ token: Type.String({ maxLength: 200 }) }) } },
      async (socket, request) => {
        // Listen before the first await: frames that arrive while the session is looked up would
        // otherwise be dropped (a widget sends as soon as the socket opens).
        const early: RawData[] = [];
        let onFrame: ((data: RawData) => Promise<void>) | undefined;
        socket.on('message', (data) => (onFrame ? void onFrame(data) : early.push(data)));
        const session = await findChatSession(deps, request.query.token);
        if (!session) return closeWith(socket, { type: 'expired' });
        let unwatch = session.caseId ? watchCustomer(session.caseId) : undefined;
        if (session.caseId) send(socket, { type: 'history', messages: await readChatHistory(deps, session.caseId) });
        onFrame = async (data) => {
          const frame = parseFrame(data.toString());
          if (!frame)
            return send(socket, { type: 'error', detail: 'expected {"type":"message","text":"…","clientId":"…"}' });
          try {
            const result = await postChatMessage(deps, session, frame.text, frame.clientId);
            unwatch ??= watchCustomer(result.caseId);
            await hub.poll();
          } catch (error) {
            deps.log.warn(`chat message refused: ${String(error)}`);
            send(socket, { type: 'error', detail: 'message not stored, please try again' });
          }
        };
        for (const data of early.splice(0)) await onFrame(data);
        socket.on('close', () => unwatch?.());
        function watchCustomer(caseId: string) {
          return hub.watchCase(caseId, (m: ChatMessage) => {
            if (m.direction === 'in' || m.direction === 'out')
              send(socket, { type: 'message', message: toCustomerView({ ...m, createdAt: new Date(m.at) }) });
          });
        }
      },
    );

    // Agents: every chat message of the store, live (the console opens this next to the inbox).
    scope.get('/channels/chat/agent', { websocket: true }, async (socket, request) => {
      const actor = await authenticate(deps, request).catch(() => undefined);
      if (!actor) return closeWith(socket, { type: 'unauthenticated' });
      const unwatch = hub.watchStore(actor.storeId, (m) => {
        if (m.channel === 'chat') send(socket, { type: 'message', message: m });
      });
      socket.on('close', unwatch);
      send(socket, { type: 'ready' });
    });
  });
}

function send(socket: WebSocket, payload: unknown): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
}

function closeWith(socket: WebSocket, payload: unknown): void {
  send(socket, payload);
  socket.close(4401);
}

function parseFrame(text: string): { text: string; clientId: string } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || !('type' in value) || value.type !== 'message') return undefined;
    const body = 'text' in value && typeof value.text === 'string' ? value.text.trim().slice(0, 4000) : '';
    const clientId =
      'clientId' in value && typeof value.clientId === 'string' && /^[\w-]{1,64}$/.test(value.clientId)
        ? value.clientId
        : '';
    return body && clientId ? { text: body, clientId } : undefined;
  } catch {
    return undefined;
  }
}
