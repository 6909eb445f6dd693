// The case view: conversation and composer on the left; facts, stages, evidence, recommendation,
// actions, order, shipments and the closing record on the right.
import { useState } from 'react';
import type { ActionKind } from '../../../../src/core/types.ts';
import type { ActionParams } from '../../../../src/flows/console-action-plan.ts';
import { api } from '../../api/endpoints.ts';
import { useCase, useCaseMutation } from '../../api/hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.ts';
import { ReplyComposer } from '../composer/reply-composer.tsx';
import { caseRef } from '../inbox/inbox-table.tsx';
import { ActionDialog } from './action-dialog.tsx';
import { ActionsPanel } from './actions-panel.tsx';
import { CaseFacts } from './case-facts.tsx';
import { CloseCaseForm } from './close-case-form.tsx';
import { EvidenceSheet } from './evidence-sheet.tsx';
import { OrderPanel } from './order-panel.tsx';
import { RecommendationPanel } from './recommendation-panel.tsx';
import { ShipmentsPanel } from './shipments-panel.tsx';
import { StageStepper } from './stage-stepper.tsx';
import { Timeline } from './timeline.tsx';

/** One case, everything an agent needs to work it to a closed record. */
export function CasePage({ id }: { id: string }) {
  const { t, tx } = useI18n();
  const { user } = useSession();
  const query = useCase(id);
  const [choosing, setChoosing] = useState<ActionKind | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const act = useCaseMutation((a: { kind: ActionKind; params: ActionParams }) => api.takeAction(id, a));
  const close = useCaseMutation((r: { category: string; rootCause: string; resolution: string; cost: number }) =>
    api.closeCase(id, r),
  );
  const reopen = useCaseMutation(() => api.reopenCase(id));
  const assign = useCaseMutation(() => api.assignCase(id, user.id));
  const setStatus = useCaseMutation((status: string) => api.setStatus(id, status));
  if (query.error && !query.data)
    return (
      <p role="alert" className="error">
        {t('common.error', { detail: query.error.message })}
      </p>
    );
  const c = query.data;
  if (!c) return <p>{t('common.loading')}</p>;
  const closed = c.status === 'closed';
  const sideError = [assign, setStatus, reopen].map((m) => m.error?.message).find(Boolean);
  const confirm = async (params: ActionParams) => {
    if (!choosing) return;
    try {
      const done = await act.run({ kind: choosing, params });
      const name = tx(`action.${choosing}`, choosing);
      setNotice(
        done.status === 'awaiting_approval'
          ? t('action.pending', { action: name })
          : t('action.done', { action: name }),
      );
      setChoosing(null);
    } catch {
      // act.error is shown in the dialog
    }
  };
  return (
    <article className="case" aria-labelledby="case-title">
      <div className="page-head">
        <a href="#/inbox">← {t('case.back')}</a>
        <h1 id="case-title">
          {t('case.title', { ref: caseRef(c.id) })}{' '}
          <span className="subject">{c.subject.length > 90 ? `${c.subject.slice(0, 89)}…` : c.subject}</span>
        </h1>
        {sideError && (
          <p role="alert" className="error">
            {t('common.error', { detail: sideError })}
          </p>
        )}
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
      </div>
      <div className="case-grid">
        <div className="col-main">
          <Timeline messages={c.messages} />
          {!closed && <ReplyComposer detail={c} />}
          <OrderPanel order={c.order} currency={c.currency} />
          <ShipmentsPanel shipments={c.shipments} order={c.order} />
        </div>
        <div className="col-side">
          <CaseFacts
            detail={c}
            onAssignMe={() => assign.run(undefined)}
            onStatus={(st) => setStatus.run(st).catch(() => undefined)}
          />
          <StageStepper stage={c.stage} />
          <EvidenceSheet evidence={c.assessment?.evidence} currency={c.currency} />
          <RecommendationPanel
            taken={c.actions.filter((a) => a.status !== 'rejected').map((a) => a.kind)}
            assessment={c.assessment}
            currency={c.currency}
            disabled={closed}
            onChoose={setChoosing}
          />
          <ActionsPanel actions={c.actions} currency={c.currency} disabled={closed} onChoose={setChoosing} />
          {closed ? (
            <section className="panel">
              <p>{t('case.closed')}</p>
              <button type="button" onClick={() => reopen.run(undefined)}>
                {t('case.reopen')}
              </button>
            </section>
          ) : (
            <CloseCaseForm
              key={`${c.costTotal}-${c.category}`}
              detail={c}
              busy={close.busy}
              serverError={close.error?.message ?? null}
              onClose={(r) => close.run(r).catch(() => undefined)}
            />
          )}
        </div>
      </div>
      {choosing && (
        <ActionDialog
          kind={choosing}
          detail={c}
          busy={act.busy}
          error={act.error?.message ?? null}
          onCancel={() => {
            setChoosing(null);
            act.reset();
          }}
          onConfirm={confirm}
        />
      )}
    </article>
  );
}
