import { Card, Descriptions, Space, Table, Typography } from 'antd';
import type { LevelOne, LevelTwo } from '../../../../common/analytics-levels';
import { useT } from '../../../i18n';
import { Figure, RateFigure } from './Figure';
import { PairsPanel } from './PairsPanel';

// Levels 1 and 2 of a program: the feedback scores with the latest suggestions, and the exams'
// first attempts with the pre/post pairs.

export function ReactionCard({ l1 }: { l1: LevelOne }) {
  const t = useT();
  return (
    <Card
      size="small"
      title={t('analytics.levels.l1.title')}
      extra={t('analytics.levels.l1.sessions', { n: l1.sessions })}
      data-testid="levels-l1"
    >
      <Typography.Paragraph type="secondary">{t('analytics.levels.l1.help')}</Typography.Paragraph>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('analytics.levels.l1.content')}>
          <Figure e={l1.content} digits={2} testId="levels-l1-content" />
        </Descriptions.Item>
        <Descriptions.Item label={t('analytics.levels.l1.trainer')}>
          <Figure e={l1.trainer} digits={2} />
        </Descriptions.Item>
        <Descriptions.Item label={t('analytics.levels.l1.method')}>
          <Figure e={l1.method} digits={2} />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text strong>{t('analytics.levels.l1.comments')}</Typography.Text>
      {l1.comments.length === 0 && (
        <Typography.Paragraph type="secondary">{t('analytics.levels.l1.noComments')}</Typography.Paragraph>
      )}
      <ul style={{ paddingLeft: 20, margin: '4px 0 0' }}>
        {l1.comments.map((c, i) => (
          <li key={i}>
            <Space orientation="vertical" size={0}>
              <span>{c.text}</span>
              <Typography.Text type="secondary">{c.at.slice(0, 10)}</Typography.Text>
            </Space>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function LearningCard({ programId, l2 }: { programId: string; l2: LevelTwo }) {
  const t = useT();
  return (
    <Card size="small" title={t('analytics.levels.l2.title')} data-testid="levels-l2">
      <Typography.Paragraph type="secondary">{t('analytics.levels.l2.help')}</Typography.Paragraph>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('analytics.levels.l2.score')}>
          <Figure e={l2.score} testId="levels-l2-score" />
        </Descriptions.Item>
        <Descriptions.Item label={t('analytics.levels.l2.pass')}>
          <RateFigure p={l2.passRate} />
        </Descriptions.Item>
      </Descriptions>
      <Table
        rowKey="examId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={l2.exams}
        columns={[
          { title: t('analytics.levels.l2.exam'), dataIndex: 'title' },
          { title: t('analytics.levels.l2.score'), render: (_, r) => <Figure e={r.score} /> },
          { title: t('analytics.levels.l2.pass'), render: (_, r) => <RateFigure p={r.passRate} /> },
        ]}
      />
      <PairsPanel programId={programId} pairs={l2.pairs} />
    </Card>
  );
}
