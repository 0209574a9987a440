import { TeamSelect } from '../../../components/OrgPickers';
import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { MissedCardView, TeamPersonRowView } from '../../../../common/drills-team';
import { PageHeader } from '../../../components/PageHeader';
import { useDepartments } from '../../../components/useDepartments';
import { useI18n } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { teamApi, teamKey } from './api';
import { MinutesChart } from './MinutesChart';

// 团队演练 (issue 20 item 5): per person in the reader's sight the minutes practised, days at the
// goal, reviews, backlog, mastery and last quiz over the chosen days; a bar chart of the minutes;
// the cards the people miss most; the same table as .xlsx.

const dash = <Typography.Text type="secondary">–</Typography.Text>;

export default function TeamPage() {
  const { t, locale } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(6, 'day'), dayjs()]);
  const [teamId, setTeamId] = useState<string | undefined>();
  const { departments } = useDepartments();
  const q = { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), teamId };
  const { data, loading } = useApiQuery(teamKey('view', q), () => teamApi.view(q), { keepPrevious: true });
  const c = (key: string) => t(`drills.team.columns.${key}` as 'drills.team.columns.name');
  const m = (key: string) => t(`drills.team.missed.${key}` as 'drills.team.missed.deck');

  const people = useMemo(() => [...(data?.people ?? [])].sort((a, b) => b.minutes - a.minutes), [data]);
  const days = range[1].diff(range[0], 'day') + 1;

  const columns: ColumnsType<TeamPersonRowView> = [
    { title: c('employeeNo'), dataIndex: 'employeeNo', width: 100, responsive: ['sm'] },
    { title: c('name'), dataIndex: 'name', width: 100, fixed: 'left' },
    { title: c('teamName'), dataIndex: 'teamName', width: 120, responsive: ['lg'] },
    { title: c('minutes'), dataIndex: 'minutes', align: 'right', width: 90, sorter: (a, b) => a.minutes - b.minutes },
    { title: c('goalDays'), dataIndex: 'goalDays', align: 'right', width: 90, responsive: ['sm'] },
    { title: c('reviews'), dataIndex: 'reviews', align: 'right', width: 80, responsive: ['md'] },
    { title: c('dueNow'), dataIndex: 'dueNow', align: 'right', width: 80, sorter: (a, b) => a.dueNow - b.dueNow },
    {
      title: c('overdue'),
      dataIndex: 'overdue',
      align: 'right',
      width: 70,
      render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0),
    },
    {
      title: c('mastery'),
      dataIndex: 'masteryPercent',
      align: 'right',
      width: 80,
      render: (p: number | null) => (p === null ? dash : `${p}%`),
    },
    {
      title: c('lastQuiz'),
      key: 'quiz',
      align: 'right',
      width: 120,
      render: (_: unknown, r) =>
        r.lastQuizPercent === null ? dash : `${r.lastQuizPercent}% (${r.lastQuizDay?.slice(5) ?? ''})`,
    },
  ];

  const missedColumns: ColumnsType<MissedCardView> = [
    { title: m('deck'), dataIndex: 'deckName', width: 120, responsive: ['sm'] },
    {
      title: m('prompt'),
      dataIndex: 'prompt',
      render: (p: string, r) => (
        <>
          <Tag>{t(`drills.practice.kind.${r.kind}`)}</Tag>
          {p}
        </>
      ),
    },
    { title: m('reviews'), dataIndex: 'reviews', align: 'right', width: 80, responsive: ['md'] },
    { title: m('again'), dataIndex: 'again', align: 'right', width: 80, responsive: ['md'] },
    { title: m('againPercent'), dataIndex: 'againPercent', align: 'right', width: 80, render: (p: number) => `${p}%` },
  ];

  return (
    <div data-testid="drills-team-page">
      <PageHeader title={t('drills.team.title')} />
      <Typography.Paragraph type="secondary">{t('drills.team.help')}</Typography.Paragraph>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <DatePicker.RangePicker
            allowClear={false}
            value={range}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            aria-label={t('drills.team.range')}
            data-testid="team-range"
          />
          <TeamSelect
            departments={departments}
            allowClear
            style={{ minWidth: 200 }}
            placeholder={t('drills.team.allTeams')}
            value={teamId}
            onChange={setTeamId}
            aria-label={t('drills.team.team')}
            data-testid="team-team"
          />
          <Button icon={<FileExcelOutlined />} href={teamApi.exportUrl(q, locale)} download data-testid="team-export">
            {t('drills.team.export')}
          </Button>
          {data && (
            <Typography.Text type="secondary">{t('drills.team.goalHint', { goal: data.goalMinutes })}</Typography.Text>
          )}
        </Space>
        {people.length > 0 && (
          <MinutesChart
            names={people.map((p) => p.name)}
            minutes={people.map((p) => p.minutes)}
            goal={(data?.goalMinutes ?? 0) * days}
            seriesName={t('drills.team.minutes')}
          />
        )}
        <Table<TeamPersonRowView>
          size="small"
          rowKey="employeeId"
          loading={loading}
          columns={columns}
          dataSource={people}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('drills.team.empty') }}
          data-testid="team-table"
        />
      </Card>
      <Card size="small" title={m('title')} style={{ marginTop: 16 }} data-testid="team-missed">
        <Typography.Paragraph type="secondary">{m('help')}</Typography.Paragraph>
        <Table<MissedCardView>
          size="small"
          rowKey="cardId"
          columns={missedColumns}
          dataSource={data?.mostMissed ?? []}
          pagination={false}
          locale={{ emptyText: m('empty') }}
        />
      </Card>
    </div>
  );
}
