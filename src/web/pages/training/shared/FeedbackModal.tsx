import { Form, Input, Rate } from 'antd';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { trainingApi } from './trainingApi';

interface Values {
  content: number;
  trainer: number;
  method: number;
  suggestions?: string;
}

/** After a session the learner rates content, trainer and method 1–5 and may add suggestions. */
export function FeedbackModal({
  session,
  onClose,
  onDone,
}: {
  session: { id: string; title: string } | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const required = { ...useRequired(), message: t('training.feedback.rateAll') };
  if (!session) return null;

  const submit = async (v: Values) => {
    await trainingApi.sessions.feedback(session.id, {
      content: v.content,
      trainer: v.trainer,
      method: v.method,
      suggestions: v.suggestions?.trim() || null,
    });
    showSuccess(t('training.feedback.thanks'));
    onDone();
  };
  const rate = (name: 'content' | 'trainer' | 'method') => (
    <Form.Item name={name} label={t(`training.feedback.${name}`)} rules={[required]}>
      <Rate style={{ fontSize: 28 }} data-testid={`feedback-${name}`} />
    </Form.Item>
  );

  return (
    <FormModal<Values>
      open
      title={t('training.feedback.modalTitle', { title: session.title })}
      onClose={onClose}
      onSubmit={submit}
      okText={t('training.feedback.submit')}
      testId="feedback-form"
    >
      {rate('content')}
      {rate('trainer')}
      {rate('method')}
      <Form.Item name="suggestions" label={t('training.feedback.suggestions')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} data-testid="feedback-suggestions" />
      </Form.Item>
    </FormModal>
  );
}
