import { Button, Popconfirm, Space } from 'antd';
import { Link } from 'react-router';
import { useCan } from '../../../access';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { reserveApi, reserveKey, type Round, type RoundMove } from './api';

/** HR's moves of a round, each offered only from the status it starts from. */
export function RoundActions({
  round,
  compact,
}: {
  round: Pick<Round, 'id' | 'status' | 'version'>;
  compact?: boolean;
}) {
  const t = useT();
  const can = useCan();
  const move = useApiMutation((m: RoundMove) => reserveApi.move(round.id, m, round.version), {
    invalidates: [reserveKey()],
    onSuccess: () => showSuccess(t('careers.reserve.moved')),
  });
  if (!can('careers.reserve.manage')) return null;
  const size = compact ? 'small' : 'middle';
  const button = (m: RoundMove, testId: string, primary = false) => (
    <Button
      size={size}
      type={primary ? 'primary' : 'default'}
      loading={move.isPending && move.variables === m}
      onClick={() => move.mutate(m)}
      data-testid={testId}
    >
      {t(`careers.reserve.actions.${m}`)}
    </Button>
  );
  const s = round.status;
  return (
    <Space wrap size={4}>
      {s === 'draft' && button('open', 'open-round', true)}
      {s === 'nominating' && button('close', 'close-nominations', true)}
      {s === 'screening' && button('publish', 'publish-shortlist', true)}
      {['candidates_published', 'results_published'].includes(s) && (
        <Link to={`/careers/reserve/${encodeURIComponent(round.id)}/panel`} data-testid="panel-link">
          <Button size={size}>{t('careers.reserve.actions.panel')}</Button>
        </Link>
      )}
      {!['results_published', 'cancelled'].includes(s) && (
        <Popconfirm
          title={t('careers.reserve.actions.cancelConfirm')}
          onConfirm={() => move.mutate('cancel')}
          okButtonProps={{ ...({ 'data-testid': 'cancel-round-confirm' } as object) }}
        >
          <Button size={size} danger data-testid="cancel-round">
            {t('careers.reserve.actions.cancel')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
