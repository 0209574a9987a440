import { Card, Empty, List, Segmented } from 'antd';
import { useState, type ReactNode } from 'react';
import { useApiQuery } from '../../../query/useApiQuery';
import type { Page } from '../../../types';
import { swapsKey } from './api';

const PAGE_SIZE = 10;

/**
 * The right-hand card of the swaps and overtime pages: a scope switch (to decide, mine, …) over a
 * list read ten at a time; the pager shows only once there is a second page.
 */
export function ScopedList<S extends string, T extends { id: string }>(props: {
  /** Names the read in the query cache, beside the scope and the page. */
  name: string;
  scopes: S[];
  initial: S;
  label: (scope: S) => string;
  load: (q: { scope: S; page: number; pageSize: number }) => Promise<Page<T>>;
  empty: string;
  renderItem: (item: T) => ReactNode;
  testId?: string;
}) {
  const [scope, setScope] = useState<S>(props.initial);
  const [page, setPage] = useState(1);
  const { data, loading } = useApiQuery(
    swapsKey(props.name, scope, page),
    () => props.load({ scope, page, pageSize: PAGE_SIZE }),
    { keepPrevious: true },
  );
  const total = data?.total ?? 0;
  return (
    <Card
      size="small"
      title={
        <Segmented
          value={scope}
          onChange={(v) => (setScope(v as S), setPage(1))}
          options={props.scopes.map((s) => ({ value: s, label: props.label(s) }))}
          data-testid={props.testId}
        />
      }
    >
      <List
        loading={loading}
        dataSource={data?.data ?? []}
        locale={{ emptyText: <Empty description={props.empty} /> }}
        renderItem={props.renderItem}
        pagination={
          total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total, onChange: setPage, size: 'small' } : false
        }
      />
    </Card>
  );
}
