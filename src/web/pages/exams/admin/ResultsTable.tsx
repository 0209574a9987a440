import { Table, Tag } from 'antd';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi } from '../examsApi';
import { fmtScore, fmtTime } from '../format';

/** The attempts of an exam with scores (what the caller may see). */
export function ResultsTable({ examId }: { examId: string }) {
  const t = useT();
  // Under the exam's key: what the exam page changes (a release, a grade) refreshes it.
  const rows = useApiQuery(keys.exams('exam', examId, 'results'), () => examsApi.results(examId)).data ?? [];
  return (
    <Table
      rowKey="attemptId"
      size="small"
      dataSource={rows}
      data-testid="exam-results"
      columns={[
        { title: t('exams.fields.employeeNo'), dataIndex: 'employeeNo' },
        { title: t('exams.fields.name'), dataIndex: 'name' },
        { title: t('exams.fields.team'), dataIndex: 'teamName' },
        { title: t('exams.results.attemptNo'), dataIndex: 'attemptNo', width: 70 },
        {
          title: t('exams.results.submittedAt'),
          dataIndex: 'submittedAt',
          render: (v: string | null, r) => (
            <>
              {fmtTime(v)}
              {r.autoSubmitted && <Tag style={{ marginLeft: 4 }}>{t('exams.results.auto')}</Tag>}
            </>
          ),
        },
        { title: t('exams.results.score'), dataIndex: 'score', render: fmtScore },
        {
          title: t('exams.results.passed'),
          dataIndex: 'passed',
          render: (p: boolean | null) =>
            p === null ? (
              '—'
            ) : (
              <Tag color={p ? 'green' : 'red'}>{p ? t('exams.results.pass') : t('exams.results.fail')}</Tag>
            ),
        },
        { title: t('exams.results.pending'), dataIndex: 'pendingManual' },
      ]}
    />
  );
}
