import { Card, Col, Row, Statistic } from 'antd';
import { useT } from '../../i18n';
import { avg, count, mmss, pct } from './format';
import type { Figures } from './interactionsApi';

/** The five headline figures of a range: handled, AHT, FCR, CSAT and service level. */
export function KpiCards({ total, serviceLevelSeconds }: { total: Figures; serviceLevelSeconds: number }) {
  const t = useT();
  const cards = [
    {
      key: 'handled',
      title: t('interactions.kpi.cards.handled'),
      value: count(total.handled),
      note: t('interactions.kpi.cards.offered', { n: count(total.offered) }),
    },
    { key: 'aht', title: t('interactions.kpi.cards.aht'), value: mmss(total.ahtSeconds), note: '' },
    {
      key: 'fcr',
      title: t('interactions.kpi.cards.fcr'),
      value: pct(total.fcrRate),
      note: t('interactions.kpi.cards.fcrOf', { n: count(total.fcrKnown) }),
    },
    {
      key: 'csat',
      title: t('interactions.kpi.cards.csat'),
      value: avg(total.csatAverage),
      note: t('interactions.kpi.cards.csatCount', { n: count(total.csatCount) }),
    },
    {
      key: 'sl',
      title: t('interactions.kpi.cards.serviceLevel'),
      value: pct(total.serviceLevel),
      note: t('interactions.kpi.cards.slDef', { s: serviceLevelSeconds }),
    },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {cards.map((c) => (
        <Col key={c.key} xs={24} sm={12} lg={8} xl={{ flex: '20%' }}>
          <Card size="small" data-testid={`kpi-card-${c.key}`}>
            <Statistic title={c.title} value={c.value} />
            <div className="sw-detail" style={{ minHeight: 22 }}>
              {c.note}
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
