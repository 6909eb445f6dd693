// POST /intake: how channels and integrations hand the desk an inbound message.
import { Type } from '@sinclair/typebox';
import type { Deps } from '../../deps.ts';
import { intakeInTransaction } from '../../flows/intake-message.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { responses } from '../schemas.ts';

export const IntakeBody = Type.Object({
  externalId: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 300,
      description: "the channel's message id; the same id twice is stored once",
    }),
  ),
  channel: Type.String({ minLength: 1, maxLength: 40 }),
  from: Type.String({
    minLength: 3,
    maxLength: 320,
    description: 'sender identity: email:…, phone:…, platform:<name>:<account>',
  }),
  name: Type.Optional(Type.String({ maxLength: 200 })),
  subject: Type.Optional(Type.String({ maxLength: 500 })),
  text: Type.String({ minLength: 1, maxLength: 100_000 }),
  orderRef: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  at: Type.Optional(Type.String({ format: 'date-time' })),
  attachments: Type.Optional(
    Type.Array(
      Type.Object({
        kind: Type.Union([Type.Literal('photo'), Type.Literal('video'), Type.Literal('file')]),
        name: Type.Optional(Type.String({ maxLength: 300 })),
        contentType: Type.Optional(Type.String({ maxLength: 100 })),
        url: Type.Optional(Type.String({ maxLength: 2000 })),
        dataBase64: Type.Optional(Type.String({ contentEncoding: 'base64' })),
      }),
      { maxItems: 20 },
    ),
  ),
});

const IntakeResult = Type.Object({
  caseId: Type.String(),
  messageId: Type.String(),
  customerId: Type.String(),
  orderId: Type.Union([Type.String(), Type.Null()]),
  caseCreated: Type.Boolean(),
  duplicate: Type.Boolean(),
});

/** POST /intake → 201 with where the message landed, or 200 with the same answer for a repeat. */
export function registerIntakeRoutes(app: App, deps: Deps): void {
  app.post(
    '/intake',
    { schema: { tags: ['intake'], body: IntakeBody, response: responses({ 200: IntakeResult, 201: IntakeResult }) } },
    async (request, reply) => {
      const actor = await authenticate(deps, request);
      const result = await intakeInTransaction(deps, actor.storeId, actor, request.body);
      return reply.status(result.duplicate ? 200 : 201).send(result);
    },
  );
}
