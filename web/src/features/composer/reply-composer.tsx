// The reply composer: starts from the drafted reply, inserts templates, runs the tone guard as the
// agent types (the same pure function the server runs on send), and sends only with an explicit
// override while warnings remain.
import { useDeferredValue, useMemo, useState } from 'react';
import { checkTone, type ToneIssue } from '../../../../src/core/tone/check-tone.ts';
import { ApiError } from '../../api/client.ts';
import { api } from '../../api/endpoints.ts';
import { useCaseMutation, useTemplates } from '../../api/hooks.ts';
import { type CaseDetail, CHANNELS } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { caseFacts, composerTemplates } from './fill-template.ts';
import { toneCaseFile } from './tone-case-file.ts';
import { TonePreview } from './tone-preview.tsx';

function serverIssues(e: unknown): ToneIssue[] | null {
  if (!(e instanceof ApiError) || e.status !== 422) return null;
  const issues = e.problem.issues;
  return Array.isArray(issues)
    ? issues.filter((i): i is ToneIssue => typeof i === 'object' && i !== null && 'kind' in i)
    : null;
}

/** Composer for one case. */
export function ReplyComposer({ detail }: { detail: CaseDetail }) {
  const { t, tx, money } = useI18n();
  const templates = useTemplates();
  const draft = detail.assessment?.reply.text ?? '';
  const [text, setText] = useState(draft);
  const [channel, setChannel] = useState(CHANNELS.find((c) => c === detail.channel) ?? 'email');
  const [isNote, setIsNote] = useState(false);
  const [override, setOverride] = useState(false);
  const [remote, setRemote] = useState<ToneIssue[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const send = useCaseMutation(api.sendMessage.bind(null, detail.id));
  const deferred = useDeferredValue(text);
  const language = detail.language === 'und' ? undefined : detail.language;
  const caseFile = useMemo(() => toneCaseFile(detail), [detail]);
  const issues = useMemo(
    () => (isNote ? [] : checkTone(deferred, { language, caseFile }).issues),
    [deferred, language, isNote, caseFile],
  );
  const shown = remote && remote.length ? remote : issues;
  const blocked = shown.length > 0 && !override;
  const submit = async () => {
    setStatus(null);
    if (!text.trim()) return setStatus(t('composer.empty'));
    try {
      await send.run({ body: text, channel, direction: isNote ? 'note' : 'out', override: override || undefined });
      setText('');
      setOverride(false);
      setRemote(null);
      setStatus(t('composer.sent'));
    } catch (e) {
      const fromServer = serverIssues(e);
      if (fromServer) setRemote(fromServer);
    }
  };
  const options = composerTemplates(
    detail,
    templates.data?.items ?? [],
    caseFacts(detail, (n) => money(n, detail.currency)),
  );
  return (
    <section aria-labelledby="composer-title" className="panel composer">
      <h2 id="composer-title">{t('composer.title')}</h2>
      <div className="composer-tools">
        <label>
          {t('composer.templates')}
          <select
            value=""
            onChange={(e) => {
              const tp = options.find((x) => x.id === e.target.value);
              if (tp) setText((s) => `${s}${s ? '\n\n' : ''}${tp.text}`);
            }}
          >
            <option value="">{t('composer.templateNone')}</option>
            {options.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {`${tp.id.startsWith('lib:') ? tx(`stage.${tp.label}`, tp.label) : tp.label} — ${tp.text.length > 60 ? `${tp.text.slice(0, 59)}…` : tp.text}`}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setText(draft)} disabled={!draft}>
          {t('composer.useDraft')}
        </button>
        <label>
          {t('composer.channel')}
          <select value={channel} onChange={(e) => setChannel(CHANNELS.find((c) => c === e.target.value) ?? 'email')}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={isNote} onChange={(e) => setIsNote(e.target.checked)} />
          {t('composer.note')}
        </label>
      </div>
      <label className="block">
        <span className="sr-only">{t('composer.label')}</span>
        <textarea
          aria-label={t('composer.label')}
          rows={6}
          lang={language}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setRemote(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
          }}
        />
      </label>
      <TonePreview text={remote ? text : deferred} issues={shown} />
      {shown.length > 0 && (
        <label className="check override">
          <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} />
          {t('composer.override')}
        </label>
      )}
      {send.error && !serverIssues(send.error) && (
        <p role="alert" className="error">
          {t('common.error', { detail: send.error.message })}
        </p>
      )}
      {status && <p role="status">{status}</p>}
      <button type="button" className="primary" disabled={blocked || send.busy} onClick={submit}>
        {shown.length > 0 ? t('composer.sendAnyway') : t('composer.send')}
      </button>
    </section>
  );
}
