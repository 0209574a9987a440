import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { trainingApi } from '../shared/trainingApi';
import type { Assignment } from '../shared/types';
import { AssignmentsTable, type AssignmentAction } from './AssignmentsTable';
import { DailyLogDrawer } from './DailyLogDrawer';
import { AssignModal, EndModal, RateModal, ReplaceModal } from './MentoringDialogs';
import { MentorsTable, WarningsList } from './MentoringPanels';

const STATUSES = ['active', 'ended', 'replaced', 'all'] as const;

/** 带教: assignments, their daily logs, warnings and (for managers) the mentors. */
export default function MentoringPage() {
  const t = useT();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'active';
  const tab = params.get('tab') ?? 'assignments';
  const { data, loading, reload } = useApiQuery(keys.training('mentoring', 'list', 'status', status), () =>
    trainingApi.mentoring.list({ status: status === 'all' ? undefined : status }),
  );
  const [acting, setActing] = useState<{ a: Assignment; what: AssignmentAction } | null>(null);
  const [assigning, setAssigning] = useState(false);
  const set = (k: string, v: string) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        n.set(k, v);
        return n;
      },
      { replace: true },
    );
  // The home page's "write today's log" item opens the assignment's log through ?log=<id>.
  const logged = acting?.what === 'log' ? acting.a : (data?.data ?? []).find((a) => a.id === params.get('log'));
  const closeLog = () => {
    setActing(null);
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        n.delete('log');
        return n;
      },
      { replace: true },
    );
  };
  const done = () => {
    setActing(null);
    reload();
  };

  const items = [
    {
      key: 'assignments',
      label: t('training.mentoring.assignments'),
      children: (
        <>
          <div className="sw-toolbar">
            <Segmented
              value={status}
              onChange={(v) => set('status', String(v))}
              options={STATUSES.map((s) => ({
                value: s,
                label: s === 'all' ? t('training.leave.all') : t(`training.enums.assignmentStatus.${s}`),
              }))}
            />
          </div>
          <AssignmentsTable rows={data?.data ?? []} loading={loading} onAction={(a, what) => setActing({ a, what })} />
        </>
      ),
    },
    { key: 'warnings', label: t('training.mentoring.warnings'), children: <WarningsList /> },
    ...(can('training.reports')
      ? [{ key: 'mentors', label: t('training.mentoring.mentors'), children: <MentorsTable /> }]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('training.mentoring.title')}
        extra={
          can('training.manage') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAssigning(true)}
              data-testid="assignment-add"
            >
              {t('training.mentoring.add')}
            </Button>
          )
        }
      />
      <Tabs activeKey={tab} onChange={(k) => set('tab', k)} items={items} />
      {logged && (
        <DailyLogDrawer assignment={logged} canEdit={can('training.mentor')} onClose={closeLog} onChanged={reload} />
      )}
      {acting?.what === 'replace' && (
        <ReplaceModal assignment={acting.a} onClose={() => setActing(null)} onDone={done} />
      )}
      {acting?.what === 'end' && <EndModal assignment={acting.a} onClose={() => setActing(null)} onDone={done} />}
      {acting?.what === 'rate' && <RateModal assignment={acting.a} onClose={() => setActing(null)} onDone={done} />}
      {assigning && (
        <AssignModal
          onClose={() => setAssigning(false)}
          onDone={() => {
            setAssigning(false);
            reload();
          }}
        />
      )}
    </>
  );
}
