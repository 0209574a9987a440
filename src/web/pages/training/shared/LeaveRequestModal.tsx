import { Alert, Form, Input } from 'antd';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { isPast, sessionWhen } from './time';
import { trainingApi } from './trainingApi';

/** A trainee asks for leave from a session; after its start the request is marked 事后请假. */
export function LeaveRequestModal({
  session,
  onClose,
  onDone,
}: {
  session: { id: string; title: string; startsAt: string; endsAt: string } | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const required = useRequired();
  if (!session) return null;
  const late = isPast(session.startsAt);

  const submit = async ({ reason }: { reason: string }) => {
    const r = await trainingApi.sessions.requestLeave(session.id, reason.trim());
    showSuccess(t(r.late ? 'training.leave.requestedLate' : 'training.leave.requested'));
    onDone();
  };

  return (
    <FormModal<{ reason: string }>
      open
      title={t('training.leave.requestTitle', { title: session.title })}
      onClose={onClose}
      onSubmit={submit}
      okText={t('training.leave.request')}
      testId="leave-form"
    >
      <Alert
        type={late ? 'warning' : 'info'}
        showIcon
        title={`${sessionWhen(session.startsAt, session.endsAt)} · ${t(late ? 'training.leave.requestLate' : 'training.leave.requestHint')}`}
        style={{ marginBottom: 16 }}
      />
      <Form.Item
        name="reason"
        label={t('training.leave.fields.reason')}
        rules={[required, { min: 2, max: 500, whitespace: true }]}
      >
        <Input.TextArea rows={3} data-testid="leave-reason" />
      </Form.Item>
    </FormModal>
  );
}
