import { Space, Tag, Tooltip, Typography } from 'antd';
import { useT, type MsgKey } from '../../../i18n';
import type { ReserveCriterion } from './api';

// The reserve part's tags: a round's status, an entry's status, and each eligibility criterion
// with its evidence (the numbers compared, the window and the records behind it).

const ROUND_COLORS: Record<string, string> = {
  draft: 'default',
  nominating: 'processing',
  screening: 'gold',
  candidates_published: 'green',
  results_published: 'blue',
  cancelled: 'default',
};
const ENTRY_COLORS: Record<string, string> = {
  nominated: 'processing',
  shortlisted: 'green',
  declined: 'red',
  withdrawn: 'default',
};

export function RoundStatusTag({ status }: { status: string }) {
  const t = useT();
  return (
    <Tag color={ROUND_COLORS[status]} data-testid="round-status" data-status={status}>
      {t(`careers.reserve.roundStatus.${status}` as MsgKey)}
    </Tag>
  );
}

export function EntryStatusTag({ status }: { status: string }) {
  const t = useT();
  return (
    <Tag color={ENTRY_COLORS[status]} data-testid="entry-status" data-status={status}>
      {t(`careers.reserve.entryStatus.${status}` as MsgKey)}
    </Tag>
  );
}

export function useEvidence() {
  const t = useT();
  return (c: ReserveCriterion) => {
    const v = {
      value: c.value ?? '',
      threshold: c.threshold ?? '',
      from: c.from ?? '',
      to: c.to ?? '',
      rank: c.rank ?? '',
      of: c.of ?? '',
      cut: c.of ? Math.ceil((c.of * (c.threshold ?? 0)) / 100) : '',
      n: c.refs.length,
      refs: c.refs.join('、'),
      team: c.label ?? '',
      status: c.label ? t(`people.status.${c.label}` as MsgKey) : '',
    };
    switch (c.key) {
      case 'status':
        // refs: the round an earlier win came from (a reserve team lead does not enter again).
        return t(c.refs.length ? 'careers.reserve.evidence.statusReserve' : 'careers.reserve.evidence.status', v);
      case 'tenure':
        return t('careers.reserve.evidence.tenure', v);
      case 'results':
        if (c.basis === 'appraisal') return t('careers.reserve.evidence.resultsAppraisal', v);
        if (c.basis === 'qa') return t('careers.reserve.evidence.resultsQa', v);
        return t('careers.reserve.evidence.resultsNone');
      default:
        if (!c.from) return t('careers.reserve.evidence.disciplineOff');
        return t(c.met ? 'careers.reserve.evidence.disciplineClean' : 'careers.reserve.evidence.disciplineFound', v);
    }
  };
}

/** Each criterion as a tag, its evidence in a tooltip (compact: tables). */
export function CriteriaTags({ criteria }: { criteria: ReserveCriterion[] }) {
  const t = useT();
  const evidence = useEvidence();
  return (
    <Space size={[4, 4]} wrap>
      {criteria.map((c) => (
        <Tooltip key={c.key} title={evidence(c)}>
          <Tag color={c.met ? 'green' : 'red'} data-testid={`criterion-${c.key}`} data-met={c.met ? 'yes' : 'no'}>
            {c.met ? '✓ ' : '✗ '}
            {t(`careers.reserve.criteria.${c.key}`)}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

/** Each criterion on its own line with its evidence written out (a person's own page, phones). */
export function CriteriaLines({ criteria }: { criteria: ReserveCriterion[] }) {
  const t = useT();
  const evidence = useEvidence();
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      {criteria.map((c) => (
        <div key={c.key} data-testid={`criterion-${c.key}`} data-met={c.met ? 'yes' : 'no'}>
          <Tag color={c.met ? 'green' : 'red'}>
            {c.met ? '✓ ' : '✗ '}
            {t(`careers.reserve.criteria.${c.key}`)}
          </Tag>
          <Typography.Text type={c.met ? 'secondary' : 'danger'}>{evidence(c)}</Typography.Text>
        </div>
      ))}
    </Space>
  );
}
