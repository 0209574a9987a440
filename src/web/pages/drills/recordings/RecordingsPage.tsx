import { Empty, Pagination, Segmented, Space, Spin, Tabs } from 'antd';
import { useState } from 'react';
import type { RecordingsQuery } from '../../../../common/drills-recordings';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { recordingsApi, recordingsKey } from './api';
import { RecordingCard } from './RecordingCard';

// 朗读点评 (issue 20 item 1): a learner's own readings with the mentor's rating; for mentors,
// leads and training staff the readings of the people they coach, to hear and rate.

type Scope = RecordingsQuery['scope'];
type State = 'unrated' | 'rated' | 'all';
const PAGE_SIZE = 10;

function RecordingList({ scope }: { scope: Scope }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>(scope === 'to_rate' ? 'unrated' : 'all');
  const [page, setPage] = useState(1);
  const { data, loading } = useApiQuery(
    recordingsKey('list', scope, state, page),
    () => recordingsApi.list({ scope, state: state === 'all' ? undefined : state, page, pageSize: PAGE_SIZE }),
    { keepPrevious: true },
  );
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Segmented<State>
        value={state}
        onChange={(v) => {
          setState(v);
          setPage(1);
        }}
        options={(['unrated', 'rated', 'all'] as const).map((s) => ({
          value: s,
          label: t(`drills.recordings.states.${s}`),
        }))}
        data-testid={`recordings-state-${scope}`}
      />
      <Spin spinning={loading}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid={`recordings-${scope}`}>
          {data?.data.map((r) => (
            <RecordingCard key={r.id} r={r} showPerson={scope === 'to_rate'} />
          ))}
          {data && !data.data.length && (
            <Empty
              description={t(scope === 'mine' ? 'drills.recordings.emptyMine' : 'drills.recordings.emptyToRate')}
            />
          )}
        </Space>
      </Spin>
      {(data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          size="small"
          current={page}
          pageSize={PAGE_SIZE}
          total={data?.total ?? 0}
          onChange={setPage}
          showSizeChanger={false}
        />
      )}
    </Space>
  );
}

export default function RecordingsPage() {
  const { t } = useI18n();
  const can = useCan();
  const coaches = can('training.mentor') || can('drills.team');
  const [tab, setTab] = useState<Scope>(coaches ? 'to_rate' : 'mine');
  return (
    <>
      <PageHeader title={t('drills.recordings.title')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Scope)}
        destroyOnHidden
        items={[
          ...(coaches
            ? [
                {
                  key: 'to_rate',
                  label: t('drills.recordings.tabs.toRate'),
                  children: <RecordingList scope="to_rate" />,
                },
              ]
            : []),
          { key: 'mine', label: t('drills.recordings.tabs.mine'), children: <RecordingList scope="mine" /> },
        ]}
      />
    </>
  );
}
