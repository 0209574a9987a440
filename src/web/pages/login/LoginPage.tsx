import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { AuthShell } from '../../components/AuthShell';
import { showError } from '../../feedback';
import { useT } from '../../i18n';
import { useSession } from '../../session';

interface Values { username: string; password: string }

/** Only paths inside the app are followed after signing in. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export default function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const { me, login } = useSession();
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={me.mustChangePassword ? '/change-password' : next} replace />;

  const submit = async ({ username, password }: Values) => {
    setBusy(true);
    try {
      await login(username, password); // signed in: the <Navigate> above takes over
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthShell title={t('auth.login.title')}>
      <Form<Values> layout="vertical" onFinish={submit} requiredMark={false} data-testid="login-form">
        <Form.Item name="username" label={t('auth.login.username')} rules={[{ required: true, message: t('auth.login.usernameRequired') }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.login.password')} rules={[{ required: true, message: t('auth.login.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
          {t('auth.login.submit')}
        </Button>
      </Form>
      <Alert type="info" showIcon style={{ marginTop: 20 }} title={t('auth.login.demoHint')} />
    </AuthShell>
  );
}
