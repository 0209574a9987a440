import { Alert, Form, Input } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { dateTime } from '../shared/time';
import { trainingApi } from '../shared/trainingApi';
import type { Leave } from '../shared/types';

/** Approve or refuse a pending request, with an optional note to the trainee. */
export function DecisionModal({
  leave,
  decision,
  onClose,
  onDone,
}: {
  leave: Leave;
  decision: 'approve' | 'refuse';
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const submit = async ({ note }: { note?: string }) => {
    await trainingApi.leave.decide(leave.id, decision, note?.trim() || null);
    showSuccess(t('training.leave.decided'));
    onDone();
  };
  return (
    <FormModal<{ note?: string }>
      open
      title={t('training.leave.decideTitle', { decision: t(`training.leave.${decision}`), name: leave.employeeName })}
      onClose={onClose}
      onSubmit={submit}
      okText={t(`training.leave.${decision}`)}
      testId="leave-decision"
    >
      <Alert
        type={leave.late ? 'warning' : 'info'}
        showIcon
        title={`${leave.sessionTitle} · ${dateTime(leave.startsAt)}`}
        description={
          <>
            {leave.late && <b>{t('training.common.lateLeave')}：</b>}
            {leave.reason}
          </>
        }
        style={{ marginBottom: 16 }}
      />
      <Form.Item name="note" label={t('training.leave.decisionNote')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={3} data-testid="leave-decision-note" />
      </Form.Item>
    </FormModal>
  );
}
