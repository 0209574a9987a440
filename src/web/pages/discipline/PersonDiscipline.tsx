import { Card, Empty, Table, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import { useApiQuery } from '../../query/useApiQuery';
import { disciplineApi, disciplineKey, type DisciplineSummary } from './disciplineApi';
import { StatusTag, useEventText } from './labels';

/** The discipline records on a person's file (人员档案): their records and the history of each,
 *  for whoever may see the person. A tab or card of the person page. */
export function PersonDiscipline({ employeeId }: { employeeId: string }) {
  const t = useT();
  const eventText = useEventText();
  const records = useApiQuery(disciplineKey('records', { employeeId, pageSize: 200 }), () =>
    disciplineApi.list({ employeeId, pageSize: 200 }),
  );
  const events = useApiQuery(disciplineKey('person-events', employeeId), () => disciplineApi.personEvents(employeeId));
  const rows = records.data?.data ?? [];
  return (
    <Card
      title={t('discipline.person.title')}
      size="small"
      data-testid="person-discipline"
      extra={
        <Link to={`/discipline?employeeId=${encodeURIComponent(employeeId)}`}>{t('discipline.person.openAll')}</Link>
      }
    >
      {!rows.length && !records.loading ? (
        <Empty description={t('discipline.person.empty')} />
      ) : (
        <>
          <Table<DisciplineSummary>
            rowKey="id"
            size="small"
            pagination={false}
            loading={records.loading}
            dataSource={rows}
            columns={[
              { title: t('discipline.fields.occurredOn'), dataIndex: 'occurredOn', width: 110 },
              {
                title: t('discipline.fields.kind'),
                dataIndex: 'kind',
                render: (k: DisciplineSummary['kind']) => t(`discipline.kinds.${k}`),
              },
              { title: t('discipline.fields.description'), dataIndex: 'description', ellipsis: true },
              { title: t('discipline.fields.status'), key: 's', render: (_, r) => <StatusTag r={r} /> },
              { title: t('discipline.fields.expiresOn'), dataIndex: 'expiresOn', width: 110 },
              {
                title: '',
                key: 'open',
                render: (_, r) => <Link to={`/discipline?record=${r.id}`}>{t('discipline.view')}</Link>,
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('discipline.timeline')}
          </Typography.Title>
          <Timeline
            items={(events.data ?? []).map((e, i) => ({ key: i, children: `${e.at.slice(0, 10)} · ${eventText(e)}` }))}
          />
        </>
      )}
    </Card>
  );
}
