import { Alert, Button, Card, Descriptions, Form, Input, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { RED_LINE_RULINGS } from '../../../../common/quality-feedback';
import { useCan } from '../../../access';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showError, showSuccess } from '../../../feedback';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { useSession } from '../../../session';
import { OpenDisputeModal } from '../disputes/OpenDisputeModal';
import type { EvaluationPanel } from '../evaluations/panels';
import { feedbackApi } from './feedbackApi';
import { DueCell, FeedbackStateTag, ProvisionalDay } from './FeedbackStatus';
import { GiveFeedbackModal } from './GiveFeedbackModal';

/** On the evaluation page (registered in panels.ts): the feedback task and its deadline, the
 *  evaluator's "record feedback", the agent's acknowledge and dispute, the dispute's outcome
 *  (original → final), red-line breaches and the review board's ruling. */
export const EvaluationFeedbackPanel: EvaluationPanel = ({ evaluation, reload }) => {
  const t = useT();
  const can = useCan();
  const { me } = useSession();
  const required = useRequired();
  const [modal, setModal] = useState<'give' | 'dispute' | 'ruling' | null>(null);
  const p = useApiQuery(keys.quality('panel', evaluation.id), () => feedbackApi.panel(evaluation.id)).data;
  const invalidate = useInvalidate();
  // Feedback given, acknowledged or disputed: this panel, the feedback and dispute lists and the
  // evaluation itself read again.
  const load = () => {
    void invalidate(keys.quality());
  };
  const done = () => {
    load();
    reload();
  };
  if (!p) return null;
  const f = p.feedback;
  const mayGive = f?.status === 'pending' && (me?.id === evaluation.evaluatorUserId || can('quality.lead'));
  const acknowledge = async () => {
    try {
      await feedbackApi.acknowledge(evaluation.id);
      showSuccess(t('quality.feedback.panel.acknowledged'));
      load();
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Card
      size="small"
      title={t('quality.feedback.panel.title')}
      data-testid="feedback-panel"
      extra={
        <Space>
          {mayGive && (
            <Button size="small" type="primary" onClick={() => setModal('give')} data-testid="give-feedback-open">
              {t('quality.feedback.give.title')}
            </Button>
          )}
          {p.isAgent && f && !f.acknowledgedAt && (
            <Popconfirm title={t('quality.feedback.panel.acknowledgeConfirm')} onConfirm={acknowledge}>
              <Button size="small" data-testid="acknowledge">
                {t('quality.feedback.panel.acknowledge')}
              </Button>
            </Popconfirm>
          )}
          {p.mayDispute && (
            <Button size="small" danger onClick={() => setModal('dispute')} data-testid="dispute-open">
              {t('quality.feedback.dispute.open')}
            </Button>
          )}
        </Space>
      }
    >
      {f && (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('quality.feedback.columns.state')}>
            <FeedbackStateTag f={f} /> <Tag>{t(`quality.feedback.kinds.${f.kind}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('quality.feedback.columns.due')}>
            <DueCell f={f} />
          </Descriptions.Item>
          {f.status === 'given' && (
            <Descriptions.Item label={t('quality.feedback.columns.given')}>
              {f.givenOn} · {t(`quality.feedback.modes.${f.mode!}`)}
            </Descriptions.Item>
          )}
          {f.notes && (
            <Descriptions.Item label={t('quality.feedback.give.notes')}>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{f.notes}</Typography.Text>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('quality.feedback.panel.acknowledgedAt')}>
            <span data-testid="acknowledged-at">{f.acknowledgedAt ? localTime(f.acknowledgedAt) : '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('quality.feedback.panel.disputeWindow')}>
            <ProvisionalDay day={p.disputeWindowEndsOn} year={p.disputeWindowProblemYear} />
          </Descriptions.Item>
        </Descriptions>
      )}
      {p.dispute && (
        <Alert
          type={p.dispute.status === 'open' ? 'warning' : 'info'}
          showIcon
          style={{ marginTop: 8 }}
          data-testid="dispute-outcome"
          title={
            p.dispute.status === 'open'
              ? t('quality.feedback.dispute.pending', { name: p.dispute.reviewerName ?? '—' })
              : t('quality.feedback.dispute.outcome', {
                  from: p.dispute.scoreBefore,
                  to: p.dispute.finalScore ?? p.dispute.scoreBefore,
                })
          }
          description={<Link to={`/quality/disputes/${p.dispute.id}`}>{t('quality.feedback.dispute.view')}</Link>}
        />
      )}
      {p.redLineBreaches.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="red-line-breach"
          title={t('quality.feedback.redLines.breached', { titles: p.redLineBreaches.map((b) => b.title).join('、') })}
          description={
            p.ruling ? `${t(`quality.feedback.redLines.rulings.${p.ruling.ruling}`)}：${p.ruling.reason}` : undefined
          }
          action={
            can('quality.lead') && (
              <Button size="small" onClick={() => setModal('ruling')} data-testid="ruling-open">
                {t('quality.feedback.redLines.rule')}
              </Button>
            )
          }
        />
      )}
      {!p.redLineBreaches.length && can('quality.lead') && (
        <Button size="small" type="link" onClick={() => setModal('ruling')} data-testid="ruling-open">
          {p.ruling ? t(`quality.feedback.redLines.rulings.${p.ruling.ruling}`) : t('quality.feedback.redLines.rule')}
        </Button>
      )}
      {f && (
        <GiveFeedbackModal
          open={modal === 'give'}
          evaluationId={evaluation.id}
          method={evaluation.method}
          kind={f.kind}
          onClose={() => setModal(null)}
          onDone={done}
        />
      )}
      <OpenDisputeModal
        open={modal === 'dispute'}
        evaluationId={evaluation.id}
        content={evaluation.content}
        onClose={() => setModal(null)}
        onDone={done}
      />
      <FormModal<{ ruling: string; reason: string }>
        open={modal === 'ruling'}
        title={t('quality.feedback.redLines.rule')}
        onClose={() => setModal(null)}
        testId="ruling"
        initialValues={{ ruling: p.ruling?.ruling ?? 'breach_confirmed', reason: p.ruling?.reason }}
        onSubmit={async (v) => {
          await feedbackApi.rule(evaluation.id, { ruling: v.ruling as never, reason: v.reason });
          load();
        }}
      >
        <Form.Item name="ruling" label={t('quality.feedback.redLines.ruling')} rules={[required]}>
          <Select
            options={RED_LINE_RULINGS.map((r) => ({ value: r, label: t(`quality.feedback.redLines.rulings.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('quality.feedback.redLines.reason')} rules={[required]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </Card>
  );
};
