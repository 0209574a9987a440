import { Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { NotFoundResult, PageSpin } from '../../../components/Results';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { panelApi, panelKey } from './api';
import { PanelSetup } from './PanelSetup';
import { PublishedResults } from './PublishedResults';
import { ScoreMatrix } from './ScoreMatrix';

/** HR's page for a round's talk day: the sheet and scorers, the score matrix with missing sheets, choose and publish. */
export default function PanelPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error } = useApiQuery(panelKey('round', id), () => panelApi.view(id), { quiet: true });
  if (error) return <NotFoundResult />;
  if (!data) return loading ? <PageSpin /> : null;
  const { round } = data;
  const published = round.status === 'results_published';
  return (
    <>
      <PageHeader
        title={t('careers.panel.panel.title', { name: round.name })}
        extra={<Link to={`/careers/reserve/${encodeURIComponent(round.id)}`}>{t('careers.panel.panel.back')}</Link>}
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag color={published ? 'green' : 'blue'} data-testid="panel-round-status">
          {t(`careers.panel.roundStatus.${round.status}`)}
        </Tag>
        <span>
          {round.seats ? t('careers.panel.panel.seats', { n: round.seats }) : t('careers.panel.panel.noSeats')}
        </span>
        <Typography.Text type="secondary">
          {t('careers.panel.panel.weight', { panel: 100 - data.peerWeightPercent, peer: data.peerWeightPercent })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('careers.panel.panel.minPanel', { n: data.minPanelScores })}
        </Typography.Text>
      </Space>
      {published ? <PublishedResults roundId={round.id} /> : <PanelSetup view={data} />}
      <ScoreMatrix view={data} />
    </>
  );
}
