import { keys } from '../../../query/keys';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { FileDrop } from '../../../components/FileDrop';
import { useFileUpload } from '../../../components/useFileUpload';
import { useTableQuery } from '../../../components/useTableQuery';
import { localTime } from '../../../format';
import { useI18n } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { count } from '../format';
import { interactionsApi, type ImportDetail, type SavedMapping } from '../interactionsApi';
import { StateTag } from './StateTag';

const ACCEPT = ['.csv', '.xlsx'];

/** 话务数据导入: pick the format, drop a file, and the list of earlier imports. */
const NO_MAPPINGS: SavedMapping[] = [];

export default function ImportsPage() {
  const { t, locale } = useI18n();
  const templateLang = locale === 'zh-CN' ? 'zh' : 'en'; // headers the reader can read; the import takes either
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [format, setFormat] = useState(search.get('format') ?? 'template'); // ?format=mapping:NAME from the mappings page
  const mappings = useApiQuery(keys.interactions('mappings'), () => interactionsApi.mappings()).data ?? NO_MAPPINGS;
  const table = useTableQuery(keys.interactions('imports', 'page'), interactionsApi.imports);

  const upload = useFileUpload({
    send: (file) => interactionsApi.upload(file, format),
    onDone: (detail) => navigate(`/interactions/imports/${detail.id}`),
    accept: ACCEPT,
    badTypeText: t('interactions.imports.badType'),
  });
  const { busy } = upload;

  const formatName = (r: ImportDetail) =>
    r.format === 'mapping'
      ? t('interactions.imports.formats.mapping', { name: r.mappingName ?? '' })
      : t(`interactions.imports.formats.${r.format}`);

  const columns: TableColumnsType<ImportDetail> = [
    {
      title: t('interactions.imports.columns.fileName'),
      dataIndex: 'fileName',
      render: (v: string, r) => <Link to={`/interactions/imports/${r.id}`}>{v}</Link>,
    },
    { title: t('interactions.imports.columns.format'), key: 'format', render: (_, r) => formatName(r) },
    {
      title: t('interactions.imports.columns.state'),
      dataIndex: 'state',
      render: (_, r) => <StateTag state={r.state} />,
    },
    {
      title: t('interactions.imports.columns.progress'),
      dataIndex: 'percent',
      width: 160,
      render: (v: number, r) => (
        <Progress percent={Math.floor(v)} size="small" status={r.state === 'failed' ? 'exception' : undefined} />
      ),
    },
    { title: t('interactions.imports.columns.accepted'), dataIndex: 'accepted', align: 'right', render: count },
    { title: t('interactions.imports.columns.rejected'), dataIndex: 'rejected', align: 'right', render: count },
    { title: t('interactions.imports.columns.duplicates'), dataIndex: 'duplicates', align: 'right', render: count },
    { title: t('interactions.imports.columns.createdAt'), dataIndex: 'createdAt', render: localTime },
    {
      key: 'open',
      render: (_, r) => <Link to={`/interactions/imports/${r.id}`}>{t('interactions.imports.open')}</Link>,
    },
  ];

  const options = [
    { value: 'template', label: t('interactions.imports.formats.template') },
    { value: 'asterisk', label: t('interactions.imports.formats.asterisk') },
    ...mappings.map((m) => ({
      value: `mapping:${m.name}`,
      label: t('interactions.imports.formats.mapping', { name: m.name }),
    })),
  ];

  return (
    <>
      <PageHeader title={t('interactions.imports.title')} />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph>{t('interactions.imports.intro')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 16 }}>
          <span>{t('interactions.imports.format')}</span>
          <Select
            value={format}
            onChange={setFormat}
            options={options}
            style={{ minWidth: 280 }}
            data-testid="import-format"
          />
          <Button
            icon={<DownloadOutlined />}
            href={interactionsApi.templateUrl('csv', templateLang)}
            data-testid="import-template-csv"
          >
            {t('interactions.imports.templateCsv')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            href={interactionsApi.templateUrl('xlsx', templateLang)}
            data-testid="import-template-xlsx"
          >
            {t('interactions.imports.templateXlsx')}
          </Button>
          <Link to="/interactions/mappings" data-testid="import-mappings">
            {t('interactions.menu.mappings')}
          </Link>
        </Space>
        <FileDrop
          upload={upload}
          accept={ACCEPT}
          text={busy ? t('interactions.imports.uploading') : t('interactions.imports.drag')}
          hint={t('interactions.imports.hint')}
          testId="import-upload"
        />
      </Card>
      <Card title={t('interactions.imports.history')}>
        <Table<ImportDetail> {...table.tableProps} columns={columns} data-testid="import-list" />
      </Card>
    </>
  );
}
