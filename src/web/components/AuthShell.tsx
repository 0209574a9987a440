import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { LanguageSwitch } from '../layout/LanguageSwitch';

/** The centred card of the sign-in and password pages. */
export function AuthShell({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className="sw-auth">
      <div className="sw-auth-lang">
        <LanguageSwitch light />
      </div>
      <Card className="sw-auth-card">
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('common.appName')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('auth.login.subtitle')}</Typography.Text>
        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </div>
  );
}
