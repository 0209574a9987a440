import { FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Switch, Table, Typography, Upload } from 'antd';
import { useT } from '../../../i18n';
import type { Delimiter } from '../interactionsApi';
import { DELIMITERS, type CsvSample } from './csvSample';

const DELIMITER_KEYS = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const;
const PREVIEW_ROWS = 3;

/** Step 1: pick a sample file (read in the browser), its delimiter, header switch, and a preview. */
export function SampleCard({
  sample,
  hasHeader,
  onFile,
  onDelimiter,
  onHasHeader,
}: {
  sample: CsvSample | null;
  hasHeader: boolean;
  onFile: (file: File) => void;
  onDelimiter: (d: Delimiter) => void;
  onHasHeader: (v: boolean) => void;
}) {
  const t = useT();
  const width = sample ? Math.max(...sample.rows.map((r) => r.length)) : 0;
  const head = sample && hasHeader ? sample.rows[0] : null;
  const body = sample ? sample.rows.slice(hasHeader ? 1 : 0, (hasHeader ? 1 : 0) + PREVIEW_ROWS) : [];
  const columns = Array.from({ length: width }, (_, i) => ({
    key: i,
    title: (
      <span>
        {head?.[i] ?? ''} <Typography.Text type="secondary">#{i + 1}</Typography.Text>
      </span>
    ),
    render: (_: unknown, r: string[]) => r[i] ?? '',
    ellipsis: true,
  }));

  return (
    <Card title={t('interactions.mappings.stepFile')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('interactions.mappings.fileHint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Upload
          accept=".csv,.txt"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            onFile(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<FileTextOutlined />} data-testid="mapping-sample">
            {t('interactions.mappings.pickFile')}
          </Button>
        </Upload>
        {sample && (
          <Typography.Text strong data-testid="mapping-sample-name">
            {sample.fileName}
          </Typography.Text>
        )}
        <span>{t('interactions.mappings.delimiter')}</span>
        <Select<Delimiter>
          value={sample?.delimiter ?? ','}
          disabled={!sample}
          onChange={onDelimiter}
          style={{ width: 150 }}
          data-testid="mapping-delimiter"
          options={DELIMITERS.map((d) => ({
            value: d,
            label: t(`interactions.mappings.delimiters.${DELIMITER_KEYS[d]}`),
          }))}
        />
        <Switch checked={hasHeader} onChange={onHasHeader} data-testid="mapping-has-header" />
        <span>{t('interactions.mappings.hasHeader')}</span>
      </Space>
      {sample && (
        <Table<string[]>
          size="small"
          bordered
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="mapping-preview"
          rowKey={(_, i) => String(i)}
          columns={columns}
          dataSource={body}
          locale={{ emptyText: t('interactions.mappings.noRows') }}
        />
      )}
    </Card>
  );
}
