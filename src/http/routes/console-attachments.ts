// A message's attachment for the case view: the stored bytes, served so that nothing a customer
// sent can run in the console — images inline (never SVG), everything else as a download, with
// no sniffing and a sandboxing content policy.
import { and, eq } from 'drizzle-orm';
import { attachments } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../flows/app-error.ts';
import { writeAudit } from '../../flows/write-audit.ts';
import type { App } from '../app.ts';
import { authenticate } from '../authenticate.ts';
import { IdParams } from '../schemas.ts';

const INLINE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** GET /console/attachments/:id (the bytes, or a redirect for an attachment stored by URL). */
export function registerConsoleAttachmentRoutes(app: App, deps: Deps): void {
  app.get('/console/attachments/:id', { schema: { tags: ['console'], params: IdParams } }, async (request, reply) => {
    const actor = await authenticate(deps, request);
    const [file] = await deps.db
      .select()
      .from(attachments)
      .where(and(eq(attachments.id, request.params.id), eq(attachments.storeId, actor.storeId)));
    if (!file) throw notFound('attachment');
    await writeAudit(deps.db, deps, actor.storeId, actor, {
      action: 'attachment.viewed',
      entity: 'attachment',
      entityId: file.id,
    });
    if (!file.data && file.url && /^https?:\/\//i.test(file.url)) return reply.redirect(file.url);
    if (!file.data) throw notFound('attachment content');
    const type =
      file.contentType && INLINE.has(file.contentType.toLowerCase())
        ? file.contentType.toLowerCase()
        : 'application/octet-stream';
    const name = (file.name ?? 'attachment').replace(/[^\p{L}\p{N}._ -]/gu, '_');
    reply
      .header('content-type', type)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header(
        'content-disposition',
        `${type === 'application/octet-stream' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
    return reply.send(Buffer.from(file.data));
  });
}
