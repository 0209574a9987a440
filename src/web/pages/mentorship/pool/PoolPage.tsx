import { Select, Space, Tabs, Typography } from 'antd';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { trainingApi } from '../../training/shared/trainingApi';
import { poolApi, poolKey } from './api';
import { CandidatesTab } from './CandidatesTab';
import { HistoryTab } from './HistoryTab';
import { PoolTab } from './PoolTab';

/** 导师池 (SPEC §7): candidates with their criteria, the pool with ratings and results, history. */
export default function PoolPage() {
  const t = useT();
  const can = useCan();
  return (
    <>
      <PageHeader title={t('mentorship.pool.title')} extra={<CourseSetting editable={can('training.manage')} />} />
      <Tabs
        items={[
          { key: 'pool', label: t('mentorship.pool.tabs.pool'), children: <PoolTab /> },
          { key: 'candidates', label: t('mentorship.pool.tabs.candidates'), children: <CandidatesTab /> },
          { key: 'history', label: t('mentorship.pool.tabs.history'), children: <HistoryTab /> },
        ]}
      />
    </>
  );
}

/** The course that counts as mentor training; a training manager chooses it. */
function CourseSetting({ editable }: { editable: boolean }) {
  const t = useT();
  const { data: config } = useApiQuery(poolKey('config'), () => poolApi.config());
  const { data: courses } = useApiQuery(keys.training('courses', 'list'), () => trainingApi.courses.list(), {
    enabled: editable,
  });
  const save = useApiMutation(
    (mentorCourseId: string | null) => poolApi.saveConfig({ mentorCourseId, version: config?.version ?? 0 }),
    { invalidates: [poolKey()], onSuccess: () => showSuccess(t('mentorship.pool.config.saved')) },
  );
  return (
    <Space wrap>
      <Typography.Text type="secondary" title={t('mentorship.pool.config.hint')}>
        {t('mentorship.pool.config.course')}
      </Typography.Text>
      {editable ? (
        <Select
          style={{ minWidth: 220 }}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('mentorship.pool.config.none')}
          value={config?.mentorCourseId ?? undefined}
          loading={save.isPending}
          onChange={(v) => save.mutate(v ?? null)}
          options={(courses?.data ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.title}` }))}
          data-testid="pool-course"
        />
      ) : (
        <Typography.Text>{config?.mentorCourseTitle ?? t('mentorship.pool.config.none')}</Typography.Text>
      )}
    </Space>
  );
}
