import { keys } from '../../../query/keys';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Segmented, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { CONTENT_AREAS, TRAINING_METHODS } from '../../../../common/training';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { SearchBox } from '../../../components/SearchBox';
import { useTableQuery } from '../../../components/useTableQuery';
import { testId } from '../../../format';
import { useT } from '../../../i18n';
import { AreaTag, MethodTag } from '../shared/Tags';
import { trainingApi } from '../shared/trainingApi';
import type { Course } from '../shared/types';
import { CourseDrawer } from './CourseDrawer';
import { CourseFormModal } from './CourseForms';

/** 课程: the catalogue by SPEC §3's five content areas and six methods, with materials. */
export default function CoursesPage() {
  const t = useT();
  const can = useCan();
  const list = useTableQuery(keys.training('courses', 'page'), trainingApi.courses.list, { pageSize: 50 });
  const [open, setOpen] = useState<Course | null>(null);
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<Course> = [
    {
      title: t('training.courses.fields.code'),
      dataIndex: 'code',
      key: 'code',
      width: 100,
      render: (v: string) => <span className="sw-mono">{v}</span>,
    },
    {
      title: t('training.courses.fields.title'),
      dataIndex: 'title',
      key: 'title',
      render: (v: string, c) => (
        <>
          {v}
          {c.archived && <Tag style={{ marginInlineStart: 6 }}>{t('training.courses.archived')}</Tag>}
        </>
      ),
    },
    {
      title: t('training.courses.fields.area'),
      key: 'area',
      responsive: ['md'],
      render: (_, c) => <AreaTag area={c.contentArea} />,
    },
    { title: t('training.courses.fields.method'), key: 'method', render: (_, c) => <MethodTag method={c.method} /> },
    { title: t('training.courses.fields.hours'), dataIndex: 'hours', key: 'hours', align: 'right', responsive: ['sm'] },
    { title: t('training.courses.fields.materials'), dataIndex: 'materialCount', key: 'materials', align: 'right' },
  ];

  return (
    <>
      <PageHeader
        title={t('training.courses.title')}
        extra={
          can('training.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="course-add">
              {t('training.courses.add')}
            </Button>
          )
        }
      />
      <div className="sw-toolbar">
        <Segmented
          value={list.get('contentArea') ?? 'all'}
          onChange={(v) => list.update({ contentArea: v === 'all' ? undefined : String(v) })}
          options={[
            { value: 'all', label: t('training.courses.all') },
            ...CONTENT_AREAS.map((a) => ({ value: a, label: t(`training.enums.area.${a}`) })),
          ]}
          style={{ maxWidth: '100%', overflowX: 'auto' }}
          data-testid="course-area-filter"
        />
      </div>
      <div className="sw-toolbar sw-filters">
        <SearchBox
          value={list.get('q')}
          onSearch={(q) => list.update({ q })}
          placeholder={t('training.courses.search')}
        />
        <Select
          allowClear
          placeholder={t('training.courses.methodFilter')}
          value={list.get('method')}
          onChange={(method?: string) => list.update({ method })}
          options={TRAINING_METHODS.map((m) => ({ value: m, label: t(`training.enums.method.${m}`) }))}
          style={{ minWidth: 160 }}
        />
        <Checkbox
          checked={list.get('includeArchived') === 'true'}
          onChange={(e) => list.update({ includeArchived: e.target.checked ? 'true' : undefined })}
        >
          {t('training.courses.includeArchived')}
        </Checkbox>
      </div>
      <Table<Course>
        columns={columns}
        rowClassName={() => 'sw-clickable-row'}
        onRow={(c) => ({ onClick: () => setOpen(c), ...testId('course-row'), 'data-course-code': c.code }) as object}
        {...list.tableProps}
      />
      {open && <CourseDrawer course={open} onClose={() => setOpen(null)} onChanged={list.reload} />}
      {adding && (
        <CourseFormModal
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            list.reload();
          }}
        />
      )}
    </>
  );
}
