// The audit log (owner, supervisor) and the stateless engines: POST /assess and POST /tone.
import { Type } from '@sinclair/typebox';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { assessCase } from '../../core/assess/assess-case.ts';
import { parseCaseFile } from '../../core/assess/parse-case-file.ts';
import { checkTone } from '../../core/tone/check-tone.ts';
import type { CaseFile } from '../../core/types.ts';
import { auditLog } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../flows/app-error.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { afterCursor, decodeCursor, toPage } from '../paging.ts';
import { NullableString, Page, PageQuery, responses, Time } from '../schemas.ts';

const AuditView = Type.Object({
  id: Type.String(),
  actorId: NullableString,
  actorKind: Type.String(),
  action: Type.String(),
  entity: Type.String(),
  entityId: NullableString,
  detail: Type.Record(Type.String(), Type.Unknown()),
  at: Time,
});
const Json = Type.Record(Type.String(), Type.Unknown());

/** GET /audit, POST /assess, POST /tone. */
export function registerAuditAssessRoutes(app: App, deps: Deps): void {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        querystring: Type.Object({
          ...PageQuery,
          entity: Type.Optional(Type.String({ maxLength: 60 })),
          entityId: Type.Optional(Type.String({ maxLength: 100 })),
          action: Type.Optional(Type.String({ maxLength: 100 })),
        }),
        response: responses({ 200: Page(AuditView) }),
      },
    },
    async (request) => {
      const actor = await authenticate(deps, request, 'supervisor');
      const { entity, entityId, action, cursor } = request.query;
      const limit = request.query.limit ?? 50;
      const where: (SQL | undefined)[] = [
        eq(auditLog.storeId, actor.storeId),
        afterCursor(auditLog.at, auditLog.id, decodeCursor(cursor)),
      ];
      if (entity) where.push(eq(auditLog.entity, entity));
      if (entityId) where.push(eq(auditLog.entityId, entityId));
      if (action) where.push(eq(auditLog.action, action));
      const rows = await deps.db
        .select()
        .from(auditLog)
        .where(and(...where))
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(limit + 1);
      return toPage(
        rows,
        limit,
        (r) => ({ at: r.at, id: r.id }),
        (r) => ({ ...r, at: r.at.toISOString() }),
      );
    },
  );

  app.post(
    '/assess',
    {
      schema: {
        tags: ['engines'],
        description: 'The contract of `aftersales assess`: a case file in, its assessment out (CASEFILE.md).',
        body: Json,
        response: responses({ 200: Json }),
      },
    },
    async (request) => {
      await authenticate(deps, request);
      const parsed = parseCaseFile(request.body);
      if (!parsed.ok)
        throw new AppError('validation', `The case file is invalid: ${parsed.errors.join('; ')}`, {
          extra: { errors: parsed.errors },
        });
      return assessCase(parsed.value);
    },
  );

  app.post(
    '/tone',
    {
      schema: {
        tags: ['engines'],
        body: Type.Object({
          text: Type.String({ maxLength: 50_000 }),
          language: Type.Optional(Type.String({ maxLength: 35 })),
          caseFile: Type.Optional(Json),
        }),
        response: responses({
          200: Type.Object({
            language: Type.String(),
            issues: Type.Array(
              Type.Object({
                kind: Type.String(),
                start: Type.Integer(),
                end: Type.Integer(),
                message: Type.String(),
                suggestion: Type.String(),
              }),
            ),
          }),
        }),
      },
    },
    async (request) => {
      await authenticate(deps, request);
      const { text, language, caseFile } = request.body;
      let file: CaseFile | undefined;
      if (caseFile) {
        const parsed = parseCaseFile(caseFile);
        if (!parsed.ok)
          throw new AppError('validation', `caseFile is invalid: ${parsed.errors.join('; ')}`, {
            field: 'caseFile',
            extra: { errors: parsed.errors },
          });
        file = parsed.value;
      }
      return checkTone(text, { language, caseFile: file });
    },
  );
}
