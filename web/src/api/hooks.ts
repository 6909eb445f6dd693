// React hooks over the endpoints, keyed by the query-key factory.

import { api } from './endpoints.ts';
import type { CaseFilters } from './keys.ts';
import { queryKeys } from './keys.ts';
import { useMutation, useQuery } from './query.ts';

export const useMe = () => useQuery(queryKeys.me, api.me);
/** The inbox refreshes itself every 20 s so new messages and SLA changes show up without a reload. */
export const useCases = (f: CaseFilters) => useQuery(queryKeys.cases.list(f), () => api.listCases(f), true, 20_000);
export const useCase = (id: string) => useQuery(queryKeys.cases.detail(id), () => api.getCase(id), true, 15_000);
export const useCustomer = (id: string, reveal = false) =>
  useQuery(queryKeys.customers.detail(id, reveal), () => api.getCustomer(id, reveal));
export const useTemplates = () => useQuery(queryKeys.templates, api.listTemplates);
export const useUsers = (enabled = true) => useQuery(queryKeys.users, api.listUsers, enabled);
export const useApprovals = (enabled = true, refreshMs = 0) =>
  useQuery(queryKeys.approvals, api.listApprovals, enabled, refreshMs);
export const useStats = (days: number) => useQuery(queryKeys.stats(days), () => api.stats(days));

/** Writes that change a case refresh the case, the inbox and the approvals queue. */
export const useCaseMutation = <A, T>(write: (args: A) => Promise<T>) =>
  useMutation(write, [queryKeys.cases.all, queryKeys.approvals, ['customers'], ['stats']]);
