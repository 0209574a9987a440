import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Progress, Result, Row, Statistic, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api';
import { PageHeader } from '../../../components/PageHeader';
import { LoadFailedResult, NotFoundResult, PageSpin } from '../../../components/Results';
import { errorText, showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { count } from '../format';
import { interactionsApi, type ImportDetail } from '../interactionsApi';
import { RejectsTable } from './RejectsTable';
import { StateTag } from './StateTag';

const POLL_MS = 1000;
const isRunning = (d: ImportDetail) => d.state === 'queued' || d.state === 'running';

/** One import: its progress, polled every second while it runs, then its outcome and rejected rows. */
export default function ImportPage() {
  const t = useT();
  const { id = '' } = useParams();
  const {
    data: detail,
    error: failure,
    reload,
  } = useApiQuery(keys.interactions('import', id), () => interactionsApi.import(id), {
    quiet: true,
    // Every second while it is queued or running; a failed poll stops asking (the page keeps the last figures).
    refetchInterval: (d, failed) => (!failed && d && isRunning(d) ? POLL_MS : false),
  });
  const running = !detail || isRunning(detail);

  const retry = useApiMutation(() => interactionsApi.retry(id), {
    invalidates: [keys.interactions('import', id), keys.interactions('rejects', id), keys.interactions('imports')],
    onSuccess: () => showSuccess(t('interactions.progress.retried')),
  });

  if (failure?.status === 404) return <NotFoundResult />;
  if (failure && !detail) return <LoadFailedResult onRetry={reload} />;
  if (!detail) return <PageSpin />;

  const timeLeft = (s: number | null) => {
    if (s === null) return t('interactions.progress.timeUnknown');
    const n = Math.ceil(s);
    return n < 60
      ? t('interactions.progress.seconds', { n })
      : t('interactions.progress.minutes', { m: Math.floor(n / 60), s: n % 60 });
  };
  /** How a finished import reads: nothing could be added (fix the file), everything was there
   *  already (the same file again: nothing to fix), or what was added and what was not. */
  const outcome = (d: ImportDetail) => {
    if (d.accepted === 0 && d.rejected > 0) {
      return {
        status: 'error' as const,
        title: t('interactions.progress.nothingAddedTitle'),
        subTitle: t('interactions.progress.nothingAddedText', { rows: count(d.rowsRead) }),
      };
    }
    if (d.accepted === 0 && d.duplicates > 0) {
      return {
        status: 'info' as const,
        title: t('interactions.progress.allThereTitle'),
        subTitle: t('interactions.progress.allThereText', { duplicates: count(d.duplicates) }),
      };
    }
    return {
      status: d.rejected ? ('warning' as const) : ('success' as const),
      title: t('interactions.progress.doneTitle'),
      subTitle: t('interactions.progress.doneText', {
        rows: count(d.rowsRead),
        accepted: count(d.accepted),
        rejected: count(d.rejected),
        duplicates: count(d.duplicates),
      }),
    };
  };
  const status = detail.state === 'failed' ? 'exception' : detail.state === 'done' ? 'success' : 'active';

  return (
    <>
      <Link to="/interactions/imports">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('interactions.progress.back')}
        </Button>
      </Link>
      <PageHeader
        title={t('interactions.progress.title', { name: detail.fileName })}
        extra={<StateTag state={detail.state} />}
      />
      <Card style={{ marginBottom: 16 }} data-testid="import-progress" data-state={detail.state}>
        <Progress
          percent={Math.floor(detail.percent)}
          status={status}
          format={(p) => `${p}%`}
          data-testid="import-percent"
        />
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col xs={12} md={running ? 5 : 6}>
            <Statistic title={t('interactions.progress.rowsRead')} value={count(detail.rowsRead)} />
          </Col>
          <Col xs={12} md={running ? 5 : 6}>
            <Statistic title={t('interactions.progress.accepted')} value={count(detail.accepted)} />
          </Col>
          <Col xs={12} md={running ? 5 : 6}>
            <Statistic
              title={t('interactions.progress.rejected')}
              value={count(detail.rejected)}
              valueStyle={detail.rejected ? { color: '#cf1322' } : undefined}
            />
          </Col>
          <Col xs={12} md={running ? 5 : 6}>
            <Statistic title={t('interactions.progress.duplicates')} value={count(detail.duplicates)} />
          </Col>
          {running && (
            <Col xs={12} md={4}>
              <Statistic title={t('interactions.progress.timeLeft')} value={timeLeft(detail.secondsLeft)} />
            </Col>
          )}
        </Row>
        {detail.format === 'asterisk' && detail.legs > 0 && (
          <Row gutter={16} style={{ marginTop: 16 }} data-testid="import-legs">
            <Col xs={12} md={6}>
              <Statistic title={t('interactions.progress.calls')} value={count(detail.calls)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('interactions.progress.legs')} value={count(detail.legs)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('interactions.progress.transfers')} value={count(detail.transfers)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('interactions.progress.attempts')} value={count(detail.attempts)} />
            </Col>
            <Col span={24}>
              <Typography.Text type="secondary">{t('interactions.progress.legsHint')}</Typography.Text>
            </Col>
          </Row>
        )}
        {running && (
          <Alert type="info" showIcon style={{ marginTop: 16 }} title={t('interactions.progress.leaveHint')} />
        )}
      </Card>
      {detail.state === 'done' && (
        <>
          <Result {...outcome(detail)} data-testid="import-done" data-added={detail.accepted} />
          <RejectsTable detail={detail} />
        </>
      )}
      {detail.state === 'failed' && (
        <Result
          status="error"
          title={t('interactions.progress.failedTitle')}
          subTitle={
            detail.errorCode
              ? `${errorText(new ApiError(0, detail.errorCode, detail.errorMessage ?? detail.errorCode))}${detail.errorMessage ? ` · ${detail.errorMessage}` : ''}`
              : detail.errorMessage
          }
          extra={
            <Button
              type="primary"
              icon={<ReloadOutlined />}
              onClick={() => retry.mutate(undefined)}
              data-testid="import-retry"
            >
              {t('interactions.progress.retry')}
            </Button>
          }
          data-testid="import-failed"
        />
      )}
    </>
  );
}
