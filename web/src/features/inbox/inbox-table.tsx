// The case table of the inbox; rows render customer text as text only.
import type { Ref } from 'react';
import type { CaseRow } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { SlaCountdown } from './sla-countdown.tsx';

type Props = { items: CaseRow[]; cursor: number; onFocusRow: (i: number) => void; ref?: Ref<HTMLTableElement> };

/** Short, stable reference for a case (the start of its id). */
export function caseRef(id: string): string {
  return `#${id.slice(0, 8)}`;
}

/** Subjects are often the first line of a message: keep the row to a glance. */
function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

/** The last message, marked when it was ours (a reply or a note) rather than the customer's. */
function lastLine(c: CaseRow, tx: (key: string) => string): string | null {
  const m = c.lastMessage;
  if (!m) return null;
  return m.direction === 'in'
    ? m.body.slice(0, 120)
    : `${tx(`case.direction.${m.direction}`)}: ${m.body.slice(0, 120)}`;
}

/** One row per case: status, category, language, channel, SLA, assignee, masked customer, last message. */
export function InboxTable({ items, cursor, onFocusRow, ref }: Props) {
  const { t, tx } = useI18n();
  if (!items.length) return <p className="empty">{t('inbox.empty')}</p>;
  return (
    <table ref={ref} className="cases">
      <caption className="sr-only">{t('inbox.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('inbox.col.case')}</th>
          <th scope="col">{t('inbox.col.status')}</th>
          <th scope="col">{t('inbox.col.category')}</th>
          <th scope="col">{t('inbox.col.language')}</th>
          <th scope="col">{t('inbox.col.channel')}</th>
          <th scope="col">{t('inbox.col.sla')}</th>
          <th scope="col">{t('inbox.col.assignee')}</th>
          <th scope="col">{t('inbox.col.customer')}</th>
          <th scope="col">{t('inbox.col.last')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c, i) => (
          <tr key={c.id} data-row={i} className={i === cursor ? 'cursor' : undefined}>
            <td>
              <a href={`#/cases/${c.id}`} onFocus={() => onFocusRow(i)} className="case-link">
                <span className="ref">{caseRef(c.id)}</span> {shorten(c.subject) || tx(`category.${c.category}`)}
              </a>
            </td>
            <td>
              <span className={`badge status-${c.status}`}>{tx(`status.${c.status}`)}</span>
            </td>
            <td>{tx(`category.${c.category}`)}</td>
            <td lang="en">{c.language}</td>
            <td>{tx(`channel.${c.channel}`, c.channel)}</td>
            <td>
              <SlaCountdown
                due={c.status === 'closed' || c.status === 'resolved' ? null : (c.nextDueAt ?? c.firstResponseDueAt)}
              />
            </td>
            <td>{c.assignee?.name ?? <span className="muted">{t('inbox.unassigned')}</span>}</td>
            <td>{c.customer?.name ?? t('common.none')}</td>
            <td className="last">{lastLine(c, tx) ?? t('common.none')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
