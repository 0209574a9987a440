import { PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Segmented, Space, Switch, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FORM_KINDS } from '../../../../common/quality';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { formsApi, type FormSummary } from './formsApi';
import { showError } from '../../../feedback';

/** 评分表: the scorecards by kind (inbound, outbound, non-voice) with their versions. */
export default function FormsPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const [kind, setKind] = useState<string>('all');
  const [archived, setArchived] = useState(false);
  const [rows, setRows] = useState<FormSummary[]>([]);
  const [loading, setLoading] = useState(false);
  const load = useCallback(async () => {
    setLoading(true);
    try { setRows(await formsApi.forms({ kind: kind === 'all' ? undefined : kind, includeArchived: archived ? '1' : undefined })); }
    catch (err) { showError(err); } finally { setLoading(false); }
  }, [kind, archived]);
  useEffect(() => { void load(); }, [load]);
  const toggle = async (f: FormSummary) => {
    try { await formsApi.archive(f.id, !f.archived, f.version); await load(); } catch (err) { showError(err); }
  };
  return (
    <>
      <PageHeader title={t('quality.forms.list.title')} extra={can('quality.forms') &&
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/quality/forms/new')} data-testid="form-new">{t('quality.forms.list.new')}</Button>} />
      <Space style={{ marginBottom: 12 }}>
        <Segmented value={kind} onChange={(v) => setKind(String(v))} data-testid="form-kind-filter"
          options={[{ value: 'all', label: t('quality.forms.list.all') }, ...FORM_KINDS.map((k) => ({ value: k, label: t(`quality.forms.kinds.${k}`) }))]} />
        <Switch checked={archived} onChange={setArchived} /> {t('quality.forms.list.showArchived')}
      </Space>
      <Table rowKey="id" loading={loading} dataSource={rows} data-testid="form-list"
        columns={[
          { title: t('quality.forms.list.name'), dataIndex: 'name', render: (n: string, f: FormSummary) => <Link to={`/quality/forms/${f.id}`}>{n}</Link> },
          { title: t('quality.forms.list.kind'), dataIndex: 'kind', width: 100, render: (k: 'inbound') => <Tag>{t(`quality.forms.kinds.${k}`)}</Tag> },
          { title: t('quality.forms.list.published'), dataIndex: 'publishedVersion', width: 110, render: (n: number | null) => (n ? <Tag color="green">v{n}</Tag> : <Tag>{t('quality.forms.builder.unpublished')}</Tag>) },
          { title: t('quality.forms.list.draft'), dataIndex: 'draftVersion', width: 90, render: (n: number | null) => (n ? <Tag color="gold">v{n}</Tag> : '—') },
          { title: t('quality.forms.list.evaluations'), dataIndex: 'evaluations', width: 100 },
          { title: t('quality.forms.list.updatedAt'), dataIndex: 'updatedAt', width: 170, render: (v: string) => localTime(v) },
          ...(can('quality.forms') ? [{
            title: '', key: 'a', width: 90, render: (_: unknown, f: FormSummary) => (
              <Popconfirm title={f.archived ? t('quality.forms.list.restore') : t('quality.forms.list.archiveConfirm')} onConfirm={() => toggle(f)}>
                <Button size="small" type="link">{f.archived ? t('quality.forms.list.restore') : t('quality.forms.list.archive')}</Button>
              </Popconfirm>),
          }] : []),
        ]} />
    </>
  );
}
