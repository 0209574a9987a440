import { Button, Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../access';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { levelsApi, levelsKey, type TrainerLevelRow } from './api';
import { ConfirmModal } from './LevelDialogs';
import { StandardLines, StandardTags } from './Standards';
import { TrainerDrawer } from './TrainerDrawer';

/** Trainers with their level and standing against the next grade; readyOnly: the promotion list. */
export function TrainersTab({ readyOnly }: { readyOnly: boolean }) {
  const t = useT();
  const can = useCan();
  const manage = can('careers.levels.manage');
  const [confirming, setConfirming] = useState<TrainerLevelRow | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const { data, loading } = useApiQuery(levelsKey('trainers', readyOnly), () => levelsApi.trainers(readyOnly));
  const columns: TableColumnsType<TrainerLevelRow> = [
    {
      title: t('careers.levels.fields.trainer'),
      key: 'trainer',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Link onClick={() => setOpen(r.trainerId)} data-testid={`level-trainer-${r.trainerId}`}>
            {r.name}
          </Typography.Link>
          <span>
            <Tag>{t(`careers.levels.kind.${r.kind}`)}</Tag>
            {!r.active && <Tag>{t('careers.levels.inactive')}</Tag>}
          </span>
        </Space>
      ),
    },
    {
      title: t('careers.levels.fields.level'),
      key: 'level',
      render: (_, r) => (
        <span data-testid={`level-current-${r.trainerId}`}>
          {r.level ? <Tag color="blue">{r.level.name}</Tag> : t('careers.levels.noLevel')}
        </span>
      ),
    },
    {
      title: t('careers.levels.fields.next'),
      key: 'next',
      render: (_, r) =>
        r.next ? (
          <Space size={4} wrap>
            {r.next.name}
            {r.ready ? <Tag color="green">{t('careers.levels.ready')}</Tag> : <Tag>{t('careers.levels.notReady')}</Tag>}
          </Space>
        ) : (
          t('careers.levels.top')
        ),
    },
    {
      title: t('careers.levels.fields.standards'),
      key: 'standards',
      responsive: ['md'],
      render: (_, r) => <StandardTags criteria={r.criteria} testId={`level-standards-${r.trainerId}`} />,
    },
    { title: t('careers.levels.fields.since'), dataIndex: 'since', key: 'since', responsive: ['lg'] },
    ...(manage
      ? [
          {
            title: t('careers.levels.fields.actions'),
            key: 'actions',
            render: (_: unknown, r: TrainerLevelRow) => (
              <Button size="small" data-testid={`level-confirm-${r.trainerId}`} onClick={() => setConfirming(r)}>
                {t('careers.levels.actions.confirm')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  // A trainer sees their own row only: their standing written out too, readable on a phone.
  const mine = !manage && data?.length === 1 && data[0].next ? data[0] : null;
  return (
    <>
      {mine && (
        <Card
          size="small"
          style={{ marginBottom: 12 }}
          title={t('careers.levels.standingTitle', { grade: mine.next!.name })}
          data-testid="level-my-standing"
        >
          <StandardLines criteria={mine.criteria} />
        </Card>
      )}
      <Table<TrainerLevelRow>
        rowKey="trainerId"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        columns={columns}
        scroll={{ x: true }}
        locale={{
          emptyText: t(
            readyOnly
              ? 'careers.levels.empty.ready'
              : manage
                ? 'careers.levels.empty.trainers'
                : 'careers.levels.empty.mine',
          ),
        }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid={readyOnly ? 'levels-ready-table' : 'levels-trainers-table'}
      />
      {confirming && <ConfirmModal trainer={confirming} onClose={() => setConfirming(null)} />}
      {open && <TrainerDrawer trainerId={open} onClose={() => setOpen(null)} />}
    </>
  );
}
