import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Space, Tabs, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCan } from '../../../access';
import { ForbiddenResult, LoadFailedResult, NotFoundResult, PageSpin } from '../../../components/Results';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { AppealsTable } from '../appeals/AppealsTable';
import { appraisalApi, appraisalKey } from '../appraisalApi';
import { ExportButton } from '../ExportButton';
import { StepTag } from '../labels';
import '../appraisal.css';
import { BonusPanel } from './BonusPanel';
import { CycleActions } from './CycleActions';
import { CycleSheets } from './CycleSheets';
import { CycleSteps } from './CycleSteps';
import { DistributionPanel } from './DistributionPanel';

const TABS = ['sheets', 'distribution', 'bonus', 'appeals'] as const;

/** One cycle: its timetable and current step, what the viewer may do now, and its sheets, grade
 *  distribution, bonus table and appeals in tabs (?tab=…, so a link can open one). */
export default function CyclePage() {
  const t = useT();
  const can = useCan();
  const cycleId = useParams().id!;
  const [params, setParams] = useSearchParams();
  const {
    data: c,
    error,
    reload,
  } = useApiQuery(appraisalKey('cycle', cycleId), () => appraisalApi.cycle(cycleId), {
    quiet: true,
  });
  const distribution = useApiQuery(appraisalKey('distribution', cycleId), () => appraisalApi.distribution(cycleId), {
    enabled: !!c,
  });

  if (error?.status === 404) return <NotFoundResult title={t('appraisal.cycle.notFound')} />;
  if (error?.status === 403) return <ForbiddenResult />;
  if (error) return <LoadFailedResult onRetry={reload} />;
  if (!c || c.id !== cycleId) return <PageSpin />;

  const shown = TABS.filter((k) => k !== 'bonus' || can('appraisal.payroll'));
  const tab = shown.find((k) => k === params.get('tab')) ?? 'sheets';
  // Each tab keeps its own filters: a team picked among the sheets is not the appeals' filter.
  const setTab = (k: string) => setParams(k === 'sheets' ? {} : { tab: k }, { replace: true });
  const teams = distribution.data?.teams ?? [];
  return (
    <div data-testid="cycle-page" data-step={c.status} data-version={c.version}>
      <div className="sw-toolbar">
        <Link to="/appraisal/cycles">
          <Button icon={<ArrowLeftOutlined />} aria-label={t('common.actions.back')} />
        </Link>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="cycle-title">
          {c.name}
        </Typography.Title>
        <StepTag step={c.status} />
        <span className="sw-toolbar-spacer" />
        <CycleActions cycle={c} />
      </div>
      <Space wrap className="ap-muted" style={{ marginBottom: 12, fontSize: 13 }}>
        <span>{t('appraisal.cycles.planVersion', { name: c.planName, version: c.planVersion })}</span>
        <span>·</span>
        <span>{t(`appraisal.kinds.${c.kind}`)}</span>
        <span>·</span>
        <span>
          {t('appraisal.fields.period')} {c.periodStart} ~ {c.periodEnd}
        </span>
        <span>·</span>
        <span data-testid="cycle-confirmed">
          {t('appraisal.cycle.confirmedOf', { confirmed: c.confirmedCount, total: c.sheetCount })}
        </span>
      </Space>
      <CycleSteps cycle={c} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={shown.map((k) => ({
          key: k,
          label: <span data-testid={`cycle-tab-${k}`}>{t(`appraisal.cycle.tabs.${k}`)}</span>,
          children:
            k === 'sheets' ? (
              <CycleSheets cycleId={c.id} teams={teams} />
            ) : k === 'distribution' ? (
              <>
                <Space style={{ marginBottom: 12 }}>
                  <ExportButton
                    url={(locale) => appraisalApi.distributionXlsxUrl(c.id, locale)}
                    testId="distribution-export"
                  />
                </Space>
                <DistributionPanel data={distribution.data} />
              </>
            ) : k === 'bonus' ? (
              <BonusPanel cycle={c} />
            ) : (
              <AppealsTable cycleId={c.id} />
            ),
        }))}
      />
    </div>
  );
}
