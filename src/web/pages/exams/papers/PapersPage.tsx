import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { formatRule } from '../format';
import { examsApi, type Paper } from '../examsApi';
import { PaperModal } from './PaperModal';

/** 试卷: fixed or random papers. */
export default function PapersPage() {
  const t = useT();
  const [creating, setCreating] = useState(false);
  const { data, loading } = useApiQuery(keys.exams('papers'), () => examsApi.papers());
  const rows = data ?? [];
  // After a write here: this list, and what else shows it, read again.
  const invalidate = useInvalidate();
  const load = () => invalidate(keys.exams('papers'));
  return (
    <>
      <PageHeader
        title={t('exams.papers.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="paper-new">
            {t('exams.papers.new')}
          </Button>
        }
      />
      <Table
        rowKey="id"
        loading={loading}
        dataSource={rows}
        data-testid="paper-list"
        columns={[
          { title: t('exams.fields.title'), dataIndex: 'title' },
          {
            title: t('exams.papers.mode'),
            dataIndex: 'mode',
            width: 100,
            render: (m: string) => <Tag>{m === 'random' ? t('exams.papers.random') : t('exams.papers.fixed')}</Tag>,
          },
          {
            title: t('exams.papers.content'),
            key: 'c',
            render: (_: unknown, p: Paper) =>
              p.mode === 'random'
                ? p.rules.map((r, i) => <div key={i}>{formatRule(t, r)}</div>)
                : t('exams.papers.nQuestions', { n: p.items.length }),
          },
          {
            title: t('exams.fields.updatedAt'),
            dataIndex: 'updatedAt',
            width: 180,
            render: (v: string) => new Date(v).toLocaleString(),
          },
        ]}
      />
      {creating && <PaperModal onClose={() => setCreating(false)} onSaved={load} />}
    </>
  );
}
