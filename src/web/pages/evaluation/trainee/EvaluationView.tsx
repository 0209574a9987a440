import { Card, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useCan } from '../../../access';
import { useT, type MsgKey } from '../../../i18n';
import { useRecordText } from '../../../recordText';
import { StateTag, triggerText } from '../criteriaText';
import type { Criterion, Evaluation, Evidence } from '../evaluationApi';

// Criteria 1–4 of one person, each with its state, what triggers it and the records it rests on
// (each linked to where the record lives, as far as the reader may open it).

function EvidenceLink({ e, own }: { e: Evidence; own: boolean }) {
  const can = useCan();
  const title = useRecordText().result(e);
  const to =
    e.kind === 'theory_result'
      ? own
        ? `/exams/attempts/${e.id}/result`
        : can('exams.results')
          ? `/exams/manage/${e.refId}`
          : null
      : e.kind === 'practical_result'
        ? can('exams.results')
          ? `/exams/manage/${e.refId}`
          : null
        : e.kind === 'daily_score'
          ? can('exams.daily')
            ? '/exams/daily'
            : null
          : e.kind === 'reminder'
            ? can('exams.followup')
              ? '/exams/followups'
              : null
            : e.kind === 'attendance'
              ? `/training/sessions/${e.id}`
              : e.kind === 'discipline'
                ? `/discipline?record=${e.id}`
                : null;
  return to ? <Link to={to}>{title}</Link> : <>{title}</>;
}

function CriterionCard({ c, own }: { c: Criterion; own: boolean }) {
  const t = useT();
  const detail = (e: Evidence) =>
    e.kind === 'attendance' && e.detail
      ? t(`evaluation.attendance.${e.detail}` as MsgKey, { minutes: e.minutes ?? '' })
      : e.kind === 'discipline' && e.detail
        ? t(`discipline.kinds.${e.detail}` as MsgKey)
        : '';
  return (
    <Card
      size="small"
      data-testid={`criterion-card-${c.code}`}
      title={
        <Space>
          <StateTag met={c.met} atRisk={c.atRisk} />
          {t(`evaluation.criteria.${c.code}` as MsgKey)}
        </Space>
      }
    >
      <Typography.Paragraph type={c.met ? 'danger' : c.atRisk ? 'warning' : 'secondary'}>
        {triggerText(t, c)}
      </Typography.Paragraph>
      {c.evidence.length > 0 && (
        <Table<Evidence>
          size="small"
          rowKey={(e) => `${e.kind}-${e.id}`}
          pagination={false}
          dataSource={c.evidence}
          columns={[
            { title: t('evaluation.fields.date'), dataIndex: 'date', width: 110 },
            {
              title: t('evaluation.fields.evidence'),
              dataIndex: 'kind',
              width: 160,
              render: (k: string) => t(`evaluation.evidenceKinds.${k}` as MsgKey),
            },
            {
              title: t('evaluation.fields.title'),
              key: 'title',
              render: (_: unknown, e) => <EvidenceLink e={e} own={own} />,
            },
            {
              title: t('evaluation.fields.score'),
              key: 'score',
              width: 110,
              render: (_: unknown, e) =>
                e.score === undefined ? '' : e.passMark !== undefined ? `${e.score} / ${e.passMark}` : e.score,
            },
            { title: t('evaluation.fields.detail'), key: 'detail', render: (_: unknown, e) => detail(e) },
          ]}
        />
      )}
    </Card>
  );
}

export function EvaluationView({ evaluation, own = false }: { evaluation: Evaluation; own?: boolean }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {evaluation.criteria.map((c) => (
        <CriterionCard key={c.code} c={c} own={own} />
      ))}
    </Space>
  );
}
