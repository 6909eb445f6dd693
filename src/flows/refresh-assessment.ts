// S-wide rule: a case is assessed when created and again whenever a message, a tracking event or
// its claim changes. The result is stored on the case and its category/language follow it.
import { and, eq, sql } from 'drizzle-orm';
import { assessCase } from '../core/assess/assess-case.ts';
import type { Assessment } from '../core/types.ts';
import type { Db } from '../db/open-db.ts';
import { cases } from '../db/schema/index.ts';
import { loadCaseFile } from './build-case-file.ts';
import { toSearchTokens } from './search-text.ts';

/** Re-assesses one case inside the caller's transaction and stores the result (with `alsoSet`, in the same update). */
export async function refreshAssessment(
  db: Db,
  storeId: string,
  caseId: string,
  now: Date,
  alsoSet: Partial<typeof cases.$inferInsert> = {},
): Promise<Assessment> {
  const { file, subject, orderNumber } = await loadCaseFile(db, storeId, caseId, now);
  const assessment = assessCase(file);
  const searchText = toSearchTokens([subject, orderNumber ?? '', ...file.messages.map((m) => m.text)].join('\n'));
  await db
    .update(cases)
    .set({
      ...alsoSet,
      assessment,
      assessedAt: now,
      category: assessment.category,
      language: assessment.language,
      disputeKind: assessment.disputeKind,
      fault: assessment.fault,
      stage: assessment.stage,
      searchText,
      searchTsv: sql`to_tsvector('simple', ${searchText})`,
    })
    .where(and(eq(cases.id, caseId), eq(cases.storeId, storeId)));
  return assessment;
}
