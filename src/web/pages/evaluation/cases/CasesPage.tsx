import { keys } from '../../../query/keys';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CASE_CRITERIA } from '../../../../common/elimination';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useTableQuery } from '../../../components/useTableQuery';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { casesApi, type CaseSummary } from './casesApi';
import { CaseStatusTag, NoticeText } from './labels';
import { OpenCaseModal } from './OpenCaseModal';

const FILTERS = ['open', 'closed', 'all'] as const;

/** 淘汰流程: the cases the user may see, filtered by state; the training manager adds to the preliminary list. */
export default function CasesPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  // The home page's "meets a criterion" item opens the form filled in: ?open=<employee>&criterion=&name=.
  const [params] = useSearchParams();
  const presetId = params.get('open');
  const preset = presetId
    ? {
        employeeId: presetId,
        name: params.get('name') ?? presetId,
        criterion: (params.get('criterion') ?? undefined) as (typeof CASE_CRITERIA)[number] | undefined,
      }
    : null;
  const [opening, setOpening] = useState(!!preset && can('elimination.propose'));
  const { get, update, tableProps } = useTableQuery<CaseSummary>(keys.elimination('cases', 'page'), (query) => {
    const s = query.status ?? 'open';
    return casesApi.list({ ...query, status: s === 'all' ? undefined : s });
  });
  const status = get('status') ?? 'open';

  return (
    <>
      <PageHeader
        title={t('elimination.title')}
        extra={
          <>
            <Segmented
              value={FILTERS.includes(status as never) ? status : 'all'}
              data-testid="case-filter"
              onChange={(v) => update({ status: v === 'all' ? 'all' : v })}
              options={FILTERS.map((f) => ({ value: f, label: t(`elimination.filters.${f}`) }))}
            />
            {can('elimination.propose') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} data-testid="case-new">
                {t('elimination.newCase')}
              </Button>
            )}
          </>
        }
      />
      <Table<CaseSummary>
        {...tableProps}
        data-testid="case-list"
        locale={{ emptyText: t('elimination.empty') }}
        onRow={(c) => ({ 'data-testid': 'case-row', 'data-case-id': c.id }) as object}
        columns={[
          {
            title: t('elimination.fields.person'),
            key: 'p',
            render: (_, c) => (
              <Link to={`/evaluation/cases/${c.id}`}>
                {c.employee.name} · {c.employee.employeeNo}
              </Link>
            ),
          },
          {
            title: t('elimination.fields.criterion'),
            dataIndex: 'criterion',
            render: (v: CaseSummary['criterion']) => t(`elimination.criteria.${v}`),
          },
          {
            title: t('elimination.fields.status'),
            dataIndex: 'status',
            render: (v: CaseSummary['status']) => <CaseStatusTag status={v} />,
          },
          {
            title: t('elimination.fields.nextStep'),
            dataIndex: 'nextStep',
            render: (v: CaseSummary['nextStep']) => (v ? t(`elimination.nextSteps.${v}`) : ''),
          },
          { title: t('elimination.fields.notice'), key: 'n', render: (_, c) => <NoticeText notice={c.notice} /> },
          { title: t('elimination.fields.openAppeals'), dataIndex: 'openAppeals', align: 'right' },
          { title: t('elimination.fields.openedAt'), dataIndex: 'openedAt', render: (v: string) => localTime(v) },
        ]}
      />
      {opening && (
        <OpenCaseModal
          preset={preset}
          onClose={() => setOpening(false)}
          onDone={(id) => navigate(`/evaluation/cases/${id}`)}
        />
      )}
    </>
  );
}
