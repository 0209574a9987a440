import { ThunderboltOutlined } from '@ant-design/icons';
import { Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { errorsApi, errorsKey } from './api';

/** "The feedback says so" (issue 20 item 3): the cards an evaluation's failed items or an exam's
 *  wrong knowledge points sent to the person's drills, each with its cause, and a way to /drills.
 *  Shows nothing when there are none, or when the reader may not see them. */
export function BoostedCards(props: { evaluationId: string } | { attemptId: string }) {
  const t = useT();
  const q = 'evaluationId' in props ? { evaluationId: props.evaluationId } : { attemptId: props.attemptId };
  const { data } = useApiQuery(errorsKey('boosts', q), () => errorsApi.boosts(q), { quiet: true });
  if (!data?.length) return null;
  return (
    <Card
      size="small"
      data-testid="drills-boosted-cards"
      title={
        <span>
          <ThunderboltOutlined /> {t('drills.errors.boosts.title')}
        </span>
      }
      extra={
        <Link to="/drills" data-testid="drills-boosted-open">
          {t('drills.errors.boosts.open')}
        </Link>
      }
      style={{ marginBottom: 12 }}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('evaluationId' in q ? 'drills.errors.boosts.qa' : 'drills.errors.boosts.exam')}
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={data}
        rowKey={(b) => `${b.cause}/${b.card.id}`}
        renderItem={(b) => (
          <List.Item data-testid="drills-boosted-card">
            <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
              {b.card.prompt}
            </Typography.Text>
            <span>
              <Tag>{b.card.deckName}</Tag>
              <Typography.Text type="secondary">
                {t('drills.errors.boosts.because', { label: b.causeLabel })}
              </Typography.Text>
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** BoostedCards as a panel of an evaluation's page (pages/quality/evaluations/panels.ts). */
export function BoostedCardsPanel({ evaluation }: { evaluation: { id: string } }) {
  return <BoostedCards evaluationId={evaluation.id} />;
}
