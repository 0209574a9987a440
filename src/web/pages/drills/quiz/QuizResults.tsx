import { TeamSelect } from '../../../components/OrgPickers';
import { Card, DatePicker, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useDepartments } from '../../../components/useDepartments';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { quizApi, quizKey, type QuizResultRowView } from './api';

/** The quiz results of a day for the people the reader may see (their learners, their team, all). */
export function QuizResults() {
  const t = useT();
  const [day, setDay] = useState<Dayjs>(() => dayjs());
  const [teamId, setTeamId] = useState<string | undefined>();
  const { departments } = useDepartments();
  const q = { day: day.format('YYYY-MM-DD'), teamId };
  const { data, loading } = useApiQuery(quizKey('results', q), () => quizApi.results(q), { keepPrevious: true });
  const k = (key: string) => t(`drills.quiz.results.${key}` as 'drills.quiz.results.name');
  const columns: ColumnsType<QuizResultRowView> = [
    { title: k('employeeNo'), dataIndex: 'employeeNo', width: 100, responsive: ['sm'] },
    { title: k('name'), dataIndex: 'name', width: 100 },
    { title: k('teamName'), dataIndex: 'teamName', width: 120, responsive: ['md'] },
    {
      title: k('status'),
      dataIndex: 'status',
      width: 90,
      render: (s: QuizResultRowView['status']) => (
        <Tag color={s === 'finished' ? 'green' : 'blue'}>{t(`drills.quiz.status.${s}`)}</Tag>
      ),
    },
    {
      title: k('answered'),
      key: 'answered',
      align: 'right',
      width: 80,
      render: (_: unknown, r) => `${r.answered} / ${r.total}`,
    },
    { title: k('correct'), dataIndex: 'correct', align: 'right', width: 70, responsive: ['sm'] },
    { title: k('percent'), dataIndex: 'percent', align: 'right', width: 80, render: (p: number) => `${p}%` },
    {
      title: k('finishedAt'),
      dataIndex: 'finishedAt',
      width: 140,
      responsive: ['md'],
      render: (v: string | null) => (v ? dayjs(v).format('HH:mm') : ''),
    },
  ];
  return (
    <Card size="small" title={k('title')} style={{ marginTop: 24 }} data-testid="quiz-results">
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          allowClear={false}
          value={day}
          onChange={(d) => d && setDay(d)}
          aria-label={k('day')}
          data-testid="quiz-results-day"
        />
        <TeamSelect
          departments={departments}
          allowClear
          style={{ minWidth: 200 }}
          placeholder={k('allTeams')}
          value={teamId}
          onChange={setTeamId}
          aria-label={k('team')}
          data-testid="quiz-results-team"
        />
      </Space>
      <Table<QuizResultRowView>
        size="small"
        rowKey="quizId"
        loading={loading}
        columns={columns}
        dataSource={data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: k('empty') }}
      />
    </Card>
  );
}
