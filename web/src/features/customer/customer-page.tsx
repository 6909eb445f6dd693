// A customer across everything: identities, orders, cases, claims, flags and notes.
import { useState } from 'react';
import { api } from '../../api/endpoints.ts';
import { useCaseMutation, useCustomer } from '../../api/hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { caseRef } from '../inbox/inbox-table.tsx';

/** The customer page; identities arrive masked unless the server was asked to reveal them. */
export function CustomerPage({ id }: { id: string }) {
  const { t, tx, money, dateTime } = useI18n();
  const [reveal, setReveal] = useState(false);
  const query = useCustomer(id, reveal);
  const [note, setNote] = useState('');
  const addNote = useCaseMutation((n: string) => api.addCustomerNote(id, n));
  if (query.error)
    return (
      <p role="alert" className="error">
        {t('common.error', { detail: query.error.message })}
      </p>
    );
  const c = query.data;
  if (!c) return <p>{t('common.loading')}</p>;
  const claims = c.actions;
  return (
    <article aria-labelledby="customer-title" className="customer">
      <h1 id="customer-title">
        {t('customer.title')}: {c.name ?? c.id.slice(0, 8)}
      </h1>
      <div className="grid-2">
        <section className="panel" aria-labelledby="ids-title">
          <h2 id="ids-title">{t('customer.identities')}</h2>
          <ul>
            {c.identities.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
          {!reveal && (
            <button type="button" onClick={() => setReveal(true)}>
              {t('customer.reveal')}
            </button>
          )}
          <h2>{t('customer.flags')}</h2>
          <ul className="chips">
            {c.flags.length ? (
              c.flags.map((f) => (
                <li key={f} className="badge">
                  {f}
                </li>
              ))
            ) : (
              <li>{t('common.none')}</li>
            )}
          </ul>
        </section>
        <section className="panel" aria-labelledby="notes-title">
          <h2 id="notes-title">{t('customer.notes')}</h2>
          <p className="pre">{c.notes ?? t('common.none')}</p>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (note.trim())
                addNote
                  .run(note.trim())
                  .then(() => setNote(''))
                  .catch(() => undefined);
            }}
          >
            <label>
              {t('customer.addNote')}
              <textarea value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
            <button type="submit" disabled={addNote.busy}>
              {t('common.save')}
            </button>
          </form>
        </section>
      </div>
      <section className="panel" aria-labelledby="orders-title">
        <h2 id="orders-title">{t('customer.orders')}</h2>
        <ul>
          {c.orders.map((o) => (
            <li key={o.id}>
              {o.number} · {money(o.amountPaid, c.currency)} · {tx(`orderStatus.${o.status}`, o.status)} ·{' '}
              {dateTime(o.placedAt)}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="cases-title">
        <h2 id="cases-title">{t('customer.cases')}</h2>
        <ul>
          {c.cases.map((k) => (
            <li key={k.id}>
              <a href={`#/cases/${k.id}`}>
                {caseRef(k.id)} {k.subject}
              </a>{' '}
              · {tx(`status.${k.status}`)} · {tx(`category.${k.category}`)}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="claims-title">
        <h2 id="claims-title">{t('customer.claims')}</h2>
        <ul>
          {claims.length === 0 && <li>{t('common.none')}</li>}
          {claims.map((a) => (
            <li key={a.id}>
              {tx(`action.${a.kind}`, a.kind)} · {money(a.cost, c.currency)} ·{' '}
              {tx(`case.action.status.${a.status}`, a.status)}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
