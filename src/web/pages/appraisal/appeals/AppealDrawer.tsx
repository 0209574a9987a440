import { Alert, Descriptions, Drawer, Space, Spin, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { NotFoundResult } from '../../../components/Results';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { appraisalApi, appraisalKey, type AppealFull } from '../appraisalApi';
import { AppealStatusTag, GradeTag, num, useKpiValue } from '../labels';
import { DecisionForm, ReviewForm } from './AppealForms';

/** One appeal: the item, the agent's reason, the lead's review and the written decision with the
 *  sheet's total and grade before and after; the lead reviews and HR decides here. */
export function AppealDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const t = useT();
  const { data: a, error } = useApiQuery(appraisalKey('appeal', id), () => appraisalApi.appeal(id!), {
    enabled: !!id,
    quiet: true,
  });
  return (
    <Drawer open={!!id} onClose={onClose} size="large" title={t('appraisal.appeals.title')} destroyOnHidden>
      {error?.status === 404 ? (
        <NotFoundResult title={t('appraisal.appeals.notFound')} />
      ) : !a || a.id !== id ? (
        <Spin />
      ) : (
        <AppealView a={a} />
      )}
    </Drawer>
  );
}

function AppealView({ a }: { a: AppealFull }) {
  const t = useT();
  const value = useKpiValue();
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="appeal-detail"
      data-status={a.status}
    >
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          { key: 'p', label: t('appraisal.fields.person'), children: `${a.employeeName} · ${a.employeeNo}` },
          { key: 'team', label: t('appraisal.fields.team'), children: a.teamName },
          { key: 'k', label: t('appraisal.fields.kpi'), children: t(`appraisal.kpis.${a.kpiCode}`) },
          { key: 's', label: t('appraisal.fields.status'), children: <AppealStatusTag status={a.status} /> },
          { key: 'o', label: t('appraisal.appeals.originalValue'), children: value(a.kpiCode, a.originalValue) },
          { key: 'c', label: t('appraisal.appeals.claimedValue'), children: value(a.kpiCode, a.claimedValue) },
          { key: 'f', label: t('appraisal.appeals.filedAt'), children: localTime(a.filedAt) },
          { key: 'w', label: t('appraisal.appeals.windowEndsOn'), children: a.windowEndsOn },
          {
            key: 'r',
            label: t('appraisal.appeals.reason'),
            span: 2,
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{a.reason}</span>,
          },
          {
            key: 'sheet',
            label: t('appraisal.sheet.title'),
            span: 2,
            children: (
              <Link to={`/appraisal/sheets/${a.sheetId}`} data-testid="appeal-sheet-link">
                {t('appraisal.appeals.openSheet')}
              </Link>
            ),
          },
        ]}
      />
      {a.review && (
        <Alert
          type="info"
          data-testid="appeal-review"
          title={t('appraisal.appeals.reviewTitle', {
            name: a.review.by.name,
            at: localTime(a.review.at),
            recommendation: t(`appraisal.appeals.recommendations.${a.review.recommendation}`),
          })}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{a.review.comment}</span>}
        />
      )}
      {a.decision && (
        <Alert
          type={a.decision.decision === 'upheld' ? 'success' : 'warning'}
          data-testid="appeal-decision"
          data-decision={a.decision.decision}
          title={t('appraisal.appeals.decisionTitle', {
            name: a.decision.by.name,
            at: localTime(a.decision.at),
            decision: t(`appraisal.appeals.statuses.${a.decision.decision}`),
          })}
          description={
            <>
              <div style={{ whiteSpace: 'pre-wrap' }}>{a.decision.reason}</div>
              {a.decision.decision === 'upheld' && (
                <div style={{ marginTop: 8 }}>
                  {t('appraisal.appeals.corrected', { value: value(a.kpiCode, a.decision.correctedValue) })}{' '}
                  {t('appraisal.appeals.totalChange', { from: num(a.decision.oldTotal), to: num(a.decision.newTotal) })}{' '}
                  <GradeTag grade={a.decision.oldGrade} /> → <GradeTag grade={a.decision.newGrade} />
                </div>
              )}
            </>
          }
        />
      )}
      {a.can.review && <ReviewForm appeal={a} />}
      {a.can.decide && <DecisionForm appeal={a} />}
      <div>
        <Typography.Title level={5}>{t('appraisal.appeals.history')}</Typography.Title>
        <Timeline
          items={a.events.map((e, i) => ({
            key: i,
            children: `${localTime(e.at)} · ${e.actor.name} · ${t(`appraisal.appeals.events.${e.kind}`)}`,
          }))}
        />
      </div>
    </Space>
  );
}
