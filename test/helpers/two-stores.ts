// Two stores, each with an owner, a supervisor and an agent, and store B with one of every kind of
// row — the fixture of the isolation tests.
import { apiTokens, reviews, templates } from '../../src/db/schema/index.ts';
import type { Deps } from '../../src/deps.ts';
import { createAction } from '../../src/flows/manage-actions.ts';
import { hashToken } from '../../src/flows/secrets.ts';
import { buildCase, buildOrder, buildStore, buildUser } from './factories.ts';

/** Store A (the caller's) and store B (someone else's) with B's ids. */
export async function buildTwoStores(deps: Deps) {
  const a = await buildStore(deps, { name: 'Store A' });
  const b = await buildStore(deps, { name: 'Store B', currency: 'CNY', language: 'zh-Hans' });
  const usersA = {
    owner: await buildUser(deps, a.id, { role: 'owner' }),
    supervisor: await buildUser(deps, a.id, { role: 'supervisor' }),
    agent: await buildUser(deps, a.id, { role: 'agent' }),
  };
  const ownerB = await buildUser(deps, b.id, { role: 'owner' });
  const orderB = await buildOrder(deps, b.id, { identity: 'email:b-customer@example.cn' });
  const caseB = await buildCase(deps, b.id, {
    from: 'email:b-customer@example.cn',
    text: `我的订单${orderB.number}还没收到`,
    orderRef: orderB.number,
  });
  const actorB = { userId: ownerB.id, storeId: b.id, role: 'owner' as const, name: 'B', via: 'session' as const };
  const actionB = await createAction(deps, actorB, caseB.caseId, { kind: 'reship', cost: 1000 });
  const reviewId = deps.ids();
  await deps.db.insert(reviews).values({ id: reviewId, storeId: b.id, rating: 2, body: '包装破了' });
  const templateId = deps.ids();
  await deps.db
    .insert(templates)
    .values({ id: templateId, storeId: b.id, name: 'greeting', language: 'zh-Hans', body: '您好，很高兴为您服务。' });
  const tokenId = deps.ids();
  await deps.db
    .insert(apiTokens)
    .values({ id: tokenId, storeId: b.id, userId: ownerB.id, name: 'shop', tokenHash: hashToken(`as_t_${tokenId}`) });
  const idsB = {
    case: caseB.caseId,
    message: caseB.messageId,
    customer: caseB.customerId,
    order: orderB.id,
    shipment: orderB.shipmentId,
    action: actionB.actionId,
    review: reviewId,
    template: templateId,
    user: ownerB.id,
    token: tokenId,
  };
  return { a, b, usersA, ownerB, idsB, orderNumberB: orderB.number };
}
