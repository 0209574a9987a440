import { FireOutlined } from '@ant-design/icons';
import { Card, Col, Progress, Row, Statistic } from 'antd';
import { useT } from '../../../i18n';
import type { MySummary } from './api';

/** Today's goal (minutes practised against the goal), the streak, and what is due and overdue. */
export function DayHeader({ s }: { s: MySummary }) {
  const t = useT();
  const percent = s.goalMinutes > 0 ? Math.min(100, Math.round((s.seconds * 100) / (s.goalMinutes * 60))) : 100;
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="drill-header">
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 8 }}>
        <Progress
          type="circle"
          size={64}
          percent={percent}
          status={s.goalReached ? 'success' : 'normal'}
          format={() => `${s.minutes}′`}
        />
        <div>
          <div style={{ color: 'rgba(0,0,0,0.45)' }}>{t('drills.practice.header.goal')}</div>
          <div style={{ fontSize: 18 }} data-testid="drill-goal">
            {t('drills.practice.header.goalValue', { minutes: s.minutes, goal: s.goalMinutes })}
          </div>
          {s.goalReached && <div style={{ color: '#52c41a' }}>{t('drills.practice.header.goalReached')}</div>}
        </div>
      </div>
      <Row gutter={8}>
        <Col span={6}>
          <Statistic
            title={t('drills.practice.header.streak')}
            value={s.streak}
            prefix={<FireOutlined style={{ color: s.streak ? '#fa541c' : undefined }} />}
            valueStyle={{ fontSize: 18 }}
            data-testid="drill-streak"
          />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('drills.practice.header.due')}
            value={s.dueNow}
            valueStyle={{ fontSize: 18 }}
            data-testid="drill-due"
          />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('drills.practice.header.overdue')}
            value={s.overdue}
            valueStyle={{ fontSize: 18, color: s.overdue ? '#cf1322' : undefined }}
            data-testid="drill-overdue"
          />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('drills.practice.header.newAvailable')}
            value={s.newAvailable}
            valueStyle={{ fontSize: 18 }}
            data-testid="drill-new"
          />
        </Col>
      </Row>
    </Card>
  );
}
