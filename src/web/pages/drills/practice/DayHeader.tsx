import { FireOutlined } from '@ant-design/icons';
import { Card, Col, Progress, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n';
import type { MySummary } from './api';

/** Today's goal (minutes practised against the goal), the streak, and what is due and overdue. */
export function DayHeader({ s }: { s: MySummary }) {
  const t = useT();
  const percent = s.goalMinutes > 0 ? Math.min(100, Math.round((s.seconds * 100) / (s.goalMinutes * 60))) : 100;
  const counters: {
    key: 'streak' | 'due' | 'overdue' | 'newAvailable';
    value: number;
    testId: string;
    prefix?: ReactNode;
    color?: string;
  }[] = [
    {
      key: 'streak',
      value: s.streak,
      testId: 'drill-streak',
      prefix: <FireOutlined style={{ color: s.streak ? '#fa541c' : undefined }} />,
    },
    { key: 'due', value: s.dueNow, testId: 'drill-due' },
    { key: 'overdue', value: s.overdue, testId: 'drill-overdue', color: s.overdue ? '#cf1322' : undefined },
    { key: 'newAvailable', value: s.newAvailable, testId: 'drill-new' },
  ];
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
        {counters.map((c) => (
          <Col span={6} key={c.key}>
            <Statistic
              title={t(`drills.practice.header.${c.key}`)}
              value={c.value}
              prefix={c.prefix}
              valueStyle={{ fontSize: 18, color: c.color }}
              data-testid={c.testId}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
