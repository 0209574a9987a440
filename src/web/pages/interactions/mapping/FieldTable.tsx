import { Card, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../../../i18n';
import type { ImportField } from '../interactionsApi';

export type Chosen = Record<string, number | undefined>;

/** Step 2: for each Seatwise field, the column of the sample that feeds it (0-based here). */
export function FieldTable({
  fields,
  header,
  width,
  sampleRow,
  chosen,
  missing,
  onChoose,
}: {
  fields: ImportField[];
  header: string[] | null;
  width: number;
  sampleRow: string[] | undefined;
  chosen: Chosen;
  missing: Set<string>;
  onChoose: (key: string, col: number | undefined) => void;
}) {
  const { t, locale } = useI18n();
  const options = Array.from({ length: width }, (_, i) => ({
    value: i,
    label: header ? `${header[i] ?? ''} (#${i + 1})` : t('interactions.mappings.columnN', { n: i + 1 }),
  }));

  const columns: TableColumnsType<ImportField> = [
    {
      title: t('interactions.mappings.columns.field'),
      key: 'field',
      width: 240,
      render: (_, f) => (
        <span>
          {locale === 'zh-CN' ? f.zh : f.en}{' '}
          <Typography.Text type="secondary">{locale === 'zh-CN' ? f.en : f.zh}</Typography.Text>
          {f.required && (
            <Tag color="red" style={{ marginLeft: 8 }}>
              {t('interactions.mappings.required')}
            </Tag>
          )}
        </span>
      ),
    },
    {
      title: t('interactions.mappings.columns.column'),
      key: 'column',
      width: 280,
      render: (_, f) => (
        <Select<number>
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 260 }}
          disabled={!width}
          value={chosen[f.key]}
          options={options}
          status={missing.has(f.key) ? 'error' : undefined}
          placeholder={t('interactions.mappings.notMapped')}
          onChange={(v) => onChoose(f.key, v)}
          data-testid={`mapping-field-${f.key}`}
        />
      ),
    },
    {
      title: t('interactions.mappings.columns.sample'),
      key: 'sample',
      ellipsis: true,
      render: (_, f) => {
        const c = chosen[f.key];
        return c === undefined ? '' : <Typography.Text code>{sampleRow?.[c] ?? ''}</Typography.Text>;
      },
    },
    {
      title: t('interactions.mappings.columns.hint'),
      dataIndex: 'hint',
      ellipsis: true,
      render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text>,
    },
  ];

  return (
    <Card title={t('interactions.mappings.stepColumns')} style={{ marginBottom: 16 }}>
      <Table<ImportField>
        size="small"
        rowKey="key"
        pagination={false}
        columns={columns}
        dataSource={fields}
        data-testid="mapping-fields"
      />
    </Card>
  );
}
