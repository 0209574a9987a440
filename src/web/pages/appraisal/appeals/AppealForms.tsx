import { Button, Card, Form, Input, InputNumber, Radio } from 'antd';
import { useState } from 'react';
import { KPI_UNITS } from '../../../../common/appraisal-plans';
import { useRequired } from '../../../components/FormModal';
import { showFormError } from '../../../feedback';
import { useT } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { appraisalApi, appraisalKey, type AppealFull } from '../appraisalApi';

/** The team lead's review: a recommendation and a written comment, passed on to HR. */
export function ReviewForm({ appeal: a }: { appeal: AppealFull }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<{ recommendation: 'uphold' | 'reject'; comment: string }>();
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title={t('appraisal.appeals.reviewForm')} data-testid="appeal-review-form">
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          setBusy(true);
          try {
            await appraisalApi.review(a.id, { recommendation: v.recommendation, comment: v.comment.trim() });
            await invalidate(appraisalKey());
          } catch (err) {
            showFormError(form, err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="recommendation" label={t('appraisal.appeals.recommendation')} rules={[required]}>
          <Radio.Group
            data-testid="appeal-review-recommendation"
            options={(['uphold', 'reject'] as const).map((r) => ({
              value: r,
              label: t(`appraisal.appeals.recommendations.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('appraisal.appeals.comment')} rules={[required]}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="appeal-review-comment" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="appeal-review-submit">
          {t('appraisal.appeals.submitReview')}
        </Button>
      </Form>
    </Card>
  );
}

/** HR's or the center manager's written decision: upheld with the corrected value (the sheet is
 *  recomputed), or rejected. */
export function DecisionForm({ appeal: a }: { appeal: AppealFull }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<{ decision: 'upheld' | 'rejected'; reason: string; correctedValue?: number | null }>();
  const decision = Form.useWatch('decision', form);
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title={t('appraisal.appeals.decisionForm')} data-testid="appeal-decision-form">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ correctedValue: a.claimedValue ?? undefined }}
        onFinish={async (v) => {
          setBusy(true);
          try {
            await appraisalApi.decide(a.id, {
              decision: v.decision,
              reason: v.reason.trim(),
              correctedValue: v.decision === 'upheld' ? (v.correctedValue ?? null) : null,
            });
            await invalidate(appraisalKey());
          } catch (err) {
            showFormError(form, err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="decision" label={t('appraisal.appeals.decision')} rules={[required]}>
          <Radio.Group
            data-testid="appeal-decision-choice"
            options={(['upheld', 'rejected'] as const).map((d) => ({
              value: d,
              label: t(`appraisal.appeals.statuses.${d}`),
            }))}
          />
        </Form.Item>
        {decision === 'upheld' && (
          <Form.Item
            name="correctedValue"
            label={t('appraisal.appeals.correctedValue')}
            rules={[required]}
            extra={t(`appraisal.unitHints.${KPI_UNITS[a.kpiCode]}`)}
          >
            <InputNumber style={{ width: 200 }} data-testid="appeal-decision-value" />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('appraisal.appeals.decisionReason')}
          rules={[required, { min: 5, message: t('appraisal.appeals.reasonMin') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} data-testid="appeal-decision-reason" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="appeal-decision-submit">
          {t('appraisal.appeals.submitDecision')}
        </Button>
      </Form>
    </Card>
  );
}
