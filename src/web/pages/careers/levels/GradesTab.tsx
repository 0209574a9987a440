import { Button, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../access';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { levelsApi, levelsKey, type Grade } from './api';
import { GradeModal } from './LevelDialogs';

/** The grades, low to high, with their promotion standards; the training manager edits them. */
export function GradesTab() {
  const t = useT();
  const manage = useCan()('careers.levels.manage');
  const [editing, setEditing] = useState<Grade | 'new' | null>(null);
  const { data, loading } = useApiQuery(levelsKey('grades'), () => levelsApi.grades());
  const remove = useApiMutation((id: string) => levelsApi.deleteGrade(id), {
    invalidates: [levelsKey()],
    onSuccess: () => showSuccess(t('careers.levels.grade.deleted')),
  });
  const standard = (v: number | null, suffix = '') => (v === null ? t('careers.levels.notRequired') : `${v}${suffix}`);
  const columns: TableColumnsType<Grade> = [
    { title: t('careers.levels.fields.name'), dataIndex: 'name', key: 'name' },
    { title: t('careers.levels.fields.minHours'), key: 'h', render: (_, g) => standard(g.minHours) },
    { title: t('careers.levels.fields.minSessions'), key: 's', render: (_, g) => standard(g.minSessions) },
    { title: t('careers.levels.fields.minRating'), key: 'r', render: (_, g) => standard(g.minRating) },
    { title: t('careers.levels.fields.minPassRate'), key: 'p', render: (_, g) => standard(g.minPassRate, '%') },
    { title: t('careers.levels.fields.holders'), dataIndex: 'holders', key: 'holders', align: 'right' },
    { title: t('careers.levels.fields.description'), dataIndex: 'description', key: 'd', responsive: ['lg'] },
    ...(manage
      ? [
          {
            title: t('careers.levels.fields.actions'),
            key: 'actions',
            render: (_: unknown, g: Grade) => (
              <Space size={4}>
                <Button size="small" onClick={() => setEditing(g)} data-testid={`grade-edit-${g.id}`}>
                  {t('careers.levels.actions.edit')}
                </Button>
                <Popconfirm
                  title={t('careers.levels.grade.deleteConfirm', { name: g.name })}
                  onConfirm={() => remove.mutate(g.id)}
                >
                  <Button size="small" danger disabled={g.holders > 0} data-testid={`grade-delete-${g.id}`}>
                    {t('careers.levels.actions.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      {manage && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setEditing('new')} data-testid="grade-add">
          {t('careers.levels.actions.addGrade')}
        </Button>
      )}
      <Table<Grade>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        columns={columns}
        scroll={{ x: true }}
        pagination={false}
        data-testid="levels-grades-table"
      />
      {editing && <GradeModal grade={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
