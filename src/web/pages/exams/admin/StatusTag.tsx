import { Tag } from 'antd';
import { useT } from '../../../i18n';
import type { Exam } from '../examsApi';

const COLORS = { draft: 'default', open: 'green', closed: 'orange', released: 'blue' } as const;
export function StatusTag({ exam }: { exam: Exam }) {
  const t = useT();
  const s = exam.resultsReleasedAt ? 'released' : exam.status;
  return (
    <Tag color={COLORS[s]} data-testid="exam-status" data-status={s}>
      {t(`exams.status.${s}`)}
    </Tag>
  );
}
