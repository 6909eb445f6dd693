// The whole conversation across channels, oldest first. Bodies are rendered as text, never HTML.
import type { Message } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** One list of every inbound, outbound and internal message with its channel and attachments. */
export function Timeline({ messages }: { messages: Message[] }) {
  const { t, tx, dateTime } = useI18n();
  return (
    <section aria-labelledby="timeline-title" className="panel">
      <h2 id="timeline-title">{t('case.timeline')}</h2>
      <ol className="timeline">
        {messages.map((m) => (
          <li key={m.id} className={`msg msg-${m.direction}`}>
            <div className="msg-head">
              <strong>
                {m.direction === 'in'
                  ? (m.sender ?? t('case.direction.in'))
                  : (m.authorName ?? tx(`case.direction.${m.direction}`))}
              </strong>
              <span className="badge">{tx(`channel.${m.channel}`, m.channel)}</span>
              {m.direction === 'note' && <span className="badge note">{t('case.direction.note')}</span>}
              <time dateTime={m.createdAt}>{dateTime(m.createdAt)}</time>
            </div>
            <p className="msg-body" lang={m.language === 'und' ? undefined : m.language}>
              {m.body}
            </p>
            {m.attachments.length > 0 && (
              <ul className="attachments" aria-label={t('case.attachments')}>
                {m.attachments.map((a) => (
                  <li key={a.id}>
                    {a.kind === 'photo' && a.size > 0 && (
                      <img
                        className="thumb"
                        src={`/api/v1/console/attachments/${a.id}`}
                        alt={a.name ?? a.kind}
                        loading="lazy"
                      />
                    )}
                    {a.size > 0 ? (
                      <a href={`/api/v1/console/attachments/${a.id}`} target="_blank" rel="noreferrer noopener">
                        {a.name ?? a.kind}
                      </a>
                    ) : (
                      <span>{a.name ?? a.kind}</span>
                    )}
                    <span className="muted">
                      {' '}
                      ({a.kind}
                      {a.size ? `, ${Math.max(1, Math.round(a.size / 1024))} KB` : ''})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
