import { Card, Descriptions, Empty, Tag } from 'antd';
import { translateMaybe, useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { pathApi, pathKey, type PathView } from './api';
import { RegularCard, TeamLeadCard, ReserveCard, TrainerCard } from './StepCards';

/** Who the person is in their path: status and how long, hire day. */
export function PathPerson({ person }: { person: PathView['person'] }) {
  const t = useT();
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 12 }}>
      <Descriptions.Item label={t('careers.path.person.status')}>
        <Tag color="blue" data-testid="path-status">
          {translateMaybe(`people.status.${person.status}`) ?? person.status}
        </Tag>
        {t('careers.path.person.since', { day: person.statusSince, days: person.daysInStatus })}
      </Descriptions.Item>
      <Descriptions.Item label={person.teamName}>
        {t('careers.path.person.hireDate', { day: person.hireDate })}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** The next steps of a path, each with its criteria and evidence. */
export function PathSteps({ view, mine }: { view: PathView; mine: boolean }) {
  const t = useT();
  if (!view.steps.length) return <Empty description={t('careers.path.noStep')} data-testid="path-no-step" />;
  return (
    <>
      {view.steps.map((s) =>
        s.kind === 'reserve_team_lead' ? (
          <ReserveCard key={s.kind} step={s} mine={mine} />
        ) : s.kind === 'team_lead' ? (
          <TeamLeadCard key={s.kind} step={s} />
        ) : s.kind === 'regular_status' ? (
          <RegularCard key={s.kind} step={s} />
        ) : (
          <TrainerCard key={s.kind} step={s} />
        ),
      )}
    </>
  );
}

/**
 * A person's path as one card, for other pages (an employee's profile, a lead's team view):
 * their own when no employeeId is given, else that person's (the server answers 404 outside the scope).
 */
export function PathCard({ employeeId }: { employeeId?: string }) {
  const t = useT();
  const { data, loading } = useApiQuery(
    pathKey(employeeId ?? 'me'),
    () => (employeeId ? pathApi.of(employeeId) : pathApi.me()),
    { quiet: true },
  );
  if (!data && !loading) return null;
  return (
    <Card
      size="small"
      loading={loading}
      title={data ? `${t('careers.path.title')} · ${data.person.name}` : t('careers.path.title')}
      data-testid="path-card"
    >
      {data && (
        <>
          <PathPerson person={data.person} />
          <PathSteps view={data} mine={!employeeId} />
        </>
      )}
    </Card>
  );
}
