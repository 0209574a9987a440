import { Space, Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import type { EvaluationRow } from '../forms/formsApi';

/** The score as it stands (final), with the original beside it when a dispute changed it. */
export function ScoreCell({ row }: { row: Pick<EvaluationRow, 'score' | 'finalScore' | 'passed' | 'criticalFailure'> }) {
  const t = useT();
  return (
    <Space size={4}>
      <Tag color={row.passed ? 'green' : 'red'}>{row.finalScore}</Tag>
      {row.finalScore !== row.score && <Tooltip title={t('quality.forms.evaluations.original')}><s style={{ color: '#999' }}>{row.score}</s></Tooltip>}
      {row.criticalFailure !== 'none' && <Tag color="volcano">{t(`quality.forms.critical.${row.criticalFailure}`)}</Tag>}
    </Space>
  );
}

/** Columns shared by the evaluations list and "my evaluations". */
export function useEvaluationColumns(opts: { agent: boolean; evaluator: boolean }) {
  const t = useT();
  return [
    { title: t('quality.forms.evaluations.day'), dataIndex: 'day', width: 110, render: (d: string, r: EvaluationRow) => <Link to={`/quality/evaluations/${r.id}`} data-testid="evaluation-link">{d}</Link> },
    ...(opts.agent ? [{ title: t('quality.forms.evaluations.agent'), key: 'agent', render: (_: unknown, r: EvaluationRow) => `${r.agentName} · ${r.employeeNo}` },
      { title: t('quality.forms.evaluations.team'), dataIndex: 'teamName' }] : []),
    { title: t('quality.forms.evaluations.form'), key: 'form', render: (_: unknown, r: EvaluationRow) => `${r.formName} v${r.formVersion}` },
    { title: t('quality.forms.evaluations.method'), dataIndex: 'method', render: (m: 'live') => t(`quality.forms.methods.${m}`) },
    { title: t('quality.forms.evaluations.businessType'), dataIndex: 'businessType', render: (b: string | null) => b ?? '—' },
    ...(opts.evaluator ? [{ title: t('quality.forms.evaluations.evaluator'), dataIndex: 'evaluatorName' }] : []),
    { title: t('quality.forms.evaluations.score'), key: 'score', render: (_: unknown, r: EvaluationRow) => <ScoreCell row={r} /> },
    { title: t('quality.forms.evaluations.status'), dataIndex: 'agentStatus', render: (s: string) => (['trainee', 'probation'].includes(s) ? <Tag>{t('quality.forms.evaluations.beforeRegular')}</Tag> : null) },
    { title: t('quality.forms.evaluations.scoredAt'), dataIndex: 'scoredAt', render: (v: string) => localTime(v) },
    // The agent's acknowledgement, kept on the feedback task (part D) and sent with the row.
    {
      title: t('quality.feedback.columns.acknowledged'), dataIndex: 'acknowledgedAt',
      render: (v: string | null) => (v ? <Tooltip title={localTime(v)}><Tag color="green" data-testid="acknowledged">{t('quality.feedback.panel.acknowledged')}</Tag></Tooltip> : '—'),
    },
  ];
}
