import { Button, Result, Spin } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n';

export function PageSpin() {
  return (
    <div style={{ padding: 64, textAlign: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

const BackHome = () => {
  const t = useT();
  return (
    <Link to="/">
      <Button type="primary">{t('common.result.backHome')}</Button>
    </Link>
  );
};

export function ForbiddenResult({ title }: { title?: string }) {
  const t = useT();
  return (
    <Result
      status="403"
      title="403"
      subTitle={title ?? t('common.result.forbidden')}
      extra={<BackHome />}
      data-testid="result-403"
    />
  );
}

export function NotFoundResult({ title }: { title?: string }) {
  const t = useT();
  return (
    <Result
      status="404"
      title="404"
      subTitle={title ?? t('common.result.notFound')}
      extra={<BackHome />}
      data-testid="result-404"
    />
  );
}

export function LoadFailedResult({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <Result
      status="warning"
      title={t('common.result.loadFailed')}
      extra={<Button onClick={onRetry}>{t('common.result.retry')}</Button>}
    />
  );
}
