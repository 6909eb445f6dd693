// The draft with each tone problem underlined, and the list of problems with reason and better phrasing.
import type { ToneIssue } from '../../../../src/core/tone/check-tone.ts';
import { segment } from './tone-segments.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** Underlined spans plus one explained item per issue. */
export function TonePreview({ text, issues }: { text: string; issues: ToneIssue[] }) {
  const { t, tx } = useI18n();
  if (!issues.length)
    return text.trim() ? (
      <p className="tone-ok" role="status">
        {t('composer.noWarnings')}
      </p>
    ) : null;
  return (
    <section className="tone" aria-label={t('composer.warnings', { count: issues.length })}>
      <p className="tone-text">
        {segment(text, issues).map((s) =>
          s.issue ? (
            <mark key={s.at} className="tone-span" title={s.issue.message} aria-describedby={`tone-${s.index}`}>
              {s.text}
            </mark>
          ) : (
            <span key={s.at}>{s.text}</span>
          ),
        )}
      </p>
      <ul className="tone-issues" aria-live="polite">
        {issues.map((issue, i) => (
          <li key={`${issue.kind}-${issue.start}`} id={`tone-${i}`} data-kind={issue.kind}>
            <strong>{tx(`tone.${issue.kind}`, issue.kind)}</strong>: “{text.slice(issue.start, issue.end)}” —{' '}
            {issue.message}
            {issue.suggestion && (
              <>
                {' '}
                <span className="muted">{t('composer.better')}</span> {issue.suggestion}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
