import { keys } from '../../../query/keys';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useTableQuery } from '../../../components/useTableQuery';
import { testId } from '../../../format';
import { useT } from '../../../i18n';
import { Avg } from '../shared/Tags';
import { trainingApi } from '../shared/trainingApi';
import type { Trainer } from '../shared/types';
import { TrainerFormModal } from './TrainerFormModal';

/** Certification validity: expired, within 60 days of expiry, or fine. */
function Validity({ trainer: x }: { trainer: Trainer }) {
  const t = useT();
  if (!x.certifiedUntil) return <span>{x.certifiedOn ?? t('common.none')}</span>;
  const days = dayjs(x.certifiedUntil).diff(dayjs(), 'day');
  return (
    <Space size={4}>
      <span>
        {x.certifiedOn ?? ''} ~ {x.certifiedUntil}
      </span>
      {days < 0 ? (
        <Tag color="red">{t('training.trainers.expired')}</Tag>
      ) : days <= 60 ? (
        <Tag color="orange">{t('training.trainers.expiring')}</Tag>
      ) : null}
    </Space>
  );
}

/** 讲师: internal and external trainers, their certification, teaching hours and learners' ratings. */
export default function TrainersPage() {
  const t = useT();
  const can = useCan();
  const list = useTableQuery(keys.training('trainers', 'page'), trainingApi.trainers.list);
  const [editing, setEditing] = useState<Trainer | 'new' | null>(null);
  const f = (
    k: 'name' | 'kind' | 'category' | 'certification' | 'validity' | 'teachingHours' | 'sessionsTaught' | 'ratings',
  ) => t(`training.trainers.fields.${k}`);

  const columns: TableColumnsType<Trainer> = [
    {
      title: f('name'),
      dataIndex: 'name',
      key: 'name',
      render: (v: string, x) => (
        <>
          {v}
          {!x.active && <Tag style={{ marginInlineStart: 6 }}>{t('training.trainers.inactive')}</Tag>}
        </>
      ),
    },
    {
      title: f('kind'),
      key: 'kind',
      render: (_, x) => (
        <Tag color={x.kind === 'internal' ? 'blue' : 'purple'}>{t(`training.enums.trainerKind.${x.kind}`)}</Tag>
      ),
    },
    {
      title: f('category'),
      key: 'category',
      responsive: ['md'],
      render: (_, x) => (
        <>
          {t(`training.enums.category.${x.category}`)}
          {x.organization ? ` · ${x.organization}` : ''}
        </>
      ),
    },
    {
      title: f('certification'),
      dataIndex: 'certification',
      key: 'cert',
      responsive: ['lg'],
      render: (v: string | null) => v ?? t('common.none'),
    },
    { title: f('validity'), key: 'validity', responsive: ['lg'], render: (_, x) => <Validity trainer={x} /> },
    {
      title: f('teachingHours'),
      dataIndex: 'teachingHours',
      key: 'hours',
      align: 'right',
      sorter: (a, b) => a.teachingHours - b.teachingHours,
    },
    { title: f('sessionsTaught'), dataIndex: 'sessionsTaught', key: 'sessions', align: 'right', responsive: ['sm'] },
    {
      title: f('ratings'),
      key: 'ratings',
      align: 'right',
      sorter: (a, b) => (a.ratings.trainer ?? 0) - (b.ratings.trainer ?? 0),
      render: (_, x) => (
        <Tooltip
          title={`${t('training.common.ratings.content')} ${x.ratings.content ?? '—'} · ${t('training.common.ratings.method')} ${x.ratings.method ?? '—'} · ${t('training.common.ratings.responses')} ${x.ratings.responses}`}
        >
          <span>
            <Avg value={x.ratings.trainer} />{' '}
            <span style={{ color: '#999', fontSize: 12 }}>({x.ratings.responses})</span>
          </span>
        </Tooltip>
      ),
    },
    ...(can('training.manage')
      ? [
          {
            key: 'actions',
            fixed: 'right' as const,
            render: (_: unknown, x: Trainer) => (
              <Button type="link" size="small" onClick={() => setEditing(x)}>
                {t('common.actions.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('training.trainers.title')}
        extra={
          can('training.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="trainer-add">
              {t('training.trainers.add')}
            </Button>
          )
        }
      />
      <div className="sw-toolbar">
        <Checkbox
          checked={list.get('activeOnly') === 'true'}
          onChange={(e) => list.update({ activeOnly: e.target.checked ? 'true' : undefined })}
        >
          {t('training.trainers.activeOnly')}
        </Checkbox>
      </div>
      <Table<Trainer>
        columns={columns}
        onRow={(x) => ({ ...testId('trainer-row'), 'data-trainer-name': x.name }) as object}
        {...list.tableProps}
      />
      {editing && (
        <TrainerFormModal
          trainer={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </>
  );
}
