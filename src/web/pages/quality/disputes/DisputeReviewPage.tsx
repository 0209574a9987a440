import { Alert, Card, Descriptions, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { feedbackApi, type Dispute } from '../feedback/feedbackApi';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { formsApi } from '../forms/formsApi';
import { itemValueText } from '../forms/itemValue';
import { DecisionForm, type DecisionItem } from './DecisionForm';

/** One dispute: what the agent disputed (original and proposed answer, their reason) and, for
 *  the agent's direct supervisor while it is open, a keep-or-change decision per item with a reason.
 *  Answers read as the evaluation shows them (itemValue.ts): 是/否 for a yes/no item, never 1/0. */
export default function DisputeReviewPage() {
  const t = useT();
  const { id } = useParams();
  const d = useApiQuery(keys.quality('dispute', id), () => feedbackApi.dispute(id!)).data;
  // The whole form when the reviewer may read the evaluation; without it, the disputed items.
  const ev = useApiQuery(keys.quality('evaluation', d?.evaluationId), () => formsApi.evaluation(d!.evaluationId), {
    enabled: !!d,
    quiet: true,
  }).data;
  if (!d) return <PageHeader title={t('quality.feedback.dispute.title')} />;
  // Any item of the form when the evaluation can be read (a whole-evaluation dispute may change any), else the disputed ones.
  const items: DecisionItem[] = ev
    ? ev.content.sections.flatMap((s) =>
        s.items.map((i) => ({ key: i.key, label: i.label, kind: i.kind, max: i.max, allowNa: i.allowNa })),
      )
    : d.items.map((i) => ({
        key: i.itemKey,
        label: i.itemLabel,
        kind: i.itemKind,
        max: i.itemMax,
        allowNa: i.allowNa,
      }));
  const shown = (i: Dispute['items'][number], v: number | null) => itemValueText({ kind: i.itemKind }, v, t);
  return (
    <>
      <PageHeader
        title={t('quality.feedback.dispute.of', { name: d.agentName })}
        extra={<Link to={`/quality/evaluations/${d.evaluationId}`}>{t('quality.feedback.dispute.evaluation')}</Link>}
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={t('quality.feedback.columns.state')}>
            <Tag color={d.status === 'open' ? 'orange' : 'green'}>
              {t(`quality.feedback.dispute.status.${d.status}`)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('quality.feedback.dispute.scope')}>
            {t(`quality.feedback.dispute.scopes.${d.scope}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('quality.feedback.dispute.openedAt')}>{localTime(d.openedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('quality.feedback.dispute.reviewer')}>{d.reviewerName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('quality.feedback.dispute.reason')} span={2}>
            {d.reason}
          </Descriptions.Item>
        </Descriptions>
        {d.status === 'decided' && (
          <Alert
            type="info"
            showIcon
            data-testid="dispute-result"
            title={t('quality.feedback.dispute.outcome', { from: d.scoreBefore, to: d.finalScore ?? d.scoreBefore })}
            description={d.decisionNote}
          />
        )}
      </Card>
      {d.items.length > 0 && (
        <Table
          rowKey="itemKey"
          size="small"
          pagination={false}
          dataSource={d.items}
          style={{ marginBottom: 12 }}
          data-testid="dispute-items"
          columns={[
            { title: t('quality.feedback.dispute.item'), dataIndex: 'itemLabel' },
            {
              title: t('quality.feedback.dispute.original'),
              key: 'original',
              render: (_, i) => shown(i, i.originalValue),
            },
            {
              title: t('quality.feedback.dispute.proposed'),
              key: 'proposed',
              render: (_, i) => (i.proposedValue === null ? '—' : shown(i, i.proposedValue)),
            },
            { title: t('quality.feedback.dispute.itemReason'), dataIndex: 'agentReason' },
            {
              title: t('quality.feedback.dispute.outcomeColumn'),
              key: 'o',
              render: (_, i) =>
                i.outcome
                  ? `${t(`quality.feedback.dispute.outcomes.${i.outcome}`)} (${shown(i, i.finalValue)})：${i.decisionReason}`
                  : '—',
            },
          ]}
        />
      )}
      {d.mayDecide && <DecisionForm dispute={d} items={items} />}
    </>
  );
}
