import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { Button, List, Table, Tag, Typography } from 'antd';
import { showError } from '../../../feedback';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { Avg } from '../shared/Tags';
import { trainingApi } from '../shared/trainingApi';

/** My training warnings (e.g. a trainee past the daily one-to-one cap), newest first. */
export function WarningsList() {
  const t = useT();
  const { data, loading, reload } = useApiQuery(keys.training('warnings', 'list'), () => trainingApi.warnings.list());
  const read = async (id: string) => {
    try {
      await trainingApi.warnings.read(id);
      reload();
    } catch (err) {
      showError(err);
    }
  };
  return (
    <List
      loading={loading}
      dataSource={data ?? []}
      locale={{ emptyText: t('training.mentoring.noWarnings') }}
      renderItem={(w) => (
        <List.Item
          data-testid="training-warning"
          data-kind={w.kind}
          actions={
            w.readAt
              ? []
              : [
                  <Button key="r" size="small" onClick={() => read(w.id)}>
                    {t('training.mentoring.markRead')}
                  </Button>,
                ]
          }
        >
          <List.Item.Meta
            title={
              <>
                {!w.readAt && <Tag color="red">{t('training.mentoring.unread')}</Tag>}
                {w.subjectName ?? ''}
              </>
            }
            description={
              <>
                {w.kind === 'mentoring_problem_open'
                  ? t('training.mentoring.problemOpen', {
                      date: String(w.data.date ?? ''),
                      description: String(w.data.description ?? ''),
                    })
                  : w.message}
                <div>
                  <Typography.Text type="secondary">{localTime(w.createdAt)}</Typography.Text>
                </div>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}

/** Mentors with their current trainees per mode and their ratings. */
export function MentorsTable() {
  const t = useT();
  const { data, loading } = useApiQuery(keys.training('mentoring', 'mentors'), () => trainingApi.mentoring.mentors());
  return (
    <Table
      rowKey="mentorId"
      size="middle"
      loading={loading}
      dataSource={data ?? []}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('training.mentoring.fields.mentor'), dataIndex: 'name' },
        { title: t('training.mentoring.activeOneToOne'), dataIndex: 'activeOneToOne', align: 'right' },
        { title: t('training.mentoring.activeOneToFive'), dataIndex: 'activeOneToFive', align: 'right' },
        { title: t('training.mentoring.ratingsCount'), dataIndex: 'ratings', align: 'right' },
        {
          title: t('training.mentoring.avgRating'),
          dataIndex: 'avgRating',
          align: 'right',
          render: (v: number | null) => <Avg value={v} />,
        },
      ]}
    />
  );
}
