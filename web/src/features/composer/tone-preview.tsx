// The draft with each tone problem underlined, and the list of problems with reason and better phrasing.
import type { ToneIssue } from '../../../../src/core/tone/check-tone.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** Splits text into plain and flagged pieces; overlapping issues keep the earlier one. */
export function segment(
  text: string,
  issues: ToneIssue[],
): { at: number; text: string; issue?: ToneIssue; index?: number }[] {
  const sorted = issues.map((issue, index) => ({ issue, index })).sort((a, b) => a.issue.start - b.issue.start);
  const out: { at: number; text: string; issue?: ToneIssue; index?: number }[] = [];
  let at = 0;
  for (const { issue, index } of sorted) {
    const start = Math.max(issue.start, at);
    const end = Math.min(issue.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push({ at, text: text.slice(at, start) });
    out.push({ at: start, text: text.slice(start, end), issue, index });
    at = end;
  }
  if (at < text.length) out.push({ at, text: text.slice(at) });
  return out;
}

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
