import { Card, Empty, List, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import type { WorkLine } from '../../../common/home';
import { translateMaybe, useT } from '../../i18n';
import { useWork } from './useWork';

/** A line's sentence; a `<x>Key` param is a message key, shown translated as {x}. */
function workText(line: WorkLine) {
  const params: Record<string, string | number> = { ...line.params };
  for (const [name, value] of Object.entries(line.params))
    if (name.endsWith('Key') && typeof value === 'string') params[name.slice(0, -3)] = translateMaybe(value) ?? value;
  return translateMaybe(`home.kinds.${line.kind}`, params) ?? line.kind;
}

/** When a line is due, and how late it is, in the reader's words. */
function DueTag({ line, today }: { line: WorkLine; today: string }) {
  const t = useT();
  const tags = [];
  if (line.overdueDays > 0)
    tags.push(
      <Tag key="late" color="red" data-testid="work-overdue">
        {t('home.work.overdue', { days: line.overdueDays })}
      </Tag>,
    );
  else if (line.due === today)
    tags.push(
      <Tag key="today" color="orange">
        {t('home.work.dueToday')}
      </Tag>,
    );
  if (line.due && line.due !== today)
    tags.push(
      <Typography.Text key="day" type="secondary">
        {t('home.work.dueOn', { day: line.due })}
      </Typography.Text>,
    );
  if (!line.due)
    tags.push(
      <Typography.Text key="none" type="secondary">
        {t('home.work.noDue')}
      </Typography.Text>,
    );
  if (line.provisional)
    tags.push(
      <Tooltip key="prov" title={t('home.work.provisionalHint')}>
        <Tag color="gold">{t('home.work.provisional')}</Tag>
      </Tooltip>,
    );
  return <span className="sw-work-due">{tags}</span>;
}

/** What waits for the signed-in person, soonest due first, each line opening its item. */
export function WorkList() {
  const t = useT();
  const work = useWork();
  const list = work.data;
  return (
    <Card
      title={t('home.work.title')}
      extra={list ? t('home.work.total', { count: list.total }) : null}
      loading={work.query.isPending}
      data-testid="home-work"
    >
      <List
        dataSource={list?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.work.empty')} /> }}
        pagination={(list?.items.length ?? 0) > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
        renderItem={(line) => (
          <List.Item
            key={line.key}
            data-testid={`work-item-${line.kind}`}
            extra={<DueTag line={line} today={list!.today} />}
          >
            <Link to={line.link} data-testid="work-link">
              {workText(line)}
            </Link>
          </List.Item>
        )}
      />
      {list && list.total > list.items.length && (
        <Typography.Text type="secondary">
          {t('home.work.more', { shown: list.items.length, count: list.total })}
        </Typography.Text>
      )}
    </Card>
  );
}
