// The demo holds every seed situation as a live, assessed case, and never loads twice.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { count, eq, isNotNull } from 'drizzle-orm';
import { cases, stores, users } from '../../src/db/schema/index.ts';
import { DEMO_STORES, loadDemoIfEmpty } from '../../src/demo/load-demo.ts';
import { verifyPassword } from '../../src/flows/secrets.ts';
import { createTestDeps } from '../helpers/test-db.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
before(async () => {
  deps = await createTestDeps();
});
after(() => deps.cleanup());

test('the demo loads three stores, their users and one open assessed case per situation', async () => {
  const loaded = await loadDemoIfEmpty(deps, 'demo-password-1');
  assert.ok(loaded);
  assert.equal(loaded.users.length, DEMO_STORES.length * 3);
  const [owner] = await deps.db.select().from(users).where(eq(users.email, 'owner@linen.demo'));
  assert.ok(owner && (await verifyPassword(owner.passwordHash, 'demo-password-1')));
  const situations = DEMO_STORES.flatMap((s) => s.situations);
  assert.ok(situations.length >= 15);
  const live = await deps.db.select({ n: count() }).from(cases).where(isNotNull(cases.assessment));
  assert.equal(
    live[0]?.n,
    situations.length,
    'every situation is one assessed case (past claims are closed, unassessed history)',
  );
  const byLanguage = await deps.db
    .select({ language: cases.language, n: count() })
    .from(cases)
    .where(isNotNull(cases.assessment))
    .groupBy(cases.language);
  const languages = new Set(byLanguage.map((r) => r.language));
  for (const language of ['en', 'zh-Hans', 'ru'])
    assert.ok(languages.has(language), `a ${language} case: ${[...languages]}`);
  assert.equal(await loadDemoIfEmpty(deps), null, 'a database with data is left alone');
  assert.equal((await deps.db.select({ n: count() }).from(stores))[0]?.n, DEMO_STORES.length);
});
