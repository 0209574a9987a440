import { Form, Input } from 'antd';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { CohortSelect, PeoplePicker, type PersonPick } from '../shared/Pickers';
import { trainingApi } from '../shared/trainingApi';

/** Enrol more people or cohorts (clashes are refused by the server with the clash named). */
export function EnrolModal({
  open,
  sessionId,
  onClose,
  onDone,
}: {
  open: boolean;
  sessionId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const submit = async (v: { cohortIds?: string[]; people?: PersonPick[] }) => {
    const r = await trainingApi.sessions.enrol(sessionId, {
      cohortIds: v.cohortIds ?? [],
      employeeIds: (v.people ?? []).map((p) => p.id),
    });
    showSuccess(t('training.sessions.detail.enrolled', { added: r.added, already: r.alreadyEnrolled }));
    onDone();
  };
  return (
    <FormModal
      open={open}
      title={t('training.sessions.detail.enrol')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ cohortIds: [], people: [] }}
      fieldMap={{ employeeIds: 'people' }}
      testId="enrol-form"
    >
      <Form.Item name="cohortIds" label={t('training.sessions.fields.cohorts')}>
        <CohortSelect multiple />
      </Form.Item>
      <Form.Item name="people" label={t('training.sessions.fields.people')}>
        <PeoplePicker placeholder={t('training.sessions.fields.addPerson')} />
      </Form.Item>
    </FormModal>
  );
}

/** Cancel a session, with the reason (kept in the audit log). */
export function CancelModal({
  open,
  sessionId,
  onClose,
  onDone,
}: {
  open: boolean;
  sessionId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const submit = async (v: { reason: string }) => {
    await trainingApi.sessions.cancel(sessionId, v.reason.trim());
    showSuccess(t('training.sessions.detail.cancelled'));
    onDone();
  };
  return (
    <FormModal
      open={open}
      title={t('training.sessions.detail.cancel')}
      onClose={onClose}
      onSubmit={submit}
      okText={t('common.actions.ok')}
      testId="cancel-form"
    >
      <Form.Item
        name="reason"
        label={t('training.sessions.detail.cancelReason')}
        rules={[required, { min: 2, max: 500, whitespace: true }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
