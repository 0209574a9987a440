import { Descriptions, Drawer, Empty, Tag, Timeline, Typography } from 'antd';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { levelsApi, levelsKey } from './api';
import { StandardLines } from './Standards';

/** One trainer: level, the next grade's standards with their evidence written out, the history. */
export function TrainerDrawer({ trainerId, onClose }: { trainerId: string; onClose: () => void }) {
  const t = useT();
  const { data: d } = useApiQuery(levelsKey('trainer', trainerId), () => levelsApi.trainer(trainerId));
  return (
    <Drawer open onClose={onClose} title={d?.name} size="large" data-testid="level-drawer">
      {d && (
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('careers.levels.fields.level')}>
              {d.level ? <Tag color="blue">{d.level.name}</Tag> : t('careers.levels.noLevel')}
              {d.since ? ` · ${d.since}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('careers.levels.fields.next')}>
              {d.next ? d.next.name : t('careers.levels.top')}
            </Descriptions.Item>
          </Descriptions>
          {d.next && (
            <>
              <Typography.Title level={5}>{t('careers.levels.standingTitle', { grade: d.next.name })}</Typography.Title>
              <StandardLines criteria={d.criteria} />
            </>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('careers.levels.history.title')}
          </Typography.Title>
          {d.history.length ? (
            <Timeline
              data-testid="level-history"
              items={d.history.map((h) => ({
                key: h.id,
                color: h.kind === 'promotion' ? 'green' : 'blue',
                content: (
                  <>
                    <div>
                      {t('careers.levels.history.line', {
                        day: h.day,
                        kind: t(`careers.levels.history.${h.kind}`),
                        grade: h.grade.name,
                        by: h.confirmedByName ?? '',
                      })}
                    </div>
                    {h.previous && (
                      <Typography.Text type="secondary">
                        {t('careers.levels.history.from', { grade: h.previous.name })}
                      </Typography.Text>
                    )}
                    {h.reason && <div>{`${t('careers.levels.fields.reason')}：${h.reason}`}</div>}
                  </>
                ),
              }))}
            />
          ) : (
            <Empty description={t('careers.levels.history.empty')} />
          )}
        </>
      )}
    </Drawer>
  );
}
