import { PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Segmented, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FORM_KINDS } from '../../../../common/quality';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { formsApi, type FormSummary } from './formsApi';

/** 评分表: the scorecards by kind (inbound, outbound, non-voice) with their versions. */
export default function FormsPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const [kind, setKind] = useState<string>('all');
  const [archived, setArchived] = useState(false);
  const query = { kind: kind === 'all' ? undefined : kind, includeArchived: archived ? '1' : undefined };
  const { data, loading } = useApiQuery(keys.quality('forms', query), () => formsApi.forms(query), {
    keepPrevious: true,
  });
  const rows = data ?? [];
  const archive = useApiMutation((f: FormSummary) => formsApi.archive(f.id, !f.archived, f.version), {
    invalidates: [keys.quality('forms')],
  });
  const toggle = (f: FormSummary) => archive.mutate(f);
  return (
    <>
      <PageHeader
        title={t('quality.forms.list.title')}
        extra={
          can('quality.forms') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/quality/forms/new')}
              data-testid="form-new"
            >
              {t('quality.forms.list.new')}
            </Button>
          )
        }
      />
      <Space style={{ marginBottom: 12 }}>
        <Segmented
          value={kind}
          onChange={(v) => setKind(String(v))}
          data-testid="form-kind-filter"
          options={[
            { value: 'all', label: t('quality.forms.list.all') },
            ...FORM_KINDS.map((k) => ({ value: k, label: t(`quality.forms.kinds.${k}`) })),
          ]}
        />
        <Switch checked={archived} onChange={setArchived} /> {t('quality.forms.list.showArchived')}
      </Space>
      <Table
        rowKey="id"
        loading={loading}
        dataSource={rows}
        data-testid="form-list"
        columns={[
          {
            title: t('quality.forms.list.name'),
            dataIndex: 'name',
            render: (n: string, f: FormSummary) => <Link to={`/quality/forms/${f.id}`}>{n}</Link>,
          },
          {
            title: t('quality.forms.list.kind'),
            dataIndex: 'kind',
            width: 100,
            render: (k: 'inbound') => <Tag>{t(`quality.forms.kinds.${k}`)}</Tag>,
          },
          {
            title: t('quality.forms.list.published'),
            dataIndex: 'publishedVersion',
            width: 110,
            render: (n: number | null) =>
              n ? <Tag color="green">v{n}</Tag> : <Tag>{t('quality.forms.builder.unpublished')}</Tag>,
          },
          {
            title: t('quality.forms.list.draft'),
            dataIndex: 'draftVersion',
            width: 90,
            render: (n: number | null) => (n ? <Tag color="gold">v{n}</Tag> : '—'),
          },
          { title: t('quality.forms.list.evaluations'), dataIndex: 'evaluations', width: 100 },
          {
            title: t('quality.forms.list.updatedAt'),
            dataIndex: 'updatedAt',
            width: 170,
            render: (v: string) => localTime(v),
          },
          ...(can('quality.forms')
            ? [
                {
                  title: '',
                  key: 'a',
                  width: 90,
                  render: (_: unknown, f: FormSummary) => (
                    <Popconfirm
                      title={f.archived ? t('quality.forms.list.restore') : t('quality.forms.list.archiveConfirm')}
                      onConfirm={() => toggle(f)}
                    >
                      <Button size="small" type="link">
                        {f.archived ? t('quality.forms.list.restore') : t('quality.forms.list.archive')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
