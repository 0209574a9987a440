import { Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { CALENDAR_WATCHERS, NextYearAlert } from '../calendar/NextYearAlert';
import { usePanels } from './panels/api';
import HomePanels from './panels/HomePanels';
import { WorkList } from './WorkList';

// The home page (工作台, issue 26): the signed-in person's work by deadline, and beside it how
// their people (or, for an agent, they and their team) are doing.
export default function HomePage() {
  const t = useT();
  const { me } = useSession();
  // Someone with no people to show (an evaluator, a trainer) gets the whole width for their work.
  const panels = usePanels().data;
  const hasPanels = !!panels && panels.audience !== 'none';

  return (
    <>
      <Typography.Title level={3} data-testid="home-welcome">
        {t('common.home.welcome', { name: me?.name ?? '' })}
      </Typography.Title>
      {me?.roles.some((r) => CALENDAR_WATCHERS.includes(r)) && <NextYearAlert />}
      {me?.employeeId && (
        <Typography.Paragraph>
          <Link to={`/people/${me.employeeId}`} data-testid="home-my-record">
            {t('common.home.myRecord')}
          </Link>
        </Typography.Paragraph>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={hasPanels ? 14 : 24}>
          <WorkList />
        </Col>
        {hasPanels && (
          <Col xs={24} xl={10}>
            <HomePanels />
          </Col>
        )}
      </Row>
    </>
  );
}
