import { Alert, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { showFormError, showSuccess } from '../../feedback';
import { localTime } from '../../format';
import { useT } from '../../i18n';
import { useApiQuery } from '../../query/useApiQuery';
import { securityApi } from './securityApi';

// One's own second sign-in step (TOTP), for administrators and HR: set it up with an
// authenticator app (the secret as text, or the otpauth:// link on a phone), confirm a code.
// A lost phone: an administrator resets it on the users page (or resets the password).

interface Enrolment {
  secret: string;
  otpauthUri: string;
}

export default function SecurityPage() {
  const t = useT();
  const status = useApiQuery(['auth', 'totp'], securityApi.totp);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ code: string }>();

  const start = async () => {
    setBusy(true);
    try {
      setEnrolment(await securityApi.enrol());
    } catch (err) {
      showFormError(form, err);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async ({ code }: { code: string }) => {
    setBusy(true);
    try {
      await securityApi.confirm(code.trim());
      showSuccess(t('auth.security.enabled'));
      setEnrolment(null);
      status.reload();
    } catch (err) {
      showFormError(form, err);
    } finally {
      setBusy(false);
    }
  };

  const s = status.data;
  return (
    <>
      <PageHeader title={t('auth.security.title')} />
      <Card loading={status.loading && !s} style={{ maxWidth: 720 }} data-testid="security-totp">
        <Typography.Paragraph>{t('auth.security.intro')}</Typography.Paragraph>
        {s && !s.allowed && <Alert type="info" showIcon title={t('auth.security.notAllowed')} />}
        {s?.enabled && (
          <Space direction="vertical">
            <Tag color="green" data-testid="security-totp-on">
              {t('auth.security.on', { since: s.enabledAt ? localTime(s.enabledAt) : '' })}
            </Tag>
            <Typography.Text type="secondary">{t('auth.security.lostPhone')}</Typography.Text>
          </Space>
        )}
        {s?.allowed && !s.enabled && !enrolment && (
          <Button type="primary" onClick={start} loading={busy} data-testid="security-totp-start">
            {t('auth.security.start')}
          </Button>
        )}
        {enrolment && (
          <>
            <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t('auth.security.secret')}>
                <Typography.Text className="sw-mono" copyable data-testid="security-totp-secret">
                  {enrolment.secret}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('auth.security.link')}>
                <Typography.Link
                  href={enrolment.otpauthUri}
                  copyable={{ text: enrolment.otpauthUri }}
                  style={{ wordBreak: 'break-all' }}
                >
                  {enrolment.otpauthUri}
                </Typography.Link>
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph type="secondary">{t('auth.security.howTo')}</Typography.Paragraph>
            <Form form={form} layout="inline" onFinish={confirm} requiredMark={false}>
              <Form.Item
                name="code"
                label={t('auth.login.code')}
                rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('auth.login.codeRequired') }]}
              >
                <Input
                  autoComplete="one-time-code"
                  inputMode="numeric"
                  maxLength={8}
                  data-testid="security-totp-code"
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="security-totp-confirm">
                {t('auth.security.confirm')}
              </Button>
            </Form>
          </>
        )}
      </Card>
    </>
  );
}
