import { Space, Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import type { FitColumn } from '../../../components/useFitColumns';
import type { EvaluationRow } from '../forms/formsApi';

const BEFORE_REGULAR = ['trainee', 'probation'];

/** The score as it stands (final), with the original beside it when a dispute changed it. */
export function ScoreCell({
  row,
}: {
  row: Pick<EvaluationRow, 'score' | 'finalScore' | 'passed' | 'criticalFailure'> & {
    fitnessMark?: EvaluationRow['fitnessMark'];
  };
}) {
  const t = useT();
  return (
    <Space size={4}>
      <Tag color={row.passed ? 'green' : 'red'}>{row.finalScore}</Tag>
      {row.finalScore !== row.score && (
        <Tooltip title={t('quality.forms.evaluations.original')}>
          <s style={{ color: '#999' }}>{row.score}</s>
        </Tooltip>
      )}
      {row.criticalFailure !== 'none' && (
        <Tag color="volcano">{t(`quality.forms.critical.${row.criticalFailure}`)}</Tag>
      )}
      {row.fitnessMark?.state === 'flagged' && (
        <Tooltip title={t('quality.fitness.mark.flaggedHint')}>
          <Tag color="magenta" data-testid="fitness-flag">
            {t('quality.fitness.mark.tag')}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}

/** Columns shared by the evaluations list and "my evaluations": the day (the link to open one)
 *  and the agent stay pinned; when it was scored and the business type wait in the column picker. */
export function useEvaluationColumns(opts: { agent: boolean; evaluator: boolean }): FitColumn<EvaluationRow>[] {
  const t = useT();
  return [
    {
      key: 'day',
      title: t('quality.forms.evaluations.day'),
      dataIndex: 'day',
      width: 110,
      fixed: 'left',
      render: (d: string, r: EvaluationRow) => (
        <Link to={`/quality/evaluations/${r.id}`} data-testid="evaluation-link">
          {d}
        </Link>
      ),
    },
    ...(opts.agent
      ? [
          {
            key: 'agent',
            title: t('quality.forms.evaluations.agent'),
            fixed: 'left' as const,
            render: (_: unknown, r: EvaluationRow) => `${r.agentName} · ${r.employeeNo}`,
          },
          { key: 'team', title: t('quality.forms.evaluations.team'), dataIndex: 'teamName' },
        ]
      : []),
    {
      key: 'form',
      title: t('quality.forms.evaluations.form'),
      render: (_: unknown, r: EvaluationRow) => `${r.formName} v${r.formVersion}`,
    },
    {
      key: 'method',
      title: t('quality.forms.evaluations.method'),
      dataIndex: 'method',
      render: (m: 'live') => t(`quality.forms.methods.${m}`),
    },
    {
      key: 'businessType',
      title: t('quality.forms.evaluations.businessType'),
      dataIndex: 'businessType',
      defaultHidden: true,
      render: (b: string | null) => b ?? '—',
    },
    ...(opts.evaluator
      ? [{ key: 'evaluator', title: t('quality.forms.evaluations.evaluator'), dataIndex: 'evaluatorName' }]
      : []),
    {
      key: 'score',
      title: t('quality.forms.evaluations.score'),
      render: (_: unknown, r: EvaluationRow) => <ScoreCell row={r} />,
    },
    {
      key: 'stage',
      title: t('quality.forms.evaluations.status'),
      dataIndex: 'agentStatus',
      empty: (r) => !BEFORE_REGULAR.includes(r.agentStatus),
      render: (s: string) =>
        BEFORE_REGULAR.includes(s) ? <Tag>{t('quality.forms.evaluations.beforeRegular')}</Tag> : null,
    },
    {
      key: 'scoredAt',
      title: t('quality.forms.evaluations.scoredAt'),
      dataIndex: 'scoredAt',
      defaultHidden: true,
      render: (v: string) => localTime(v),
    },
    // The agent's acknowledgement, kept on the feedback task (part D) and sent with the row.
    {
      key: 'acknowledged',
      title: t('quality.feedback.columns.acknowledged'),
      dataIndex: 'acknowledgedAt',
      render: (v: string | null) =>
        v ? (
          <Tooltip title={localTime(v)}>
            <Tag color="green" data-testid="acknowledged">
              {t('quality.feedback.panel.acknowledged')}
            </Tag>
          </Tooltip>
        ) : (
          '—'
        ),
    },
  ];
}
