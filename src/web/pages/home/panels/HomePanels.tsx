import { Col, Row, Statistic, Typography } from 'antd';
import { useT } from '../../../i18n';
import { usePanels } from './api';
import { AttendanceCard } from './AttendanceCard';
import { KpiCard } from './KpiCard';
import { PanelCard } from './PanelCard';
import { QaTrendCard } from './QaTrendCard';

// How my people are doing (issue 26 item 2): small cards, each opening its page. A lead or
// manager sees their people; an agent or trainee themself next to their team; others none.
export default function HomePanels() {
  const t = useT();
  const { data } = usePanels();
  if (!data || data.audience === 'none') return null;
  const self = data.audience === 'self';

  return (
    <section data-testid="home-panels">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t(self ? 'home.panels.titleSelf' : 'home.panels.title')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {data.qa && (
          <Col xs={24} md={12} xl={24}>
            <QaTrendCard qa={data.qa} self={self} />
          </Col>
        )}
        {data.kpi && (
          <Col xs={24} md={12} xl={24}>
            <KpiCard kpi={data.kpi} self={self} />
          </Col>
        )}
        {data.attendance && (
          <Col xs={24} sm={data.atRisk ? 16 : 24} md={12} xl={data.atRisk ? 16 : 24}>
            <AttendanceCard attendance={data.attendance} self={self} />
          </Col>
        )}
        {data.atRisk && (
          <Col xs={24} sm={8} md={12} xl={8}>
            <PanelCard title={t('home.panels.atRisk.title')} path={data.atRisk.path} testId="home-panel-at-risk">
              <Statistic
                value={data.atRisk.count}
                suffix={t('home.panels.atRisk.unit')}
                styles={{ content: { color: data.atRisk.count ? '#cf1322' : undefined } }}
                data-testid="home-panel-at-risk-count"
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('home.panels.atRisk.hint')}
              </Typography.Text>
            </PanelCard>
          </Col>
        )}
      </Row>
    </section>
  );
}
