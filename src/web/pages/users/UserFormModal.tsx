import { Form, Input, Select, Switch } from 'antd';
import { ROLES } from '../../../common/roles';
import { api } from '../../api';
import { EmployeeSelect } from '../../components/EmployeeSelect';
import { FormModal, useRequired } from '../../components/FormModal';
import { showSuccess } from '../../feedback';
import { useT } from '../../i18n';
import type { Role, User } from '../../types';

interface Values {
  username?: string;
  displayName: string;
  roles: Role[];
  employeeId?: string | null;
  disabled?: boolean;
  reason?: string;
}

/** Create an account (the server answers with its initial password) or edit one. */
export function UserFormModal({
  user,
  onClose,
  onCreated,
  onSaved,
}: {
  user?: User;
  onClose: () => void;
  onCreated: (name: string, password: string) => void;
  onSaved: () => void;
}) {
  const t = useT();
  const required = useRequired();

  const submit = async (v: Values) => {
    if (user) {
      await api.users.update(user.id, {
        displayName: v.displayName,
        roles: v.roles,
        employeeId: v.employeeId ?? null,
        disabled: !!v.disabled,
        reason: v.reason || undefined,
      });
      showSuccess(t('common.saved'));
      onSaved();
    } else {
      const created = await api.users.create({
        username: v.username!,
        displayName: v.displayName,
        roles: v.roles,
        employeeId: v.employeeId ?? null,
      });
      onSaved();
      onCreated(v.displayName, created.initialPassword);
    }
  };

  return (
    <FormModal<Values>
      open
      title={t(user ? 'users.form.editTitle' : 'users.form.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={
        user
          ? { displayName: user.displayName, roles: user.roles, employeeId: user.employeeId, disabled: user.disabled }
          : { roles: ['agent'] }
      }
      testId="user-form"
    >
      {!user && (
        <Form.Item
          name="username"
          label={t('users.fields.username')}
          extra={t('users.form.usernameRule')}
          rules={[required, { pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: t('users.form.usernameRule') }]}
        >
          <Input autoComplete="off" data-testid="user-username" />
        </Form.Item>
      )}
      <Form.Item name="displayName" label={t('users.fields.displayName')} rules={[required, { max: 64 }]}>
        <Input data-testid="user-display-name" />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t('users.fields.roles')}
        rules={[{ required: true, type: 'array', min: 1, message: t('users.form.rolesRequired') }]}
      >
        <Select
          mode="multiple"
          options={ROLES.map((r) => ({ value: r, label: t(`common.roles.${r}`) }))}
          data-testid="user-roles"
        />
      </Form.Item>
      <Form.Item name="employeeId" label={t('users.fields.employee')}>
        <EmployeeSelect
          placeholder={t('people.form.searchPerson')}
          initial={user?.employeeId ? { id: user.employeeId, name: user.employeeNo ?? user.employeeId } : null}
        />
      </Form.Item>
      {user && (
        <>
          <Form.Item name="disabled" label={t('users.fields.disabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="reason" label={t('users.fields.reason')} rules={[{ max: 500 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
