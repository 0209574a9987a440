import { Empty, Timeline, Typography } from 'antd';
import { translateMaybe, useT } from '../../../i18n';
import type { PathView } from './api';

type Entry = PathView['record'][number];

/** The career record, newest first: status changes and the careers parts' events, each read on its own. */
export function RecordTimeline({ record }: { record: Entry[] }) {
  const t = useT();
  const status = (s: string | null) => (s ? (translateMaybe(`people.status.${s}`) ?? s) : '');
  const text = (e: Entry) => {
    if (e.kind === 'status_change')
      return e.fromStatus
        ? t('careers.path.record.status_change', { from: status(e.fromStatus), to: status(e.toStatus) })
        : t('careers.path.record.statusStart', { to: status(e.toStatus) });
    const d = e.detail ?? {};
    const round = typeof d.roundName === 'string' ? t('careers.path.record.round', { name: d.roundName }) : '';
    const score =
      typeof d.finalScore === 'number' ? ` · ${t('careers.path.record.score', { score: d.finalScore })}` : '';
    return `${t(`careers.path.record.kinds.${e.kind}`)}${round}${score}`;
  };
  if (!record.length) return <Empty description={t('careers.path.record.empty')} />;
  return (
    <Timeline
      data-testid="path-record"
      items={record.map((e, i) => ({
        key: `${e.day}-${e.kind}-${i}`,
        color:
          e.kind === 'reserve_chosen' || e.kind === 'promoted_team_lead'
            ? 'green'
            : e.kind === 'status_change'
              ? 'blue'
              : 'gray',
        children: (
          <div data-testid={`path-record-${e.kind}`}>
            <Typography.Text type="secondary">{e.day}</Typography.Text>
            <div>{text(e)}</div>
          </div>
        ),
      }))}
    />
  );
}
