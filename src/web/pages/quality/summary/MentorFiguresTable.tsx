import { Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { feedbackApi, type MentorFigure } from '../feedback/feedbackApi';

/** Mentors' QA figures over the 30 days to `to`: errors their mentees made before regular status
 *  are handled with the trainee and left out (SPEC §7), shown apart so nothing is hidden. */
export function MentorFiguresTable({ to }: { to: string }) {
  const t = useT();
  const from = dayjs(to).subtract(29, 'day').format('YYYY-MM-DD');
  const rows = useApiQuery(keys.quality('mentors', from, to), () => feedbackApi.mentors({ from, to })).data;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('quality.feedback.mentors.help', { from, to })}</Typography.Paragraph>
      <Table<MentorFigure>
        rowKey="mentorId"
        loading={!rows}
        dataSource={rows ?? []}
        pagination={false}
        data-testid="mentor-figures"
        columns={[
          { title: t('quality.feedback.mentors.mentor'), dataIndex: 'mentorName' },
          { title: t('quality.feedback.mentors.evaluations'), dataIndex: 'menteeEvaluations' },
          { title: t('quality.feedback.mentors.errors'), dataIndex: 'menteeErrors' },
          {
            title: t('quality.feedback.mentors.average'),
            dataIndex: 'menteeAverage',
            render: (v: number | null) => v ?? '—',
          },
          {
            title: t('quality.feedback.mentors.excluded'),
            key: 'excluded',
            render: (_, m) => `${m.excludedTraineeEvaluations} / ${m.excludedTraineeErrors}`,
          },
        ]}
      />
    </>
  );
}
