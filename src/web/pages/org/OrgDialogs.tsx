import { Form, Input, Select } from 'antd';
import { api } from '../../api';
import { FormModal, useRequired } from '../../components/FormModal';
import { showSuccess } from '../../feedback';
import { useT } from '../../i18n';
import type { Department, Team, TeamInput } from '../../types';

export type OrgDialog =
  { kind: 'department'; department?: Department } | { kind: 'team'; team?: Team; departmentId?: string };

type Values = Partial<TeamInput>;

/** Create or edit a department or a team (a team also names its department). */
export function OrgDialogModal({
  dialog,
  departments,
  onClose,
  onSaved,
}: {
  dialog: OrgDialog;
  departments: Department[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const isTeam = dialog.kind === 'team';
  const existing = dialog.kind === 'team' ? dialog.team : dialog.department;

  const title = isTeam
    ? t(existing ? 'people.org.editTeam' : 'people.org.addTeam')
    : t(existing ? 'people.org.editDepartment' : 'people.org.addDepartment');
  const initialValues: Values =
    dialog.kind === 'team'
      ? {
          departmentId: dialog.team?.departmentId ?? dialog.departmentId,
          code: dialog.team?.code,
          name: dialog.team?.name,
        }
      : { code: dialog.department?.code, name: dialog.department?.name };

  const submit = async ({ departmentId, code = '', name = '' }: Values) => {
    if (isTeam) {
      const body = { departmentId: departmentId ?? '', code, name };
      await (existing ? api.org.updateTeam(existing.id, body) : api.org.createTeam(body));
    } else {
      await (existing
        ? api.org.updateDepartment(existing.id, { code, name })
        : api.org.createDepartment({ code, name }));
    }
    showSuccess(t('common.saved'));
    onSaved();
  };

  return (
    <FormModal<Values>
      open
      title={title}
      onClose={onClose}
      onSubmit={submit}
      initialValues={initialValues}
      testId={`${dialog.kind}-form`}
    >
      {isTeam && (
        <Form.Item name="departmentId" label={t('people.org.department')} rules={[required]}>
          <Select options={departments.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
      )}
      <Form.Item
        name="code"
        label={t('people.org.code')}
        rules={[required, { pattern: /^[A-Za-z0-9_-]+$/, message: t('people.org.badCode') }, { max: 32 }]}
      >
        <Input data-testid="org-code" />
      </Form.Item>
      <Form.Item name="name" label={t('people.org.name')} rules={[required, { max: 64 }]}>
        <Input data-testid="org-name" />
      </Form.Item>
    </FormModal>
  );
}
