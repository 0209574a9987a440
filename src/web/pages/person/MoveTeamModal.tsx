import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { EmployeeSelect } from '../../components/EmployeeSelect';
import { FormModal, useRequired } from '../../components/FormModal';
import { TeamSelect } from '../../components/OrgPickers';
import { showSuccess } from '../../feedback';
import { noFuture, toIsoDate } from '../../format';
import { useT } from '../../i18n';
import type { Department, EmployeeDetail, TeamMoveBody } from '../../types';

interface Values {
  teamId: string;
  supervisorId?: string | null;
  effectiveDate: Dayjs;
  reason: string;
}

export function MoveTeamModal({
  open,
  person,
  departments,
  onClose,
  onSubmit,
}: {
  open: boolean;
  person: EmployeeDetail;
  departments: Department[];
  onClose: () => void;
  onSubmit: (body: TeamMoveBody) => Promise<unknown>;
}) {
  const t = useT();
  const required = useRequired();
  const teamName = (id: string) => departments.flatMap((d) => d.teams).find((x) => x.id === id)?.name ?? '';

  const submit = async (v: Values) => {
    await onSubmit({
      teamId: v.teamId,
      // Left empty, the supervisor stays as it is.
      ...(v.supervisorId ? { supervisorId: v.supervisorId } : {}),
      effectiveDate: toIsoDate(v.effectiveDate),
      reason: v.reason.trim(),
      version: person.version,
    });
    showSuccess(t('people.moveModal.done', { team: teamName(v.teamId) }));
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('people.moveModal.title')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ effectiveDate: dayjs() }}
      okText={t('common.actions.ok')}
      testId="move-modal"
    >
      <Form.Item name="teamId" label={t('people.moveModal.newTeam')} rules={[required]}>
        <TeamSelect departments={departments} data-testid="move-team" />
      </Form.Item>
      <Form.Item
        name="supervisorId"
        label={t('people.moveModal.newSupervisor')}
        extra={t('people.moveModal.keepSupervisor')}
      >
        <EmployeeSelect placeholder={t('people.form.searchPerson')} />
      </Form.Item>
      <Form.Item name="effectiveDate" label={t('people.fields.effectiveDate')} rules={[required]}>
        <DatePicker style={{ width: '100%' }} disabledDate={noFuture} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('people.fields.reason')}
        rules={[required, { min: 2, max: 500, whitespace: true }]}
      >
        <Input.TextArea rows={3} data-testid="move-reason" />
      </Form.Item>
    </FormModal>
  );
}
