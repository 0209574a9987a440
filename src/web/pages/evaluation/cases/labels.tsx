import { Tag, Tooltip } from 'antd';
import { useT } from '../../../i18n';
import type { CaseSummary } from './casesApi';

// Small shared pieces of the case pages: the status tag and the notice period.

const COLORS: Record<CaseSummary['status'], string> = {
  listed: 'gold',
  interviewed: 'orange',
  notice: 'volcano',
  offboarding: 'red',
  eliminated: 'default',
  retained: 'green',
  withdrawn: 'green',
};

export function CaseStatusTag({ status }: { status: CaseSummary['status'] }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-testid="case-status" data-status={status}>
      {t(`elimination.statuses.${status}`)}
    </Tag>
  );
}

export function NoticeText({ notice }: { notice: CaseSummary['notice'] }) {
  const t = useT();
  if (!notice) return null;
  return (
    <span data-testid="case-notice" data-state={notice.state}>
      {t('elimination.notice.range', { from: notice.publishedOn, to: notice.endsOn })}{' '}
      <Tag color={notice.state === 'open' ? 'blue' : undefined}>{t(`elimination.noticeStates.${notice.state}`)}</Tag>
      {notice.provisionalYear !== null && (
        <Tooltip title={t('elimination.notice.provisionalHelp', { year: notice.provisionalYear })}>
          <Tag color="volcano" data-testid="case-notice-provisional">
            {t('elimination.notice.provisional')}
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}
