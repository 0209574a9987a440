import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { showError } from '../../../feedback';
import { translateMaybe, useI18n } from '../../../i18n';
import { count } from '../format';
import { interactionsApi, type ImportDetail, type ImportField, type RejectRow } from '../interactionsApi';

const PAGE_SIZE = 20;

/** The rejected rows of a finished import: line, reason and detail in the reader's language (from the
 *  reason's code and what it names; the server's English message for rows recorded without those). */
export function RejectsTable({ detail }: { detail: ImportDetail }) {
  const { t, locale } = useI18n();
  const [rows, setRows] = useState<RejectRow[]>([]);
  const [fields, setFields] = useState<ImportField[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [code, setCode] = useState<string | undefined>();
  const [loading, setLoading] = useState(false);
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

  useEffect(() => {
    interactionsApi
      .fields()
      .then((r) => setFields(r.fields))
      .catch(() => {});
  }, []); // names only: a failure leaves the keys

  useEffect(() => {
    let live = true;
    setLoading(true);
    interactionsApi
      .rejects(detail.id, { page, pageSize: PAGE_SIZE, code })
      .then((r) => {
        if (live) {
          setRows(r.data);
          setTotal(r.total);
        }
      })
      .catch((err) => {
        if (live) showError(err);
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [detail.id, page, code]);

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
        loading={loading}
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
