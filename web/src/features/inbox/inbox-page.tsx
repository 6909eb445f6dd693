// The inbox: one page of cases from the server (paginated, filtered and searched server-side),
// navigable with j/k/Enter like the helpdesks agents already know.
import { useEffect, useRef, useState } from 'react';
import { useCases } from '../../api/hooks.ts';
import type { CaseFilters } from '../../api/keys.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate } from '../../router.ts';
import { InboxFilters } from './inbox-filters.tsx';
import { InboxTable } from './inbox-table.tsx';
import { NewCaseForm } from './new-case-form.tsx';

const PAGE = 50;
const KEYS = ['view', 'q', 'status', 'category', 'language', 'channel'] as const;

function readFilters(params: URLSearchParams): CaseFilters {
  const f: CaseFilters = {};
  for (const k of KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  const offset = Number(params.get('offset'));
  if (offset > 0) f.offset = offset;
  return f;
}

function writeFilters(f: CaseFilters): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return `#/inbox${s ? `?${s}` : ''}`;
}

/** Inbox screen: saved views, filters, search, the case table and paging. */
export function InboxPage({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const filters = readFilters(params);
  const cases = useCases(filters);
  const [cursor, setCursor] = useState(0);
  const tableRef = useRef<HTMLTableElement>(null);
  const items = cases.data?.items ?? [];
  const total = cases.data?.total ?? 0;
  const offset = filters.offset ?? 0;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target;
      if (target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]')) return;
      if (e.key === 'j') setCursor((c) => Math.max(0, Math.min(c + 1, items.length - 1)));
      else if (e.key === 'k') setCursor((c) => Math.max(c - 1, 0));
      else if (
        e.key === 'Enter' &&
        items[cursor] &&
        !(target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement)
      )
        navigate(`#/cases/${items[cursor].id}`);
      else if (e.key === '/') {
        e.preventDefault();
        document.getElementById('inbox-search')?.focus();
      } else return;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, cursor]);

  useEffect(() => {
    tableRef.current?.querySelector<HTMLElement>(`[data-row="${cursor}"] a`)?.focus({ preventScroll: false });
  }, [cursor]);

  return (
    <section aria-labelledby="inbox-title" className="inbox">
      <div className="page-head">
        <h1 id="inbox-title">{t('inbox.title')}</h1>
        <p className="muted">{t('inbox.keys')}</p>
      </div>
      <NewCaseForm />
      <InboxFilters filters={filters} onChange={(f) => navigate(writeFilters(f))} />
      {cases.error && (
        <p role="alert" className="error">
          {t('common.error', { detail: cases.error.message })}
        </p>
      )}
      <p className="muted" aria-live="polite">
        {cases.loading && !cases.data
          ? t('common.loading')
          : cases.data?.totalCapped
            ? t('inbox.totalCapped', { count: total })
            : t('inbox.total', { count: total })}
      </p>
      {cases.data && <InboxTable ref={tableRef} items={items} cursor={cursor} onFocusRow={setCursor} />}
      <div className="pager">
        <button
          type="button"
          disabled={offset === 0}
          onClick={() => navigate(writeFilters({ ...filters, offset: Math.max(0, offset - PAGE) || undefined }))}
        >
          {t('common.previous')}
        </button>
        <span>{t('common.page', { page: Math.floor(offset / PAGE) + 1 })}</span>
        <button
          type="button"
          disabled={offset + PAGE >= total}
          onClick={() => navigate(writeFilters({ ...filters, offset: offset + PAGE }))}
        >
          {t('common.next')}
        </button>
      </div>
    </section>
  );
}
