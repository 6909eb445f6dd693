// The inbox's saved views, search box and filter selects; every change goes into the URL.
import { CATEGORIES, CORE_LANGUAGES } from '../../../../src/core/types.ts';
import type { CaseFilters } from '../../api/keys.ts';
import { CASE_STATUSES, CHANNELS } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export const VIEWS = ['all', 'mine', 'unassigned', 'overdue', 'waiting_carrier', 'closed'] as const;

type Props = { filters: CaseFilters; onChange: (next: CaseFilters) => void };

/** Saved views as tabs-like links plus the filter bar. */
export function InboxFilters({ filters, onChange }: Props) {
  const { t, tx } = useI18n();
  const set = (k: keyof CaseFilters, v: string) => onChange({ ...filters, [k]: v || undefined, offset: undefined });
  const select = (
    k: 'status' | 'category' | 'language' | 'channel',
    values: readonly string[],
    label: (v: string) => string,
  ) => (
    <label>
      {t(`inbox.filter.${k}`)}
      <select value={filters[k] ?? ''} onChange={(e) => set(k, e.target.value)}>
        <option value="">{t('inbox.filter.any')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {label(v)}
          </option>
        ))}
      </select>
    </label>
  );
  const view = filters.view ?? 'all';
  return (
    <div className="filters">
      <nav aria-label={t('inbox.views')} className="views">
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            onClick={() => onChange({ view: v === 'all' ? undefined : v, q: filters.q })}
          >
            {tx(`inbox.view.${v}`)}
          </button>
        ))}
      </nav>
      <form className="filter-bar" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="search">
          <span className="sr-only">{t('inbox.search')}</span>
          <input
            id="inbox-search"
            type="search"
            aria-label={t('inbox.search')}
            placeholder={t('inbox.searchPlaceholder')}
            defaultValue={filters.q ?? ''}
            onKeyDown={(e) => {
              if (e.key === 'Enter') set('q', e.currentTarget.value.trim());
            }}
            onBlur={(e) => e.currentTarget.value.trim() !== (filters.q ?? '') && set('q', e.currentTarget.value.trim())}
          />
        </label>
        {select('status', CASE_STATUSES, (v) => tx(`status.${v}`))}
        {select('category', CATEGORIES, (v) => tx(`category.${v}`))}
        {select('language', CORE_LANGUAGES, (v) => v)}
        {select('channel', CHANNELS, (v) => tx(`channel.${v}`))}
      </form>
    </div>
  );
}
