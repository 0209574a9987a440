import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { panelApi, panelKey } from './api';

/** 竞聘评分: the rounds I am named to score in (panel or peer), each opening my sheets; phone width. */
export default function ScoringPage() {
  const t = useT();
  const { data, loading } = useApiQuery(panelKey('scoring'), panelApi.myRounds);
  return (
    <>
      <PageHeader title={t('careers.panel.scoring.title')} />
      <List
        loading={loading}
        dataSource={data ?? []}
        locale={{ emptyText: <Empty description={t('careers.panel.scoring.empty')} /> }}
        data-testid="scoring-rounds"
        renderItem={(r) => (
          <Card size="small" style={{ marginBottom: 12 }} data-testid={`scoring-round-${r.id}`}>
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{r.name}</Typography.Text>
                <Tag color={r.open ? 'blue' : undefined}>
                  {r.open ? t('careers.panel.scoring.open') : t('careers.panel.scoring.closed')}
                </Tag>
                <Tag>{t('careers.panel.scoring.as', { kind: t(`careers.panel.kind.${r.kind}`) })}</Tag>
              </Space>
              {r.talkDay && (
                <Typography.Text type="secondary">
                  {t('careers.panel.scoring.talkDay', { day: r.talkDay })}
                </Typography.Text>
              )}
              <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                <Typography.Text>
                  {t('careers.panel.scoring.done', { done: r.done, count: r.candidates })}
                </Typography.Text>
                <Link to={`/careers/scoring/${encodeURIComponent(r.id)}`} data-testid={`score-round-${r.id}`}>
                  {t('careers.panel.scoring.enter')}
                </Link>
              </Space>
            </Space>
          </Card>
        )}
      />
    </>
  );
}
