import { Alert, Table } from 'antd';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi } from '../examsApi';
import { fmtScore } from '../format';

/** Facility and discrimination per question (Moodle's definitions), once enough attempts exist. */
export function ItemAnalysisTable({ examId }: { examId: string }) {
  const t = useT();
  // Under the exam's key: what the exam page changes refreshes it.
  const data = useApiQuery(keys.exams('exam', examId, 'itemAnalysis'), () => examsApi.itemAnalysis(examId)).data;
  if (!data) return null;
  return (
    <>
      {!data.enough && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('exams.analysis.notEnough', { n: data.attempts, min: data.minAttempts })}
        />
      )}
      <Table
        rowKey="questionId"
        size="small"
        dataSource={data.items}
        data-testid="item-analysis"
        columns={[
          { title: t('exams.fields.stem'), dataIndex: 'title', ellipsis: true },
          {
            title: t('exams.fields.type'),
            dataIndex: 'type',
            width: 100,
            render: (v: string) => t(`exams.types.${v}` as never),
          },
          { title: t('exams.analysis.attempts'), dataIndex: 'attempts', width: 80 },
          { title: t('exams.analysis.facility'), dataIndex: 'facilityIndex', width: 110, render: fmtScore },
          { title: t('exams.analysis.discrimination'), dataIndex: 'discriminationIndex', width: 110, render: fmtScore },
          { title: 'SD', dataIndex: 'sd', width: 80, render: fmtScore },
        ]}
      />
    </>
  );
}
