import { Drawer, Table, Tag } from 'antd';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import type { PlanDetail } from './plansApi';

type Version = PlanDetail['versions'][number];
const COLORS: Record<Version['status'], string> = { draft: 'gold', published: 'green', superseded: 'default' };

/** 版本记录: every version of the plan; a cycle keeps the version it started with. */
export function VersionHistory({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const t = useT();
  return (
    <Drawer open width={560} title={t('appraisalPlans.versions.title')} onClose={onClose}>
      <Table<Version>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={plan.versions}
        data-testid="plan-versions"
        columns={[
          {
            title: t('appraisalPlans.versions.number'),
            dataIndex: 'number',
            width: 80,
            render: (n: number) => t('appraisalPlans.list.version', { n }),
          },
          {
            title: t('appraisalPlans.versions.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: Version['status']) => <Tag color={COLORS[s]}>{t(`appraisalPlans.statuses.${s}`)}</Tag>,
          },
          { title: t('appraisalPlans.versions.createdAt'), dataIndex: 'createdAt', render: localTime },
          { title: t('appraisalPlans.versions.publishedAt'), dataIndex: 'publishedAt', render: localTime },
        ]}
      />
    </Drawer>
  );
}
