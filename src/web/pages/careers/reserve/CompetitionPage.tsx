import { Button, Card, Empty, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { showSuccess } from '../../../feedback';
import { useT, type MsgKey } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { PublishedResults } from '../panel/PublishedResults';
import { reserveApi, reserveKey, type RoundRow } from './api';
import { CriteriaLines, EntryStatusTag, RoundStatusTag } from './labels';
import { NominateModal } from './ReserveDialogs';
import { ShortlistTable } from './ShortlistTable';

/**
 * 竞聘公示 (everyone; phone width): the round taking entries with my eligibility, each criterion
 * and its evidence, an 报名 button and my entry; then the published shortlists and results.
 */
export default function CompetitionPage() {
  const t = useT();
  const { data: rounds } = useApiQuery(reserveKey('rounds'), () => reserveApi.rounds());
  const open = (rounds ?? []).filter((r) => r.status === 'nominating');
  const published = (rounds ?? []).filter((r) => ['candidates_published', 'results_published'].includes(r.status));
  return (
    <>
      <PageHeader title={t('careers.reserve.title.competition')} />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {rounds && !open.length && <Empty description={t('careers.reserve.competition.none')} />}
        {open.map((r) => (
          <OpenRound key={r.id} round={r} />
        ))}
        {published.map((r) => (
          <Card
            key={r.id}
            size="small"
            data-testid="published-round"
            title={
              <Space wrap>
                {r.name}
                <RoundStatusTag status={r.status} />
              </Space>
            }
          >
            {r.talkDay && (
              <Typography.Paragraph type="secondary">
                {t('careers.reserve.competition.talk', { day: r.talkDay, minutes: r.talkMinutes })}
              </Typography.Paragraph>
            )}
            {r.status === 'results_published' && (
              <div style={{ marginBottom: 12 }}>
                <PublishedResults roundId={r.id} />
              </div>
            )}
            <Typography.Title level={5}>{t('careers.reserve.competition.published')}</Typography.Title>
            <ShortlistTable roundId={r.id} />
          </Card>
        ))}
      </Space>
    </>
  );
}

function OpenRound({ round }: { round: RoundRow }) {
  const t = useT();
  const [entering, setEntering] = useState(false);
  const { data: me } = useApiQuery(reserveKey('me', round.id), () => reserveApi.me(round.id));
  const withdraw = useApiMutation((id: string) => reserveApi.withdraw(id), {
    invalidates: [reserveKey()],
    onSuccess: () => showSuccess(t('careers.reserve.withdrawn')),
  });
  const e = me?.eligibility;
  const entry = me?.entry;
  const unmet = (e?.unmet ?? []).map((k) => t(`careers.reserve.criteria.${k}` as MsgKey)).join('、');
  return (
    <Card
      size="small"
      data-testid="open-round"
      title={
        <Space wrap>
          {round.name}
          <RoundStatusTag status={round.status} />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('careers.reserve.competition.window', { from: round.nominationsOpen, to: round.nominationsClose })}
      </Typography.Paragraph>
      {me && !e && <Typography.Text type="secondary">{t('careers.reserve.competition.notEmployee')}</Typography.Text>}
      {e && (
        <>
          <Typography.Title level={5}>{t('careers.reserve.competition.myEligibility')}</Typography.Title>
          <Typography.Paragraph data-testid="my-eligibility" data-eligible={e.eligible ? 'yes' : 'no'}>
            <Typography.Text strong type={e.eligible ? 'success' : 'warning'}>
              {e.eligible
                ? t('careers.reserve.competition.youAreEligible')
                : t('careers.reserve.competition.notYet', { criteria: unmet })}
            </Typography.Text>
          </Typography.Paragraph>
          <CriteriaLines criteria={e.criteria} />
        </>
      )}
      {entry && entry.status !== 'withdrawn' && entry.statement ? (
        <div style={{ marginTop: 12 }} data-testid="my-entry">
          <Typography.Title level={5}>{t('careers.reserve.competition.myEntry')}</Typography.Title>
          <Space wrap>
            <EntryStatusTag status={entry.status} />
            {entry.screeningReason && <Typography.Text type="secondary">{entry.screeningReason}</Typography.Text>}
          </Space>
          <Typography.Paragraph style={{ marginTop: 8 }}>{entry.statement}</Typography.Paragraph>
          {entry.status === 'nominated' && (
            <Popconfirm
              title={t('careers.reserve.actions.withdrawConfirm')}
              onConfirm={() => withdraw.mutate(entry.id)}
              okButtonProps={{ ...({ 'data-testid': 'withdraw-entry-confirm' } as object) }}
            >
              <Button size="small" loading={withdraw.isPending} data-testid="withdraw-entry">
                {t('careers.reserve.actions.withdraw')}
              </Button>
            </Popconfirm>
          )}
        </div>
      ) : (
        e?.eligible && (
          <Button type="primary" style={{ marginTop: 12 }} onClick={() => setEntering(true)} data-testid="nominate">
            {t('careers.reserve.actions.nominate')}
          </Button>
        )
      )}
      {entering && <NominateModal round={round} onClose={() => setEntering(false)} />}
    </Card>
  );
}
