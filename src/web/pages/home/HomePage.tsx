import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { EMPLOYEE_STATUSES } from '../../../common/roles';
import { api } from '../../api';
import { StatusTag } from '../../components/Tags';
import { useT } from '../../i18n';
import { keys as queryKeys } from '../../query/keys';
import { useApiQuery } from '../../query/useApiQuery';
import { useSession } from '../../session';
import type { EmployeeStatus } from '../../types';
import { CALENDAR_WATCHERS, NextYearAlert } from '../calendar/NextYearAlert';

type Counts = Partial<Record<EmployeeStatus | 'all', number>>;

/** How many people (the caller may see) are in each status: a one-row page answers with total. */
async function countPeople(): Promise<Counts> {
  const keys = ['all', ...EMPLOYEE_STATUSES] as const;
  const totals = await Promise.all(
    keys.map((k) => api.employees.list({ status: k === 'all' ? undefined : [k], pageSize: 1 }).then((p) => p.total)),
  );
  return Object.fromEntries(keys.map((k, i) => [k, totals[i]]));
}

const NO_COUNTS: Counts = {};

export default function HomePage() {
  const t = useT();
  const { me } = useSession();
  const people = useApiQuery(queryKeys.people('counts'), countPeople);
  const counts = people.data ?? NO_COUNTS;
  const loading = people.query.isPending;

  return (
    <>
      <Typography.Title level={3} data-testid="home-welcome">
        {t('common.home.welcome', { name: me?.name ?? '' })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('common.home.intro')}</Typography.Paragraph>
      {me?.roles.some((r) => CALENDAR_WATCHERS.includes(r)) && <NextYearAlert />}
      {me?.employeeId && (
        <Typography.Paragraph>
          <Link to={`/people/${me.employeeId}`} data-testid="home-my-record">
            {t('common.home.myRecord')}
          </Link>
        </Typography.Paragraph>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8} lg={6}>
          <Link to="/people">
            <Card hoverable loading={loading}>
              <Statistic title={t('common.home.total')} value={counts.all ?? 0} data-testid="home-total" />
            </Card>
          </Link>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('common.home.byStatus')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {EMPLOYEE_STATUSES.map((s) => (
          <Col key={s} xs={12} md={8} lg={6} xl={4}>
            <Link to={`/people?status=${s}`}>
              <Card hoverable size="small" loading={loading}>
                <Statistic title={<StatusTag status={s} />} value={counts[s] ?? 0} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
