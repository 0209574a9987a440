import { Button, Card, Select, Space, Table, Tabs, Tag, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { WARNING_METRICS, type WarningMetric } from '../../../../common/analytics-warnings';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { AsOf } from '../facts/AsOf';
import { analyticsKey } from '../facts/api';
import { ActionHistory } from './ActionHistory';
import { ActionModal } from './ActionModal';
import { warningsApi, warningsKey, type Warning } from './api';
import { Causes, StatusTag, useFallText } from './labels';
import { Sparkline } from './Sparkline';

// 预警 (issue 22 item 5): the declines of the people in the reader's scope (a team lead: their
// team), open first, with the weekly values as a sparkline, the causes, and the action dialog.

const STATUSES = ['active', 'open', 'closed', 'resolved', 'all'] as const;

function WarningList() {
  const t = useT();
  const can = useCan();
  const fall = useFallText();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('active');
  const [metric, setMetric] = useState<WarningMetric | undefined>();
  const [page, setPage] = useState(1);
  const [acting, setActing] = useState<Warning | null>(null);
  // The home page and the lead's notice open one warning: ?warning=<id> opens its action dialog.
  const [params, setParams] = useSearchParams();
  const linked = params.get('warning');
  const { data: linkedWarning } = useApiQuery(warningsKey('one', linked), () => warningsApi.detail(linked!), {
    enabled: !!linked,
  });
  useEffect(() => {
    if (linkedWarning && linkedWarning.status !== 'resolved') setActing(linkedWarning);
  }, [linkedWarning]);
  const close = () => {
    setActing(null);
    if (linked) setParams({}, { replace: true });
  };
  const q = { status, metric, page, pageSize: 20 };
  const { data, loading } = useApiQuery(warningsKey('list', q), () => warningsApi.list(q), { keepPrevious: true });
  const sweep = useApiMutation(() => warningsApi.sweep(), {
    invalidates: [analyticsKey('warnings')],
    onSuccess: (r) =>
      void message.success(
        t('analytics.warnings.swept', { created: r.created, updated: r.updated, resolved: r.resolved }),
      ),
  });
  return (
    <Card size="small">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          value={status}
          onChange={(v) => (setStatus(v), setPage(1))}
          style={{ minWidth: 120 }}
          aria-label={t('analytics.warnings.filters.status')}
          data-testid="warnings-status"
          options={STATUSES.map((s) => ({ value: s, label: t(`analytics.warnings.statusFilter.${s}`) }))}
        />
        <Select
          allowClear
          value={metric}
          onChange={(v) => (setMetric(v), setPage(1))}
          style={{ minWidth: 140 }}
          placeholder={t('analytics.warnings.filters.allMetrics')}
          aria-label={t('analytics.warnings.filters.metric')}
          data-testid="warnings-metric"
          options={WARNING_METRICS.map((m) => ({ value: m, label: t(`analytics.warnings.metrics.${m}`) }))}
        />
        {can('analytics.manage') && (
          <Button loading={sweep.isPending} onClick={() => sweep.mutate(undefined)} data-testid="warnings-sweep">
            {t('analytics.warnings.sweep')}
          </Button>
        )}
      </Space>
      <Table<Warning>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.data ?? []}
        scroll={{ x: 1250 }}
        locale={{ emptyText: t('analytics.warnings.empty') }}
        pagination={{ current: page, total: data?.total ?? 0, pageSize: 20, onChange: setPage }}
        data-testid="warnings-table"
        expandable={{
          rowExpandable: (r) => r.actions.length > 0,
          expandedRowRender: (r) => (
            <ul style={{ margin: 0 }}>
              {r.actions.map((a) => (
                <li key={a.id}>
                  {localTime(a.createdAt)} · {a.createdByName} ·{' '}
                  <Tag>{t(`analytics.warnings.action.kinds.${a.kind}`)}</Tag>
                  {a.note}
                  {a.dueDate && ` · ${t('analytics.warnings.action.dueDate')} ${a.dueDate}`}
                </li>
              ))}
            </ul>
          ),
        }}
        columns={[
          { title: t('analytics.warnings.columns.name'), dataIndex: 'name', width: 100, fixed: 'left' },
          { title: t('analytics.warnings.columns.team'), dataIndex: 'teamName', width: 120, responsive: ['md'] },
          {
            title: t('analytics.warnings.columns.metric'),
            width: 110,
            render: (_, r) => t(`analytics.warnings.metrics.${r.metric}`),
          },
          { title: t('analytics.warnings.columns.weeks'), width: 110, render: (_, r) => <Sparkline weeks={r.weeks} /> },
          {
            title: t('analytics.warnings.columns.fall'),
            width: 130,
            render: (_, r) => (
              <>
                {fall(r.metric, r.fall, r.fallPercent)}
                <br />
                <Typography.Text type="secondary">
                  {t(r.method === 2 ? 'analytics.warnings.method.two' : 'analytics.warnings.method.one')}
                </Typography.Text>
              </>
            ),
          },
          { title: t('analytics.warnings.columns.causes'), width: 320, render: (_, r) => <Causes causes={r.causes} /> },
          {
            title: t('analytics.warnings.columns.status'),
            width: 90,
            render: (_, r) => <StatusTag status={r.status} />,
          },
          {
            title: t('analytics.warnings.columns.flaggedAt'),
            width: 150,
            responsive: ['lg'],
            render: (_, r) => localTime(r.flaggedAt),
          },
          {
            title: t('analytics.warnings.columns.actions'),
            width: 110,
            render: (_, r) =>
              r.status !== 'resolved' && (
                <Button
                  size="small"
                  type={r.status === 'open' ? 'primary' : 'default'}
                  onClick={() => setActing(r)}
                  data-testid="warning-record"
                >
                  {t('analytics.warnings.record')}
                </Button>
              ),
          },
        ]}
      />
      <ActionModal warning={acting} onClose={close} />
    </Card>
  );
}

export default function WarningsPage() {
  const t = useT();
  const can = useCan();
  return (
    <div data-testid="analytics-warnings-page">
      {/* The rollups' time is for the analytics viewers; a team lead's warnings read the sources. */}
      <PageHeader title={t('analytics.warnings.title')} extra={can('analytics.view') && <AsOf />} />
      <Typography.Paragraph type="secondary">{t('analytics.warnings.help')}</Typography.Paragraph>
      <Tabs
        items={[
          { key: 'list', label: t('analytics.warnings.tabs.list'), children: <WarningList /> },
          { key: 'history', label: t('analytics.warnings.tabs.history'), children: <ActionHistory /> },
        ]}
      />
    </div>
  );
}
