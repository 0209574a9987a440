import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FEEDBACK_KINDS, FEEDBACK_MODES } from '../../../../common/quality-feedback';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { noFuture, toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { feedbackApi } from './feedbackApi';

interface Values {
  mode: string;
  kind: string;
  notes: string;
  givenOn: Dayjs;
}

/** The evaluator records the feedback given to the agent: how (one-to-one, team meeting, immediately beside them), what, when. */
export function GiveFeedbackModal({
  open,
  evaluationId,
  method,
  kind,
  onClose,
  onDone,
}: {
  open: boolean;
  evaluationId: string;
  method: string;
  kind: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const modes = FEEDBACK_MODES.filter((m) => m !== 'immediate' || method === 'side_by_side');
  return (
    <FormModal<Values>
      open={open}
      title={t('quality.feedback.give.title')}
      onClose={onClose}
      testId="give-feedback"
      initialValues={{ mode: method === 'side_by_side' ? 'immediate' : 'one_to_one', kind, givenOn: dayjs() }}
      onSubmit={async (v) => {
        await feedbackApi.give(evaluationId, {
          mode: v.mode as never,
          kind: v.kind as never,
          notes: v.notes,
          givenOn: toIsoDate(v.givenOn),
        });
        showSuccess(t('quality.feedback.give.done'));
        onDone();
      }}
    >
      <Form.Item name="mode" label={t('quality.feedback.give.mode')} rules={[required]}>
        <Radio.Group options={modes.map((m) => ({ value: m, label: t(`quality.feedback.modes.${m}`) }))} />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('quality.feedback.give.kind')}
        extra={t('quality.feedback.give.kindHelp')}
        rules={[required]}
      >
        <Radio.Group options={FEEDBACK_KINDS.map((k) => ({ value: k, label: t(`quality.feedback.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="notes" label={t('quality.feedback.give.notes')} rules={[required]}>
        <Input.TextArea rows={4} maxLength={4000} data-testid="feedback-notes" />
      </Form.Item>
      <Form.Item name="givenOn" label={t('quality.feedback.give.givenOn')} rules={[required]}>
        <DatePicker disabledDate={noFuture} />
      </Form.Item>
    </FormModal>
  );
}
