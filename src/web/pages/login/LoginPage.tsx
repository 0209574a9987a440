import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api';
import { AuthShell } from '../../components/AuthShell';
import { showError } from '../../feedback';
import { useT } from '../../i18n';
import { useApiQuery } from '../../query/useApiQuery';
import { useSession } from '../../session';
import { securityApi } from '../security/securityApi';

interface Values {
  username: string;
  password: string;
  code?: string;
}

/** Only paths inside the app are followed after signing in. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export default function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const { me, refresh } = useSession();
  const [busy, setBusy] = useState(false);
  // The password was right and the account has the second step on: the code is asked for next.
  const [needsCode, setNeedsCode] = useState(false);
  const options = useApiQuery(['auth', 'options'], securityApi.options, { quiet: true });
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={me.mustChangePassword ? '/change-password' : next} replace />;

  const submit = async ({ username, password, code }: Values) => {
    setBusy(true);
    try {
      await securityApi.login(username, password, needsCode ? code : undefined);
      await refresh(); // signed in: the <Navigate> above takes over
    } catch (err) {
      if (err instanceof ApiError && err.errorCode === 'TOTP_REQUIRED') setNeedsCode(true);
      else showError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthShell title={t('auth.login.title')}>
      <Form<Values> layout="vertical" onFinish={submit} requiredMark={false} data-testid="login-form">
        <Form.Item
          name="username"
          label={t('auth.login.username')}
          rules={[{ required: true, message: t('auth.login.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.login.password')}
          rules={[{ required: true, message: t('auth.login.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        {needsCode && (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('auth.login.codeHint')} />
            <Form.Item
              name="code"
              label={t('auth.login.code')}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth.login.codeRequired') }]}
            >
              <Input
                prefix={<SafetyOutlined />}
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={6}
                autoFocus
                data-testid="login-code"
              />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
          {t('auth.login.submit')}
        </Button>
      </Form>
      {options.data?.demo && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 20 }}
          title={t('auth.login.demoHint')}
          data-testid="login-demo-hint"
        />
      )}
    </AuthShell>
  );
}
