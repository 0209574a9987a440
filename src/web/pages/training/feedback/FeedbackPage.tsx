import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { Drawer, List, Progress, Rate, Segmented, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { testId } from '../../../format';
import { useT } from '../../../i18n';
import { Avg } from '../shared/Tags';
import { dateTime } from '../shared/time';
import { trainingApi } from '../shared/trainingApi';
import type { FeedbackRollup } from '../shared/types';

type By = 'course' | 'trainer';

/** A 1–5 average as a short bar with its number. */
function Bar({ value }: { value: number | null }) {
  if (value === null) return <Avg value={null} />;
  return (
    <Space size={6}>
      <Progress
        percent={(value / 5) * 100}
        showInfo={false}
        size={[72, 8]}
        strokeColor={value >= 4 ? '#52c41a' : value >= 3 ? '#1f6feb' : '#fa8c16'}
      />
      <Avg value={value} />
    </Space>
  );
}

/** The anonymous answers behind one row of the roll-up. */
function Answers({ by, row, onClose }: { by: By; row: FeedbackRollup; onClose: () => void }) {
  const t = useT();
  const { data, loading } = useApiQuery(keys.training('feedback', 'list', by, row.id), () =>
    trainingApi.feedback.list(by === 'course' ? { courseId: row.id } : { trainerId: row.id }),
  );
  return (
    <Drawer open onClose={onClose} size={560} title={`${row.name} · ${t('training.feedback.answers')}`}>
      <List
        loading={loading}
        dataSource={data ?? []}
        renderItem={(f) => (
          <List.Item>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Typography.Text type="secondary">
                {dateTime(f.startsAt)} · {by === 'course' ? f.trainerName : f.courseTitle}
              </Typography.Text>
              <Space wrap size={12}>
                {(['content', 'trainer', 'method'] as const).map((k) => (
                  <span key={k}>
                    {t(`training.common.ratings.${k}`)} <Rate disabled value={f[k]} style={{ fontSize: 12 }} />
                  </span>
                ))}
              </Space>
              <span>
                {f.suggestions ?? (
                  <Typography.Text type="secondary">{t('training.feedback.noSuggestions')}</Typography.Text>
                )}
              </span>
            </Space>
          </List.Item>
        )}
      />
    </Drawer>
  );
}

/** 培训反馈: learners' ratings rolled up per course and per trainer, best first. */
export default function FeedbackPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const by: By = params.get('by') === 'trainer' ? 'trainer' : 'course';
  const { data, loading } = useApiQuery(keys.training('feedback', 'summary', by), () =>
    trainingApi.feedback.summary(by),
  );
  const [open, setOpen] = useState<FeedbackRollup | null>(null);
  const r = (k: 'content' | 'trainer' | 'method' | 'overall' | 'responses') => t(`training.common.ratings.${k}`);

  const columns: TableColumnsType<FeedbackRollup> = [
    { title: t('training.feedback.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('training.feedback.sessions'),
      dataIndex: 'sessions',
      key: 'sessions',
      align: 'right',
      responsive: ['sm'],
    },
    { title: r('responses'), dataIndex: 'responses', key: 'responses', align: 'right' },
    {
      title: r('content'),
      key: 'content',
      responsive: ['md'],
      render: (_, x) => <Bar value={x.content} />,
      sorter: (a, b) => (a.content ?? 0) - (b.content ?? 0),
    },
    {
      title: r('trainer'),
      key: 'trainer',
      responsive: ['md'],
      render: (_, x) => <Bar value={x.trainer} />,
      sorter: (a, b) => (a.trainer ?? 0) - (b.trainer ?? 0),
    },
    {
      title: r('method'),
      key: 'method',
      responsive: ['md'],
      render: (_, x) => <Bar value={x.method} />,
      sorter: (a, b) => (a.method ?? 0) - (b.method ?? 0),
    },
    {
      title: r('overall'),
      key: 'overall',
      render: (_, x) => <Bar value={x.overall} />,
      sorter: (a, b) => (a.overall ?? 0) - (b.overall ?? 0),
    },
  ];

  return (
    <>
      <PageHeader title={t('training.feedback.title')} />
      <div className="sw-toolbar">
        <Segmented
          value={by}
          onChange={(v) => setParams({ by: String(v) }, { replace: true })}
          options={[
            { value: 'course', label: t('training.feedback.byCourse') },
            { value: 'trainer', label: t('training.feedback.byTrainer') },
          ]}
          data-testid="feedback-by"
        />
      </div>
      <Table<FeedbackRollup>
        rowKey="id"
        columns={columns}
        dataSource={data ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={() => 'sw-clickable-row'}
        onRow={(x) => ({ onClick: () => setOpen(x), ...testId('feedback-row'), 'data-name': x.name }) as object}
      />
      {open && <Answers by={by} row={open} onClose={() => setOpen(null)} />}
    </>
  );
}
