import { Segmented, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { TRAINEE_HANDLING } from '../../../../common/quality-feedback';
import { useCan } from '../../../access';
import { useT } from '../../../i18n';
import { feedbackApi, type Followup } from '../feedback/feedbackApi';
import { showError } from '../../../feedback';

/** Agents under follow-up monitoring until a later evaluation passes the item; a trainee's error
 *  gets its handling (recitation, re-test, improvement plan) here. */
export function FollowupsTable() {
  const t = useT();
  const can = useCan();
  const [status, setStatus] = useState<'open' | 'closed'>('open');
  const [rows, setRows] = useState<Followup[] | null>(null);
  const load = () => { feedbackApi.followups({ status }).then(setRows, showError); };
  useEffect(load, [status]);
  const handle = async (f: Followup, handling: string) => {
    try { await feedbackApi.setHandling(f.id, handling); load(); } catch (err) { showError(err); }
  };
  const columns: TableColumnsType<Followup> = [
    { title: t('quality.feedback.columns.agent'), dataIndex: 'agentName', render: (v: string, f) => <Space>{v}{f.trainee && <Tag color="gold">{t('quality.feedback.summary.trainee')}</Tag>}</Space> },
    { title: t('quality.feedback.summary.problem'), dataIndex: 'itemLabel' },
    { title: t('quality.feedback.followups.opened'), key: 'opened', render: (_, f) => <Link to={`/quality/evaluations/${f.openedEvaluationId}`}>{f.openedDay}</Link> },
    { title: t('quality.feedback.followups.closed'), key: 'closed', render: (_, f) => (f.closedEvaluationId ? <Link to={`/quality/evaluations/${f.closedEvaluationId}`}>{f.closedDay}</Link> : '—') },
    { title: t('quality.feedback.followups.handling'), key: 'handling', render: (_, f) => (f.trainee
      ? <Select size="small" style={{ width: 140 }} value={f.handling ?? undefined} disabled={!can('quality.review')} placeholder="—" onChange={(v) => handle(f, v)}
        options={TRAINEE_HANDLING.map((h) => ({ value: h, label: t(`quality.feedback.actions.${h}`) }))} />
      : '—') },
  ];
  return (
    <>
      <Segmented value={status} onChange={(v) => setStatus(v as typeof status)} style={{ marginBottom: 12 }}
        options={[{ value: 'open', label: t('quality.feedback.followups.open') }, { value: 'closed', label: t('quality.feedback.followups.closedTab') }]} />
      <Table<Followup> rowKey="id" loading={!rows} dataSource={rows ?? []} columns={columns} data-testid="followups" />
    </>
  );
}
