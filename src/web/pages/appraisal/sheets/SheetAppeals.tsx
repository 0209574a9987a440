import { Card, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { appraisalApi, appraisalKey, type Appeal } from '../appraisalApi';
import { AppealStatusTag, GradeTag, num } from '../labels';

/** The appeals of a sheet: which item, where each stands, and the written review and decision. */
export function SheetAppeals({ appeals }: { appeals: Appeal[] }) {
  const t = useT();
  return (
    <Card size="small" title={t('appraisal.sheet.appeals')} style={{ marginTop: 16 }} data-testid="sheet-appeals">
      <List dataSource={appeals} renderItem={(a) => <AppealLine appeal={a} />} />
    </Card>
  );
}

function AppealLine({ appeal: a }: { appeal: Appeal }) {
  const t = useT();
  const { data: d } = useApiQuery(appraisalKey('appeal', a.id), () => appraisalApi.appeal(a.id));
  return (
    <List.Item data-testid="sheet-appeal" data-status={a.status} data-kpi={a.kpiCode}>
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{t(`appraisal.kpis.${a.kpiCode}`)}</Typography.Text>
          <AppealStatusTag status={a.status} />
          <span className="ap-muted">{localTime(a.filedAt)}</span>
          <Link to={`/appraisal/appeals?appeal=${a.id}`} className="ap-no-print">
            {t('appraisal.appeals.open')}
          </Link>
        </Space>
        {d && <Typography.Text>{t('appraisal.appeals.reasonLine', { reason: d.reason })}</Typography.Text>}
        {d?.review && (
          <Typography.Text type="secondary">
            {t('appraisal.appeals.reviewLine', {
              name: d.review.by.name,
              recommendation: t(`appraisal.appeals.recommendations.${d.review.recommendation}`),
              comment: d.review.comment,
            })}
          </Typography.Text>
        )}
        {d?.decision && (
          <Typography.Text data-testid="sheet-appeal-decision">
            {t('appraisal.appeals.decisionLine', {
              name: d.decision.by.name,
              decision: t(`appraisal.appeals.statuses.${d.decision.decision}`),
              reason: d.decision.reason,
            })}
            {d.decision.decision === 'upheld' && d.decision.oldTotal !== null && (
              <>
                {' '}
                {t('appraisal.appeals.totalChange', {
                  from: num(d.decision.oldTotal),
                  to: num(d.decision.newTotal),
                })}{' '}
                <GradeTag grade={d.decision.oldGrade} /> → <GradeTag grade={d.decision.newGrade} />
              </>
            )}
          </Typography.Text>
        )}
      </Space>
    </List.Item>
  );
}
