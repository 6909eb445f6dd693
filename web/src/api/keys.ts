// The query-key factory: every key the console fetches by, so invalidation by prefix is exact.
export type CaseFilters = {
  view?: string;
  q?: string;
  status?: string;
  category?: string;
  language?: string;
  channel?: string;
  offset?: number;
};

export const queryKeys = {
  me: ['me'] as const,
  store: ['store'] as const,
  cases: {
    all: ['cases'] as const,
    list: (f: CaseFilters) => ['cases', 'list', f] as const,
    detail: (id: string) => ['cases', 'detail', id] as const,
  },
  customers: { detail: (id: string, reveal = false) => ['customers', id, reveal ? 'revealed' : 'masked'] as const },
  templates: ['templates'] as const,
  users: ['users'] as const,
  approvals: ['approvals'] as const,
  stats: (days: number) => ['stats', days] as const,
};
