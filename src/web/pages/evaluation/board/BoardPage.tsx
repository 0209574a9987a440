import { DownloadOutlined } from '@ant-design/icons';
import { Button, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { showError } from '../../../feedback';
import { useI18n, useT, type MsgKey } from '../../../i18n';
import { CriteriaTags, statusLabel } from '../criteriaText';
import { evaluationApi, type Board, type BoardRow, type CohortBrief } from '../evaluationApi';

// 培训班看板: the cohort in one table — each exam's score, each period's daily score, attendance,
// mentoring phase, status and risk — with the name column fixed while the rest scrolls.

const scoreCell = (score: number | null, passed: boolean | null, title?: string) => {
  if (score === null) return '—';
  const tag = <Tag color={passed === false ? 'red' : 'default'} style={{ marginInlineEnd: 0 }}>{score}</Tag>;
  return title ? <Tooltip title={title}>{tag}</Tooltip> : tag;
};

export default function BoardPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const [cohorts, setCohorts] = useState<CohortBrief[]>([]);
  const [board, setBoard] = useState<Board | null>(null);
  const [loading, setLoading] = useState(false);
  const { locale } = useI18n();

  useEffect(() => { evaluationApi.cohorts().then(setCohorts).catch(showError); }, []);
  useEffect(() => {
    if (!id && cohorts.length) navigate(`/evaluation/cohorts/${cohorts[0].id}/board`, { replace: true });
  }, [id, cohorts, navigate]);
  useEffect(() => {
    if (!id) return;
    setLoading(true);
    evaluationApi.board(id).then(setBoard).catch(showError).finally(() => setLoading(false));
  }, [id]);

  const columns = useMemo<ColumnsType<BoardRow>>(() => {
    if (!board) return [];
    const titles = (kind: 'theory' | 'practical') => [...new Set(board.rows.flatMap((r) => r[kind].map((c) => c.title)))];
    const examColumns = (kind: 'theory' | 'practical') => titles(kind).map((title) => ({
      title: <Typography.Text ellipsis style={{ maxWidth: 120 }} title={title}>{title}</Typography.Text>, key: `${kind}-${title}`, width: 110, align: 'center' as const,
      render: (_: unknown, r: BoardRow) => {
        const cell = r[kind].filter((c) => c.title === title).at(-1);
        return cell ? scoreCell(cell.score, cell.passed, cell.date ?? undefined) : '—';
      },
    }));
    const theory = examColumns('theory');
    const practical = examColumns('practical');
    return [
      { title: t('evaluation.fields.name'), key: 'name', fixed: 'left', width: 130, render: (_: unknown, r) => <Link to={`/evaluation/trainees/${r.employeeId}`}>{r.name}</Link> },
      { title: t('evaluation.fields.employeeNo'), dataIndex: 'employeeNo', width: 100 },
      { title: t('evaluation.fields.status'), dataIndex: 'status', width: 110, render: (s: string) => statusLabel(t, s) },
      ...(theory.length ? [{ title: t('evaluation.board.theory'), children: theory }] : []),
      ...(practical.length ? [{ title: t('evaluation.board.practical'), children: practical }] : []),
      ...(board.periods.length ? [{
        title: t('evaluation.board.daily'),
        children: board.periods.map((p) => ({ title: p.slice(5), key: `d-${p}`, width: 80, align: 'center' as const, render: (_: unknown, r: BoardRow) => scoreCell(r.daily[p] ?? null, null) })),
      }] : []),
      { title: t('evaluation.board.dailyAverage'), dataIndex: 'dailyAverage', width: 100, align: 'center', render: (v: number | null) => v ?? '—' },
      { title: t('evaluation.board.attendance'), dataIndex: 'attendance', width: 100, align: 'center', render: (v: number | null) => v ?? '—' },
      { title: t('evaluation.board.mentoring'), key: 'm', width: 150, render: (_: unknown, r) => (r.mentoring.mode
        ? <Space size={4} wrap><Tag>{t(`evaluation.board.modes.${r.mentoring.mode}` as MsgKey)}</Tag><span>{t('evaluation.board.hours', { hours: r.mentoring.hours })}</span></Space>
        : t('evaluation.board.none')) },
      { title: t('evaluation.board.risk'), key: 'risk', width: 240, render: (_: unknown, r) => <CriteriaTags criteria={r.criteria} /> },
    ];
  }, [board, t]);

  return (
    <>
      <PageHeader title={t('evaluation.board.title')} extra={
        <Space wrap>
          <Select style={{ minWidth: 240 }} placeholder={t('evaluation.board.pick')} value={id} data-testid="board-cohort"
            onChange={(v) => navigate(`/evaluation/cohorts/${v}/board`)} options={cohorts.map((c) => ({ value: c.id, label: `${c.name}（${c.startDate}）` }))} />
          {id && <Button icon={<DownloadOutlined />} href={evaluationApi.boardExportUrl(id, locale)}>{t('evaluation.board.export')}</Button>}
        </Space>} />
      <Table<BoardRow> rowKey="employeeId" size="small" bordered loading={loading} dataSource={board?.rows ?? []} columns={columns}
        scroll={{ x: 'max-content' }} pagination={false} data-testid="cohort-board" locale={{ emptyText: t('evaluation.board.empty') }} />
    </>
  );
}
