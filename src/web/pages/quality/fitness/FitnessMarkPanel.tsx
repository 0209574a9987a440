import { Alert, Button, Form, Input, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { scoreEvaluation } from '../../../../common/quality-scoring';
import { useCan } from '../../../access';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import type { EvaluationDetail } from '../forms/formsApi';
import { ScorecardAnswers } from '../forms/ScorecardAnswers';
import { fitnessApi } from './fitnessApi';

/** On an evaluation's page (registered in routes.tsx): the warning that its evaluator was
 *  suspended for fitness, so it stays out of appraisal until re-reviewed, and the QA lead's
 *  confirm or rescore. After the re-review, what was decided. */
export function FitnessMarkPanel({ evaluation: ev, reload }: { evaluation: EvaluationDetail; reload: () => void }) {
  const t = useT();
  const can = useCan();
  const [action, setAction] = useState<'confirm' | 'rescore' | null>(null);
  const mark = ev.fitnessMark;
  if (!mark) return null;
  if (mark.state !== 'flagged') {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="fitness-mark"
        title={t(`quality.fitness.mark.${mark.state}`, {
          at: mark.reviewedAt ? localTime(mark.reviewedAt) : '',
          reason: mark.reviewReason ?? '',
        })}
      />
    );
  }
  return (
    <>
      <Alert
        type="warning"
        showIcon
        data-testid="fitness-mark"
        title={t('quality.fitness.mark.flagged')}
        description={t('quality.fitness.mark.flaggedHint')}
        action={
          can('quality.lead') && (
            <Space orientation="vertical" size={4}>
              <Button size="small" onClick={() => setAction('confirm')} data-testid="fitness-confirm">
                {t('quality.fitness.mark.confirm')}
              </Button>
              <Button size="small" onClick={() => setAction('rescore')} data-testid="fitness-rescore">
                {t('quality.fitness.mark.rescore')}
              </Button>
            </Space>
          )
        }
      />
      {action && <ReviewModal ev={ev} action={action} onClose={() => setAction(null)} onDone={reload} />}
    </>
  );
}

function ReviewModal({
  ev,
  action,
  onClose,
  onDone,
}: {
  ev: EvaluationDetail;
  action: 'confirm' | 'rescore';
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const [answers, setAnswers] = useState(ev.finalAnswers);
  const result = useMemo(() => scoreEvaluation(ev.content, answers, ev.passScore), [ev, answers]);
  const submit = async (v: { reason: string }) => {
    const r =
      action === 'confirm'
        ? await fitnessApi.review(ev.id, { action, reason: v.reason })
        : await fitnessApi.review(ev.id, { action, reason: v.reason, answers });
    showSuccess(t(`quality.fitness.mark.${r.state as 'confirmed'}`, { at: '', reason: v.reason }));
    onClose();
    onDone();
  };
  return (
    <FormModal
      open
      onClose={onClose}
      onSubmit={submit}
      testId="fitness-review"
      width={action === 'rescore' ? 900 : undefined}
      title={t(action === 'confirm' ? 'quality.fitness.mark.confirm' : 'quality.fitness.mark.rescore')}
    >
      {action === 'rescore' && (
        <>
          <Tag color={result.passed ? 'green' : 'red'} style={{ marginBottom: 8 }}>
            {result.score ?? '—'}
          </Tag>
          <ScorecardAnswers
            content={ev.content}
            answers={answers}
            onChange={setAnswers}
            result={result}
            comments={false}
          />
        </>
      )}
      <Form.Item name="reason" label={t('quality.calibration.evaluators.reason')} rules={[required]}>
        <Input.TextArea rows={2} maxLength={500} data-testid="fitness-review-reason" />
      </Form.Item>
    </FormModal>
  );
}
