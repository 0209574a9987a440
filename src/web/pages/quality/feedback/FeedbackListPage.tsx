import { keys } from '../../../query/keys';
import { Card, Segmented, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { FEEDBACK_STATES, FEEDBACK_VIEWS } from '../../../../common/quality-feedback';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useTableQuery } from '../../../components/useTableQuery';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { feedbackApi, type EvaluatorCount, type Feedback } from './feedbackApi';
import { DueCell, FeedbackStateTag } from './FeedbackStatus';
import { showError } from '../../../feedback';

/** 质检反馈: feedback tasks with their working-day deadlines — mine (as evaluator or agent),
 *  overdue (for the lead), all in sight — and, for QA leads, overdue and late counts per evaluator. */
export default function FeedbackListPage() {
  const t = useT();
  const can = useCan();
  const list = useTableQuery<Feedback>(keys.quality('feedback', 'page'), feedbackApi.list);
  const [counts, setCounts] = useState<EvaluatorCount[] | null>(null);
  const lead = can('quality.lead');
  useEffect(() => { if (lead) feedbackApi.byEvaluator().then(setCounts, showError); }, [lead]);
  const columns: TableColumnsType<Feedback> = [
    { title: t('quality.feedback.columns.agent'), key: 'agent', render: (_, r) => <Link to={`/quality/evaluations/${r.evaluationId}`}>{r.agentName}</Link> },
    { title: t('quality.feedback.columns.team'), dataIndex: 'teamName' },
    { title: t('quality.feedback.columns.evaluator'), dataIndex: 'evaluatorName' },
    { title: t('quality.feedback.columns.scoredAt'), dataIndex: 'scoredAt', render: (v: string) => localTime(v) },
    { title: t('quality.feedback.columns.score'), key: 'score', render: (_, r) => (r.finalScore !== r.score ? `${r.score} → ${r.finalScore}` : r.score) },
    { title: t('quality.feedback.columns.kind'), dataIndex: 'kind', render: (v: string) => t(`quality.feedback.kinds.${v as 'individual'}`) },
    { title: t('quality.feedback.columns.due'), key: 'due', render: (_, r) => <DueCell f={r} /> },
    { title: t('quality.feedback.columns.state'), key: 'state', render: (_, r) => <FeedbackStateTag f={r} /> },
    { title: t('quality.feedback.columns.given'), key: 'given', render: (_, r) => (r.givenOn ? `${r.givenOn} · ${t(`quality.feedback.modes.${r.mode!}`)}` : '—') },
    { title: t('quality.feedback.columns.acknowledged'), key: 'ack', render: (_, r) => (r.acknowledgedAt ? <Tag color="green">{t('quality.feedback.panel.acknowledged')}</Tag> : '—') },
  ];
  const countColumns: TableColumnsType<EvaluatorCount> = [
    { title: t('quality.feedback.columns.evaluator'), dataIndex: 'evaluatorName' },
    ...(['pending', 'overdue', 'onTime', 'late', 'calendarMissing'] as const).map((k) => ({
      title: t(`quality.feedback.counts.${k}`), dataIndex: k,
      render: (v: number) => (v > 0 && (k === 'overdue' || k === 'late') ? <Tag color={k === 'overdue' ? 'red' : 'orange'}>{v}</Tag> : v),
    })),
  ];
  return (
    <>
      <PageHeader title={t('quality.feedback.title')} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented value={list.get('view') ?? 'mine'} onChange={(view) => list.update({ view: String(view) })} data-testid="feedback-view"
          options={FEEDBACK_VIEWS.map((v) => ({ value: v, label: t(`quality.feedback.views.${v}`) }))} />
        <Select allowClear style={{ width: 160 }} placeholder={t('quality.feedback.columns.state')} value={list.get('state')} onChange={(state) => list.update({ state })}
          options={FEEDBACK_STATES.map((s) => ({ value: s, label: t(`quality.feedback.state.${s}`) }))} />
      </Space>
      <Table<Feedback> {...list.tableProps} rowKey="id" columns={columns} data-testid="feedback-list" />
      {counts && (
        <Card size="small" title={t('quality.feedback.counts.title')} style={{ marginTop: 16 }}>
          <Table<EvaluatorCount> size="small" rowKey="evaluatorUserId" pagination={false} dataSource={counts} columns={countColumns} data-testid="feedback-counts" />
        </Card>
      )}
    </>
  );
}
