import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api';
import { AuthShell } from '../../components/AuthShell';
import { useRequired } from '../../components/FormModal';
import { showError, showFormError, showSuccess } from '../../feedback';
import { useT } from '../../i18n';
import { useApiQuery } from '../../query/useApiQuery';
import { useSession } from '../../session';
import { securityApi } from '../security/securityApi';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export default function ChangePasswordPage() {
  const t = useT();
  const navigate = useNavigate();
  const { me, refresh, logout } = useSession();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const forced = !!me?.mustChangePassword;
  const required = useRequired();
  const options = useApiQuery(['auth', 'options'], securityApi.options, { quiet: true });

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await api.auth.changePassword(v.currentPassword, v.newPassword);
      showSuccess(t('auth.changePassword.done'));
      await refresh();
      navigate('/', { replace: true });
    } catch (err) {
      showFormError(form, err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthShell title={t('auth.changePassword.title')}>
      {forced && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('auth.changePassword.forcedHint')} />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="password-form">
        <Form.Item name="currentPassword" label={t('auth.changePassword.current')} rules={[required]}>
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.changePassword.next')}
          rules={[required]}
          extra={t('auth.changePassword.rules', { min: options.data?.minPasswordLength ?? 10 })}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.changePassword.confirm')}
          dependencies={['newPassword']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.changePassword.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="password-submit">
          {t('auth.changePassword.submit')}
        </Button>
      </Form>
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        {forced ? (
          <Button type="link" onClick={() => logout().catch(showError)} data-testid="password-logout">
            {t('common.userMenu.logout')}
          </Button>
        ) : (
          <Link to="/">{t('common.actions.back')}</Link>
        )}
      </div>
    </AuthShell>
  );
}
