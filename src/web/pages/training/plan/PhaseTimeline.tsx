import { Space, Tag, Timeline, Typography } from 'antd';
import { useT } from '../../../i18n';
import { today } from '../shared/time';
import type { Plan } from '../shared/types';

/** The phases of a plan in order: done ones green, the current one blue, later ones grey. */
export function PhaseTimeline({ plan }: { plan: Plan }) {
  const t = useT();
  const now = today();
  if (!plan.phases.length)
    return <Typography.Text type="secondary">{t('training.plans.detail.noPhases')}</Typography.Text>;
  return (
    <Timeline
      data-testid="plan-timeline"
      items={plan.phases.map((p) => {
        const state = p.endDate < now ? 'done' : p.startDate <= now ? 'current' : 'later';
        return {
          key: p.id,
          color: state === 'done' ? 'green' : state === 'current' ? 'blue' : 'gray',
          content: (
            <div data-testid="plan-timeline-phase" data-kind={p.kind} data-state={state}>
              <Space size={6} wrap>
                <Typography.Text strong>{p.name}</Typography.Text>
                <Tag>{t(`training.enums.phaseKind.${p.kind}`)}</Tag>
                {state === 'current' && <Tag color="processing">{t('training.plans.detail.current')}</Tag>}
              </Space>
              <div>
                <Typography.Text type="secondary">
                  {p.startDate} ~ {p.endDate}
                </Typography.Text>
              </div>
              <div style={{ marginTop: 4 }}>
                {p.courses.length ? (
                  p.courses.map((c) => (
                    <Tag key={c.id} color="geekblue" variant="outlined">
                      {c.code} {c.title}
                    </Tag>
                  ))
                ) : (
                  <Typography.Text type="secondary">{t('training.plans.detail.noCourses')}</Typography.Text>
                )}
              </div>
            </div>
          ),
        };
      })}
    />
  );
}
