import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { translateMaybe, useT } from '../../../i18n';
import type { Step } from './api';

// One card per next step: each criterion with its state and the evidence behind it.

const STATE_COLOR = { met: 'green', below: 'red', no_data: 'default' } as const;

function StateTag({ state }: { state: 'met' | 'below' | 'no_data' }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOR[state]} data-testid={`state-${state}`}>
      {t(`careers.path.state.${state}`)}
    </Tag>
  );
}

export function ReserveCard({ step, mine }: { step: Step<'reserve_team_lead'>; mine: boolean }) {
  const t = useT();
  const { eligibility: e, round, entry } = step;
  const evidence = (c: (typeof e.criteria)[number]) => {
    const v = {
      value: c.value ?? '',
      threshold: c.threshold ?? '',
      rank: c.rank ?? '',
      of: c.of ?? '',
      from: c.from ?? '',
      to: c.to ?? '',
    };
    if (c.key === 'status')
      return t('careers.path.reserve.evidence.status', {
        status: translateMaybe(`people.status.${c.label}`) ?? c.label ?? '',
      });
    if (c.key === 'tenure') return t('careers.path.reserve.evidence.tenure', v);
    if (c.key === 'discipline') return t('careers.path.reserve.evidence.discipline', v);
    if (!c.basis) return t('careers.path.reserve.evidence.noResults');
    return t(`careers.path.reserve.evidence.${c.basis}`, v);
  };
  return (
    <Card
      size="small"
      title={t('careers.path.reserve.title')}
      data-testid="path-step-reserve"
      style={{ marginBottom: 12 }}
    >
      <Alert
        type={e.eligible ? 'success' : 'info'}
        showIcon
        message={e.eligible ? t('careers.path.reserve.eligible') : t('careers.path.reserve.notEligible')}
        description={t('careers.path.reserve.asOf', { day: e.asOf })}
        style={{ marginBottom: 8 }}
      />
      <List
        size="small"
        dataSource={e.criteria}
        renderItem={(c) => (
          <List.Item data-testid={`path-criterion-${c.key}`}>
            <Space direction="vertical" size={0} style={{ width: '100%' }}>
              <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                <Typography.Text strong>{t(`careers.path.reserve.criteria.${c.key}`)}</Typography.Text>
                <StateTag state={c.state} />
              </Space>
              <Typography.Text type="secondary">{evidence(c)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {round && (
        <Space wrap style={{ marginTop: 8 }}>
          <span>
            {t('careers.path.reserve.round', {
              name: round.name,
              from: round.nominationsOpen,
              to: round.nominationsClose,
            })}
          </span>
          <Tag>{translateMaybe(`careers.path.reserve.roundStatus.${round.status}`) ?? round.status}</Tag>
          {entry && <Tag color="blue">{t(`careers.path.reserve.entry.${entry.status}`)}</Tag>}
          {mine && !entry && e.eligible && round.status === 'nominating' && (
            <Link to="/careers/competition" data-testid="path-enter">
              {t('careers.path.reserve.enter')}
            </Link>
          )}
        </Space>
      )}
    </Card>
  );
}

/** A reserve team lead: chosen in a round, in management training, waiting for a team-lead post. */
export function TeamLeadCard({ step }: { step: Step<'team_lead'> }) {
  const t = useT();
  return (
    <Card
      size="small"
      title={t('careers.path.teamLead.title')}
      data-testid="path-step-team-lead"
      style={{ marginBottom: 12 }}
    >
      <Alert
        type="success"
        showIcon
        message={t('careers.path.teamLead.chosen', { round: step.roundName ?? '', day: step.chosenOn })}
        description={
          step.finalScore !== null ? t('careers.path.teamLead.score', { score: step.finalScore }) : undefined
        }
        style={{ marginBottom: 8 }}
      />
      <Typography.Paragraph>
        {step.trainingCohortId ? t('careers.path.teamLead.training') : t('careers.path.teamLead.noTraining')}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('careers.path.teamLead.next')}</Typography.Text>
    </Card>
  );
}

export function RegularCard({ step }: { step: Step<'regular_status'> }) {
  const t = useT();
  return (
    <Card
      size="small"
      title={t(`careers.path.regular.${step.target}`)}
      data-testid="path-step-regular"
      style={{ marginBottom: 12 }}
    >
      <Typography.Paragraph type="secondary">
        {t('careers.path.regular.days', { days: step.daysInStatus })}
      </Typography.Paragraph>
      {step.ready ? (
        <Alert type="success" showIcon message={t('careers.path.regular.ready')} />
      ) : (
        <>
          <Typography.Text>{t('careers.path.regular.blocked')}</Typography.Text>
          <List
            size="small"
            dataSource={step.blockers}
            renderItem={(b) => (
              <List.Item data-testid={`path-blocker-${b.code}`}>
                {translateMaybe(`evaluation.certify.blockers.${b.code}`) ?? b.message}
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}

export function TrainerCard({ step }: { step: Step<'trainer_level'> }) {
  const t = useT();
  const s = step.standing;
  return (
    <Card
      size="small"
      title={t('careers.path.trainer.title')}
      data-testid="path-step-trainer"
      style={{ marginBottom: 12 }}
    >
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag>
          {s.level ? t('careers.path.trainer.level', { name: s.level.name }) : t('careers.path.trainer.noLevel')}
        </Tag>
        <span>{s.next ? t('careers.path.trainer.next', { name: s.next.name }) : t('careers.path.trainer.top')}</span>
      </Space>
      {s.ready && s.next && (
        <Alert type="success" showIcon message={t('careers.path.trainer.ready')} style={{ marginBottom: 8 }} />
      )}
      <List
        size="small"
        dataSource={s.criteria}
        renderItem={(c) => (
          <List.Item data-testid={`path-level-${c.key}`}>
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <span>{t(`careers.path.trainer.criteria.${c.key}`)}</span>
              <Space>
                <Typography.Text type="secondary">
                  {c.value === null
                    ? t('careers.path.trainer.noData', { threshold: c.threshold })
                    : t('careers.path.trainer.value', { value: c.value, threshold: c.threshold })}
                </Typography.Text>
                <StateTag state={c.state} />
              </Space>
            </Space>
          </List.Item>
        )}
      />
      <Typography.Text type="secondary">{t('careers.path.trainer.window', { months: s.windowMonths })}</Typography.Text>
    </Card>
  );
}
