import { Alert, Descriptions, Space, Tabs } from 'antd';
import { useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { PublishedResults } from '../panel/PublishedResults';
import { reserveApi, reserveKey } from './api';
import { EligibleTab } from './EligibleTab';
import { EntriesTab } from './EntriesTab';
import { RoundStatusTag } from './labels';
import { RoundActions } from './RoundActions';
import { ShortlistTable } from './ShortlistTable';

/** One reserve round: who is eligible and why, the entries and their screening, the published list. */
export default function RoundPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data: round } = useApiQuery(reserveKey('round', id), () => reserveApi.round(id));
  if (!round) return null;
  const tab = (key: string, label: string) => <span data-testid={`tab-${key}`}>{label}</span>;
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            {round.name}
            <RoundStatusTag status={round.status} />
          </Space>
        }
        extra={<RoundActions round={round} />}
      />
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('careers.reserve.fields.window')}>
          {round.nominationsOpen} ~ {round.nominationsClose}
        </Descriptions.Item>
        <Descriptions.Item label={t('careers.reserve.fields.talkDay')}>{round.talkDay ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('careers.reserve.fields.talkMinutes')}>{round.talkMinutes}</Descriptions.Item>
        <Descriptions.Item label={t('careers.reserve.fields.seats')}>{round.seats ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Alert
        type="info"
        style={{ marginBottom: 12 }}
        message={t('careers.reserve.hints.criteriaFixed', round.criteria)}
      />
      {round.status === 'results_published' && (
        <div style={{ marginBottom: 12 }}>
          <PublishedResults roundId={round.id} />
        </div>
      )}
      <Tabs
        items={[
          {
            key: 'eligible',
            label: tab('eligible', t('careers.reserve.tabs.eligible')),
            children: <EligibleTab round={round} />,
          },
          {
            key: 'entries',
            label: tab('entries', t('careers.reserve.tabs.entries')),
            children: <EntriesTab round={round} />,
          },
          {
            key: 'shortlist',
            label: tab('shortlist', t('careers.reserve.tabs.shortlist')),
            children: <ShortlistTable roundId={round.id} />,
          },
        ]}
      />
    </>
  );
}
