import { Card, Steps, Tag, Tooltip } from 'antd';
import { CYCLE_STEPS } from '../../../../common/appraisal-cycles';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import type { CycleFull } from '../appraisalApi';

/** The timetable of a cycle as steps: each step's deadline on the working-day calendar (marked when
 *  provisional), who moved the cycle into it and when; the current step highlighted. */
export function CycleSteps({ cycle: c }: { cycle: CycleFull }) {
  const t = useT();
  const current = CYCLE_STEPS.indexOf(c.status);
  const published = c.status === 'published';
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="cycle-steps" data-step={c.status}>
      <Steps
        size="small"
        current={current}
        status={published ? 'finish' : 'process'}
        responsive
        titlePlacement="vertical"
        items={CYCLE_STEPS.map((step) => {
          const due = c.timetable.find((e) => e.step === step);
          const done = c.history.filter((h) => h.step === step).at(-1);
          return {
            title: t(`appraisal.steps.${step}`),
            description: (
              <div style={{ fontSize: 12 }} data-testid={`cycle-step-${step}`}>
                {due && (
                  <div>
                    {t('appraisal.cycle.dueOn', { date: due.dueOn })}
                    {due.provisionalYear !== null && (
                      <Tooltip title={t('appraisal.cycle.provisional', { year: due.provisionalYear })}>
                        <Tag color="warning" style={{ marginInlineStart: 4 }}>
                          {t('appraisal.cycle.provisionalTag')}
                        </Tag>
                      </Tooltip>
                    )}
                  </div>
                )}
                {done && (
                  // Seven steps share the width: the name and the moment on lines of their own.
                  <Tooltip title={done.note ?? undefined}>
                    <div className="ap-muted">
                      <div>{done.byName}</div>
                      <div>{localTime(done.at).slice(5, 16)}</div>
                    </div>
                  </Tooltip>
                )}
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
