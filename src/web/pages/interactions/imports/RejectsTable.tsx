import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { showError } from '../../../feedback';
import { translateMaybe, useT } from '../../../i18n';
import { count } from '../format';
import { interactionsApi, type ImportDetail, type RejectRow } from '../interactionsApi';

const PAGE_SIZE = 20;

/** The rejected rows of a finished import: line, reason (by code) and the server's detail. */
export function RejectsTable({ detail }: { detail: ImportDetail }) {
  const t = useT();
  const [rows, setRows] = useState<RejectRow[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [code, setCode] = useState<string | undefined>();
  const [loading, setLoading] = useState(false);
  const reason = (c: string) => translateMaybe(`interactions.rejectCodes.${c}`) ?? c;

  useEffect(() => {
    let live = true;
    setLoading(true);
    interactionsApi.rejects(detail.id, { page, pageSize: PAGE_SIZE, code })
      .then((r) => { if (live) { setRows(r.data); setTotal(r.total); } })
      .catch((err) => { if (live) showError(err); })
      .finally(() => { if (live) setLoading(false); });
    return () => { live = false; };
  }, [detail.id, page, code]);

  const columns: TableColumnsType<RejectRow> = [
    { title: t('interactions.progress.columns.line'), dataIndex: 'line', width: 80 },
    { title: t('interactions.progress.columns.reason'), dataIndex: 'code', render: (c: string) => <Typography.Text type="danger">{reason(c)}</Typography.Text> },
    { title: t('interactions.progress.columns.message'), dataIndex: 'message' },
    { title: t('interactions.progress.columns.raw'), dataIndex: 'raw', render: (v: string) => <Typography.Text code ellipsis={{ tooltip: v }} style={{ maxWidth: 360 }}>{v}</Typography.Text> },
  ];
  const codes = detail.rejectReasons ?? [];
  // `rejected` counts every rejected row; the reasons count only those kept (setting interactions.maxRejectsKept).
  const kept = codes.reduce((n, c) => n + c.n, 0);

  return (
    <Card
      title={t('interactions.progress.rejectsTitle')}
      extra={(
        <Button icon={<DownloadOutlined />} href={interactionsApi.rejectsReportUrl(detail.id)} disabled={!detail.rejected} data-testid="import-report">
          {t('interactions.progress.downloadReport')}
        </Button>
      )}
    >
      {detail.rejected > kept && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('interactions.progress.rejectsCapped', { rejected: count(detail.rejected), kept: count(kept) })} data-testid="rejects-capped" />
      )}
      {codes.length > 1 && (
        <Select
          allowClear
          placeholder={t('interactions.progress.allReasons')}
          value={code}
          onChange={(v) => { setCode(v); setPage(1); }}
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
        pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showSizeChanger: false, showTotal: (n) => t('common.table.total', { total: count(n) }) }}
        onRow={(r) => ({ 'data-testid': 'reject-row', 'data-line': r.line, 'data-code': r.code }) as object}
        data-testid="import-rejects"
      />
    </Card>
  );
}
