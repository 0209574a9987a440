import { DownloadOutlined } from '@ant-design/icons';
import { Button, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useFitColumns, type FitColumn } from '../../../components/useFitColumns';
import { useI18n, useT, type MsgKey } from '../../../i18n';
import { useRecordText } from '../../../recordText';
import { CriteriaTags, statusLabel } from '../criteriaText';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { evaluationApi, type BoardRow, type CohortBrief } from '../evaluationApi';

// 培训班看板: the cohort in one table — each exam's score, each period's daily score, attendance,
// mentoring phase, status and risk — with the name column fixed while the rest scrolls.

const scoreCell = (score: number | null, passed: boolean | null, title?: string) => {
  if (score === null) return '—';
  const tag = (
    <Tag color={passed === false ? 'red' : 'default'} style={{ marginInlineEnd: 0 }}>
      {score}
    </Tag>
  );
  return title ? <Tooltip title={title}>{tag}</Tooltip> : tag;
};

const NO_COHORTS: CohortBrief[] = [];
const NO_ROWS: BoardRow[] = [];

export default function BoardPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const cohorts = useApiQuery(keys.evaluation('cohorts'), () => evaluationApi.cohorts()).data ?? NO_COHORTS;
  const { data: board, loading } = useApiQuery(keys.evaluation('board', id), () => evaluationApi.board(id!), {
    enabled: !!id,
  });
  const { locale } = useI18n();
  const { result } = useRecordText();

  useEffect(() => {
    if (!id && cohorts.length) navigate(`/evaluation/cohorts/${cohorts[0].id}/board`, { replace: true });
  }, [id, cohorts, navigate]);

  // The name stays pinned; the number, the per-period daily scores and mentoring wait in the
  // column picker, so the board fits a 1280-px screen.
  const columns = useMemo<FitColumn<BoardRow>[]>(() => {
    if (!board) return [];
    // One column per exam and attempt (a retake has its own column, worded in the reader's language).
    type Cell = BoardRow['theory'][number];
    const keyOf = (c: Cell) => `${c.attempt ?? 1}-${c.title}`;
    const titles = (kind: 'theory' | 'practical') => [
      ...new Map(board.rows.flatMap((r) => r[kind].map((c) => [keyOf(c), c] as const))).entries(),
    ];
    const examColumns = (kind: 'theory' | 'practical') =>
      titles(kind).map(([key, first]) => ({
        title: (
          <Typography.Text ellipsis style={{ maxWidth: 80 }} title={result(first)}>
            {result(first)}
          </Typography.Text>
        ),
        key: `${kind}-${key}`,
        width: 96,
        align: 'center' as const,
        render: (_: unknown, r: BoardRow) => {
          const cell = r[kind].filter((c) => keyOf(c) === key).at(-1);
          return cell ? scoreCell(cell.score, cell.passed, cell.date ?? undefined) : '—';
        },
      }));
    const theory = examColumns('theory');
    const practical = examColumns('practical');
    return [
      {
        title: t('evaluation.fields.name'),
        key: 'name',
        fixed: 'left',
        width: 120,
        render: (_: unknown, r) => <Link to={`/evaluation/trainees/${r.employeeId}`}>{r.name}</Link>,
      },
      {
        title: t('evaluation.fields.employeeNo'),
        key: 'employeeNo',
        dataIndex: 'employeeNo',
        width: 100,
        defaultHidden: true,
      },
      {
        title: t('evaluation.fields.status'),
        key: 'status',
        dataIndex: 'status',
        width: 96,
        render: (s: string) => statusLabel(t, s),
      },
      ...(theory.length ? [{ title: t('evaluation.board.theory'), key: 'theory', children: theory }] : []),
      ...(practical.length ? [{ title: t('evaluation.board.practical'), key: 'practical', children: practical }] : []),
      ...(board.periods.length
        ? [
            {
              title: t('evaluation.board.daily'),
              key: 'daily',
              defaultHidden: true,
              children: board.periods.map((p) => ({
                title: p.slice(5),
                key: `d-${p}`,
                width: 80,
                align: 'center' as const,
                empty: (r: BoardRow) => r.daily[p] == null,
                render: (_: unknown, r: BoardRow) => scoreCell(r.daily[p] ?? null, null),
              })),
            },
          ]
        : []),
      {
        title: t('evaluation.board.dailyAverage'),
        key: 'dailyAverage',
        dataIndex: 'dailyAverage',
        width: 84,
        align: 'center',
        render: (v: number | null) => v ?? '—',
      },
      {
        title: t('evaluation.board.attendance'),
        key: 'attendance',
        dataIndex: 'attendance',
        width: 84,
        align: 'center',
        render: (v: number | null) => v ?? '—',
      },
      {
        title: t('evaluation.board.mentoring'),
        key: 'm',
        width: 150,
        defaultHidden: true,
        render: (_: unknown, r) =>
          r.mentoring.mode ? (
            <Space size={4} wrap>
              <Tag>{t(`evaluation.board.modes.${r.mentoring.mode}` as MsgKey)}</Tag>
              <span>{t('evaluation.board.hours', { hours: r.mentoring.hours })}</span>
            </Space>
          ) : (
            t('evaluation.board.none')
          ),
      },
      {
        title: t('evaluation.board.risk'),
        key: 'risk',
        width: 200,
        render: (_: unknown, r) => <CriteriaTags criteria={r.criteria} />,
      },
    ];
  }, [board, t, result]);

  const rows = board?.rows ?? NO_ROWS;
  const fit = useFitColumns('evaluation-board', columns, rows);

  return (
    <>
      <PageHeader
        title={t('evaluation.board.title')}
        extra={
          <Space wrap>
            <Select
              style={{ minWidth: 240 }}
              placeholder={t('evaluation.board.pick')}
              value={id}
              data-testid="board-cohort"
              onChange={(v) => navigate(`/evaluation/cohorts/${v}/board`)}
              options={cohorts.map((c) => ({ value: c.id, label: `${c.name}（${c.startDate}）` }))}
            />
            {id && (
              <Button icon={<DownloadOutlined />} href={evaluationApi.boardExportUrl(id, locale)}>
                {t('evaluation.board.export')}
              </Button>
            )}
            {fit.picker}
          </Space>
        }
      />
      <Table<BoardRow>
        rowKey="employeeId"
        size="small"
        bordered
        loading={loading}
        dataSource={rows}
        columns={fit.columns}
        scroll={fit.scroll}
        pagination={false}
        data-testid="cohort-board"
        locale={{ emptyText: t('evaluation.board.empty') }}
      />
    </>
  );
}
