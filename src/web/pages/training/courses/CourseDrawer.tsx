import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, List, Popover, Progress, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../access';
import { useT } from '../../../i18n';
import { KIND_ICONS } from '../my/MyMaterials';
import { AreaTag, MethodTag } from '../shared/Tags';
import { trainingApi } from '../shared/trainingApi';
import type { Course, Material } from '../shared/types';
import { CourseFormModal, MaterialFormModal } from './CourseForms';

/** Who booked on the course has done a material: a bar, and the names on demand. */
function Completion({ material }: { material: Material }) {
  const t = useT();
  const { data } = useApiQuery(
    keys.training('materials', 'completions', material.id),
    () => trainingApi.materials.completions(material.id),
    { quiet: true },
  );
  if (!data) return null;
  const done = data.filter((c) => c.completedAt).length;
  const names = (
    <div style={{ maxWidth: 320, maxHeight: 280, overflow: 'auto' }}>
      {data.map((c) => (
        <Tag key={c.employeeId} color={c.completedAt ? 'green' : 'default'}>
          {c.name}
        </Tag>
      ))}
    </div>
  );
  return (
    <Popover content={names} title={t('training.courses.materials.completion')}>
      <div style={{ width: 180 }} data-testid="material-completion" data-done={done} data-total={data.length}>
        <Progress percent={data.length ? Math.round((done / data.length) * 100) : 0} size="small" />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <TeamOutlined /> {t('training.courses.materials.completed', { done, total: data.length })}
        </Typography.Text>
      </div>
    </Popover>
  );
}

const dueText = (t: ReturnType<typeof useT>, n: number) =>
  n === 0
    ? t('training.courses.materials.dueSameDay')
    : n > 0
      ? t('training.courses.materials.dueDays', { n })
      : t('training.courses.materials.dueBefore', { n: -n });

/** A course with its materials and (for trainers and managers) each material's completion. */
export function CourseDrawer({
  course,
  onClose,
  onChanged,
}: {
  course: Course;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = useT();
  const can = useCan();
  const manage = can('training.manage');
  const { data: materials, reload } = useApiQuery(keys.training('courses', 'materials', course.id), () =>
    trainingApi.courses.materials(course.id),
  );
  const [editing, setEditing] = useState<Material | 'new' | 'course' | null>(null);
  const saved = () => {
    setEditing(null);
    reload();
    onChanged();
  };

  return (
    <Drawer
      open
      onClose={onClose}
      size={640}
      title={`${course.code} ${course.title}`}
      data-testid="course-drawer"
      extra={
        manage && (
          <Button icon={<EditOutlined />} onClick={() => setEditing('course')}>
            {t('common.actions.edit')}
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'area', label: t('training.courses.fields.area'), children: <AreaTag area={course.contentArea} /> },
          { key: 'method', label: t('training.courses.fields.method'), children: <MethodTag method={course.method} /> },
          { key: 'hours', label: t('training.courses.fields.hours'), children: course.hours },
          {
            key: 'desc',
            label: t('training.courses.fields.description'),
            children: course.description ?? t('common.none'),
          },
        ]}
      />
      <div className="sw-toolbar" style={{ marginTop: 16 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('training.courses.materials.title')}
        </Typography.Title>
        <span className="sw-toolbar-spacer" />
        {manage && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="material-add">
            {t('training.courses.materials.add')}
          </Button>
        )}
      </div>
      <List
        dataSource={materials ?? []}
        locale={{ emptyText: t('training.courses.materials.none') }}
        renderItem={(m) => (
          <List.Item
            data-testid="course-material"
            actions={
              manage
                ? [
                    <Button key="e" type="link" size="small" onClick={() => setEditing(m)}>
                      {t('common.actions.edit')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              avatar={KIND_ICONS[m.kind]}
              title={
                <Space size={4} wrap>
                  <a href={m.url} target="_blank" rel="noreferrer">
                    {m.title}
                  </a>
                  {m.archived && <Tag>{t('training.courses.archived')}</Tag>}
                </Space>
              }
              description={
                <Space size={4} wrap>
                  <Tag color={m.required ? 'red' : 'default'}>
                    {t(m.required ? 'training.courses.materials.required' : 'training.courses.materials.optional')}
                  </Tag>
                  <span>
                    {t(`training.enums.materialKind.${m.kind}`)} · {t('training.courses.materials.dueOffsetShort')}{' '}
                    {dueText(t, m.dueOffsetDays)}
                  </span>
                </Space>
              }
            />
            {can('training.teach') && <Completion material={m} />}
          </List.Item>
        )}
      />
      {editing === 'course' && <CourseFormModal course={course} onClose={() => setEditing(null)} onSaved={saved} />}
      {editing && editing !== 'course' && (
        <MaterialFormModal
          courseId={course.id}
          material={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      )}
    </Drawer>
  );
}
