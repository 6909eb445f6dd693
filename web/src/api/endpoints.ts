// One function per API call the console makes; screens never build URLs themselves.

import type { ToneReport } from '../../../src/core/tone/check-tone.ts';
import type { ActionKind } from '../../../src/core/types.ts';
import type { ActionParams } from '../../../src/flows/console-action-plan.ts';
import { request, toQuery } from './client.ts';
import type { CaseFilters } from './keys.ts';
import type {
  Approval,
  CaseAction,
  CaseDetail,
  CaseRow,
  Customer,
  Me,
  Page,
  Stats,
  Store,
  Template,
  User,
} from './types.ts';

/** The server validates its responses against its route schemas; the console trusts that contract. */
async function call<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const out: unknown = await request(method, path, body);
  return out as T;
}

export const api = {
  login: (email: string, password: string) => call<{ user: Me }>('POST', '/auth/login', { email, password }),
  logout: () => call<unknown>('POST', '/auth/logout', {}),
  me: () => call<{ user: Me; store: Store }>('GET', '/console/me'),
  listCases: (f: CaseFilters, limit = 50) => call<Page<CaseRow>>('GET', `/console/cases${toQuery({ ...f, limit })}`),
  createCase: (body: { from: string; channel: string; text: string; name?: string; orderRef?: string }) =>
    call<{ caseId: string; messageId: string; caseCreated: boolean }>('POST', '/cases', body),
  getCase: (id: string) => call<CaseDetail>('GET', `/console/cases/${encodeURIComponent(id)}`),
  setStatus: (id: string, status: string) => call<unknown>('PATCH', `/cases/${encodeURIComponent(id)}`, { status }),
  assignCase: (id: string, assigneeId: string | null) =>
    call<unknown>('PATCH', `/cases/${encodeURIComponent(id)}`, { assigneeId }),
  sendMessage: (id: string, body: { body: string; channel: string; direction: 'out' | 'note'; override?: boolean }) =>
    call<unknown>('POST', `/cases/${encodeURIComponent(id)}/messages`, body),
  checkTone: (text: string, language: string) => call<ToneReport>('POST', '/tone', { text, language }),
  takeAction: (id: string, body: { kind: ActionKind; params: ActionParams }) =>
    call<{ id: string; status: string; cost: number }>(
      'POST',
      `/console/cases/${encodeURIComponent(id)}/actions`,
      body,
    ),
  closeCase: (id: string, body: { category: string; rootCause: string; resolution: string; cost: number }) =>
    call<unknown>('POST', `/cases/${encodeURIComponent(id)}/close`, body),
  reopenCase: (id: string) => call<unknown>('PATCH', `/cases/${encodeURIComponent(id)}`, { status: 'open' }),
  getCustomer: (id: string, reveal = false) =>
    call<
      Customer & {
        orders: { id: string; number: string; amountPaid: number; status: string; placedAt: string | null }[];
        cases: CaseRow[];
        actions: CaseAction[];
        currency: string;
      }
    >('GET', `/console/customers/${encodeURIComponent(id)}${reveal ? '?reveal=true' : ''}`),
  addCustomerNote: (id: string, note: string) =>
    call<unknown>('POST', `/console/customers/${encodeURIComponent(id)}/notes`, { note }),
  listTemplates: () => call<{ items: Template[] }>('GET', '/templates'),
  saveTemplate: (t: Omit<Template, 'id'>) =>
    call<Template>('POST', '/templates', {
      name: t.name,
      language: t.language,
      body: t.body,
      category: t.category ?? undefined,
      stage: t.stage ?? undefined,
    }),
  listUsers: () => call<{ items: User[] }>('GET', '/users'),
  addUser: (u: { name: string; email: string; role: string; password: string }) => call<User>('POST', '/users', u),
  setRole: (id: string, role: string) => call<User>('PATCH', `/users/${encodeURIComponent(id)}`, { role }),
  savePolicy: (policy: Record<string, unknown>) => call<Store>('PATCH', '/stores/current', { policy }),
  listApprovals: () => call<{ items: Approval[] }>('GET', '/console/approvals'),
  decide: (id: string, approve: boolean) =>
    call<{ id: string; status: string }>('POST', `/console/approvals/${encodeURIComponent(id)}`, { approve }),
  stats: (days: number) => call<Stats>('GET', `/console/stats${toQuery({ days })}`),
};
