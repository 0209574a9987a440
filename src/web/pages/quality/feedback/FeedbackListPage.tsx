import { keys } from '../../../query/keys';
import { Card, Segmented, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { FEEDBACK_STATES, FEEDBACK_VIEWS } from '../../../../common/quality-feedback';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useFitColumns } from '../../../components/useFitColumns';
import { useTableQuery } from '../../../components/useTableQuery';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { feedbackApi, type EvaluatorCount, type Feedback } from './feedbackApi';
import { DueCell, FeedbackStateTag } from './FeedbackStatus';

/** 质检反馈: feedback tasks with their working-day deadlines — mine (as evaluator or agent),
 *  overdue (for the lead), all in sight — and, for QA leads, overdue and late counts per evaluator. */
export default function FeedbackListPage() {
  const t = useT();
  const can = useCan();
  const list = useTableQuery<Feedback>(keys.quality('feedback', 'page'), feedbackApi.list);
  const lead = can('quality.lead');
  const counts = useApiQuery(keys.quality('feedback', 'byEvaluator'), () => feedbackApi.byEvaluator(), {
    enabled: lead,
  }).data;
  // The agent (the link to the evaluation) stays pinned; when it was scored waits in the picker.
  const fit = useFitColumns<Feedback>(
    'quality-feedback',
    [
      {
        key: 'agent',
        title: t('quality.feedback.columns.agent'),
        fixed: 'left',
        render: (_, r) => <Link to={`/quality/evaluations/${r.evaluationId}`}>{r.agentName}</Link>,
      },
      { key: 'team', title: t('quality.feedback.columns.team'), dataIndex: 'teamName' },
      { key: 'evaluator', title: t('quality.feedback.columns.evaluator'), dataIndex: 'evaluatorName' },
      {
        key: 'scoredAt',
        title: t('quality.feedback.columns.scoredAt'),
        dataIndex: 'scoredAt',
        defaultHidden: true,
        render: (v: string) => localTime(v),
      },
      {
        key: 'score',
        title: t('quality.feedback.columns.score'),
        render: (_, r) => (r.finalScore !== r.score ? `${r.score} → ${r.finalScore}` : r.score),
      },
      {
        key: 'kind',
        title: t('quality.feedback.columns.kind'),
        dataIndex: 'kind',
        render: (v: string) => t(`quality.feedback.kinds.${v as 'individual'}`),
      },
      { key: 'due', title: t('quality.feedback.columns.due'), render: (_, r) => <DueCell f={r} /> },
      { key: 'state', title: t('quality.feedback.columns.state'), render: (_, r) => <FeedbackStateTag f={r} /> },
      {
        key: 'given',
        title: t('quality.feedback.columns.given'),
        empty: (r) => !r.givenOn,
        render: (_, r) => (r.givenOn ? `${r.givenOn} · ${t(`quality.feedback.modes.${r.mode!}`)}` : '—'),
      },
      {
        key: 'ack',
        title: t('quality.feedback.columns.acknowledged'),
        empty: (r) => !r.acknowledgedAt,
        render: (_, r) =>
          r.acknowledgedAt ? <Tag color="green">{t('quality.feedback.panel.acknowledged')}</Tag> : '—',
      },
    ],
    list.tableProps.dataSource,
  );
  const countColumns: TableColumnsType<EvaluatorCount> = [
    { title: t('quality.feedback.columns.evaluator'), dataIndex: 'evaluatorName' },
    ...(['pending', 'overdue', 'onTime', 'late', 'calendarMissing'] as const).map((k) => ({
      title: t(`quality.feedback.counts.${k}`),
      dataIndex: k,
      render: (v: number) =>
        v > 0 && (k === 'overdue' || k === 'late') ? <Tag color={k === 'overdue' ? 'red' : 'orange'}>{v}</Tag> : v,
    })),
  ];
  return (
    <>
      <PageHeader title={t('quality.feedback.title')} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={list.get('view') ?? 'mine'}
          onChange={(view) => list.update({ view: String(view) })}
          data-testid="feedback-view"
          options={FEEDBACK_VIEWS.map((v) => ({ value: v, label: t(`quality.feedback.views.${v}`) }))}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('quality.feedback.columns.state')}
          value={list.get('state')}
          onChange={(state) => list.update({ state })}
          options={FEEDBACK_STATES.map((s) => ({ value: s, label: t(`quality.feedback.state.${s}`) }))}
        />
        {fit.picker}
      </Space>
      <Table<Feedback>
        {...list.tableProps}
        rowKey="id"
        columns={fit.columns}
        scroll={fit.scroll}
        data-testid="feedback-list"
      />
      {counts && (
        <Card size="small" title={t('quality.feedback.counts.title')} style={{ marginTop: 16 }}>
          <Table<EvaluatorCount>
            size="small"
            rowKey="evaluatorUserId"
            pagination={false}
            dataSource={counts}
            columns={countColumns}
            data-testid="feedback-counts"
          />
        </Card>
      )}
    </>
  );
}
