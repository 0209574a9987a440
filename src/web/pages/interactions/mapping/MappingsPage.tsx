import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { showError, showSuccess } from '../../../feedback';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { interactionsApi, type ImportField, type SavedMapping } from '../interactionsApi';
import { MappingEditor } from './MappingEditor';

const importLink = (name: string) => `/interactions/imports?format=${encodeURIComponent(`mapping:${name}`)}`;

/** 列映射: the saved column mappings for CSVs of other systems, and the new-mapping flow. */
const NO_FIELDS: ImportField[] = [];

export default function MappingsPage() {
  const t = useT();
  const { data: mappings, loading } = useApiQuery(keys.interactions('mappings'), () => interactionsApi.mappings());
  const fields = useApiQuery(keys.interactions('fields'), () => interactionsApi.fields()).data?.fields ?? NO_FIELDS;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const invalidate = useInvalidate();
  const reload = () => invalidate(keys.interactions('mappings'));

  const remove = async (name: string) => {
    try {
      await interactionsApi.deleteMapping(name);
      showSuccess(t('interactions.mappings.deleted', { name }));
      if (saved === name) setSaved(null);
      await reload();
    } catch (err) {
      showError(err);
    }
  };

  const fieldName = (key: string) => {
    const f = fields.find((x) => x.key === key);
    return f ? t('interactions.mappings.fieldName', { zh: f.zh, en: f.en }) : key;
  };

  const columns: TableColumnsType<SavedMapping> = [
    {
      title: t('interactions.mappings.name'),
      dataIndex: 'name',
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    { title: t('interactions.mappings.description'), dataIndex: 'description', render: (v: string | null) => v ?? '' },
    {
      title: t('interactions.mappings.columns.mapped'),
      key: 'mapped',
      ellipsis: true,
      render: (_, r) =>
        Object.entries(r.mapping?.columns ?? {})
          .map(([k, v]) => `${fieldName(k)} ← ${typeof v === 'number' ? `#${v}` : v}`)
          .join('; '),
    },
    {
      title: t('interactions.mappings.columns.updatedAt'),
      dataIndex: 'updatedAt',
      width: 170,
      render: (v?: string) => (v ? localTime(v) : ''),
    },
    {
      key: 'actions',
      width: 200,
      render: (_, r) => (
        <Space>
          <Link to={importLink(r.name)} data-testid="mapping-import">
            {t('interactions.mappings.importWith')}
          </Link>
          <Popconfirm
            title={t('interactions.mappings.confirmDelete', { name: r.name })}
            onConfirm={() => remove(r.name)}
          >
            <Button type="link" danger size="small" icon={<DeleteOutlined />} data-testid="mapping-delete">
              {t('interactions.mappings.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Link to="/interactions/imports">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('interactions.progress.back')}
        </Button>
      </Link>
      <PageHeader
        title={editing ? t('interactions.mappings.newTitle') : t('interactions.mappings.title')}
        extra={
          !editing && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setEditing(true);
                setSaved(null);
              }}
              data-testid="mapping-new"
            >
              {t('interactions.mappings.new')}
            </Button>
          )
        }
      />
      {saved && (
        <Alert
          type="success"
          showIcon
          closable
          style={{ marginBottom: 16 }}
          onClose={() => setSaved(null)}
          data-testid="mapping-saved"
          title={t('interactions.mappings.saved', { name: saved })}
          action={
            <Link to={importLink(saved)}>
              <Button type="primary" size="small">
                {t('interactions.mappings.importWith')}
              </Button>
            </Link>
          }
        />
      )}
      {editing ? (
        <MappingEditor
          fields={fields}
          onCancel={() => setEditing(false)}
          onSaved={(name) => {
            setEditing(false);
            setSaved(name);
            void reload();
          }}
        />
      ) : (
        <Card>
          <Typography.Paragraph type="secondary">{t('interactions.mappings.intro')}</Typography.Paragraph>
          <Table<SavedMapping>
            rowKey="name"
            loading={loading}
            columns={columns}
            dataSource={mappings ?? []}
            pagination={false}
            data-testid="mapping-list"
            locale={{ emptyText: t('interactions.mappings.empty') }}
          />
        </Card>
      )}
    </>
  );
}
