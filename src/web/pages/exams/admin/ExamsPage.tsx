import { PlusOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi, type Exam } from '../examsApi';
import { fmtTime } from '../format';
import { ExamModal } from './ExamModal';
import { StatusTag } from './StatusTag';

/** 考试: every exam the caller may see; a new one opens its page. */
export default function ExamsPage() {
  const t = useT();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, loading } = useApiQuery(keys.exams('exams'), () => examsApi.exams());
  const rows = data ?? [];
  return (
    <>
      <PageHeader
        title={t('exams.manage.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="exam-new">
            {t('exams.manage.new')}
          </Button>
        }
      />
      <Table
        rowKey="id"
        loading={loading}
        dataSource={rows}
        data-testid="exam-list"
        columns={[
          {
            title: t('exams.fields.title'),
            dataIndex: 'title',
            render: (v: string, e: Exam) => <Link to={`/exams/manage/${e.id}`}>{v}</Link>,
          },
          {
            title: t('exams.manage.status'),
            key: 's',
            width: 110,
            render: (_: unknown, e: Exam) => <StatusTag exam={e} />,
          },
          { title: t('exams.manage.opensAt'), dataIndex: 'opensAt', render: fmtTime },
          { title: t('exams.manage.closesAt'), dataIndex: 'closesAt', render: fmtTime },
          { title: t('exams.manage.examinees'), dataIndex: 'examineeCount', width: 90 },
        ]}
      />
      {creating && <ExamModal onClose={() => setCreating(false)} onSaved={(id) => navigate(`/exams/manage/${id}`)} />}
    </>
  );
}
