import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { translateMaybe, useI18n } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { count } from '../format';
import { interactionsApi, type ImportDetail, type RejectRow } from '../interactionsApi';

const PAGE_SIZE = 20;

/** The rejected rows of a finished import: line, reason and detail in the reader's language (from the
 *  reason's code and what it names; the server's English message for rows recorded without those). */
export function RejectsTable({ detail }: { detail: ImportDetail }) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(1);
  const [code, setCode] = useState<string | undefined>();
  // Field names only: a failure leaves the keys, and says nothing.
  const fields =
    useApiQuery(keys.interactions('fields'), () => interactionsApi.fields(), { quiet: true }).data?.fields ?? [];
  const list = useApiQuery(
    keys.interactions('rejects', detail.id, page, code),
    () => interactionsApi.rejects(detail.id, { page, pageSize: PAGE_SIZE, code }),
    { keepPrevious: true },
  );
  const rows = list.data?.data ?? [];
  const total = list.data?.total ?? 0;
  const reason = (c: string) => translateMaybe(`interactions.rejectCodes.${c}`) ?? c;
  const fieldName = (key?: string) => {
    const f = fields.find((x) => x.key === key);
    return f ? (locale === 'zh-CN' ? f.zh : f.en) : (key ?? '');
  };
  const detailOf = (r: RejectRow) => {
    if (!r.params)
      return r.code === 'DUPLICATE_IN_FILE' ? t('interactions.rejectDetails.DUPLICATE_EARLIER') : r.message;
    return (
      translateMaybe(`interactions.rejectDetails.${r.code}`, { ...r.params, field: fieldName(r.params.field) }) ??
      r.message
    );
  };

  const columns: TableColumnsType<RejectRow> = [
    { title: t('interactions.progress.columns.line'), dataIndex: 'line', width: 80 },
    {
      title: t('interactions.progress.columns.reason'),
      dataIndex: 'code',
      render: (c: string) => <Typography.Text type="danger">{reason(c)}</Typography.Text>,
    },
    { title: t('interactions.progress.columns.message'), key: 'detail', render: (_, r) => detailOf(r) },
    {
      title: t('interactions.progress.columns.raw'),
      dataIndex: 'raw',
      render: (v: string) => (
        <Typography.Text code ellipsis={{ tooltip: v }} style={{ maxWidth: 360 }}>
          {v}
        </Typography.Text>
      ),
    },
  ];
  const codes = detail.rejectReasons ?? [];
  // `rejected` counts every rejected row; the reasons count only those kept (setting interactions.maxRejectsKept).
  const kept = codes.reduce((n, c) => n + c.n, 0);

  return (
    <Card
      title={t('interactions.progress.rejectsTitle')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          href={interactionsApi.rejectsReportUrl(detail.id)}
          disabled={!detail.rejected}
          data-testid="import-report"
        >
          {t('interactions.progress.downloadReport')}
        </Button>
      }
    >
      {detail.rejected > kept && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('interactions.progress.rejectsCapped', { rejected: count(detail.rejected), kept: count(kept) })}
          data-testid="rejects-capped"
        />
      )}
      {codes.length > 1 && (
        <Select
          allowClear
          placeholder={t('interactions.progress.allReasons')}
          value={code}
          onChange={(v) => {
            setCode(v);
            setPage(1);
          }}
          options={codes.map((c) => ({ value: c.code, label: `${reason(c.code)} (${c.n})` }))}
          style={{ minWidth: 260, marginBottom: 12 }}
        />
      )}
      <Table<RejectRow>
        rowKey="line"
        size="middle"
        loading={list.loading}
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: t('interactions.progress.noRejects') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (n) => t('common.table.total', { total: count(n) }),
        }}
        onRow={(r) => ({ 'data-testid': 'reject-row', 'data-line': r.line, 'data-code': r.code }) as object}
        data-testid="import-rejects"
      />
    </Card>
  );
}
