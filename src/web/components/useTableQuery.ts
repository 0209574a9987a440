import type { TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { Query } from '../api';
import { useApiQuery } from '../query/useApiQuery';
import { useT } from '../i18n';
import type { Page } from '../types';

type Value = string | number | string[] | null | undefined;

/**
 * A server-paged table whose filters, page and sort live in the URL, so a list comes back as
 * it was after opening a row. `arrays` names the parameters that may repeat (status=a&status=b).
 * `key` names the list in the cache (keys.ts); the query in the URL is added to it. `page` is the
 * whole answer, for a list that comes with more than rows (a queue's progress).
 */
export function useTableQuery<T, X extends object = object>(
  key: QueryKey,
  load: (q: Query) => Promise<Page<T> & X>,
  opts: { arrays?: string[]; pageSize?: number } = {},
) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const arrays = opts.arrays ?? [];
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? opts.pageSize ?? 20);
  const query: Query = { page, pageSize };
  for (const name of new Set(params.keys())) {
    if (name !== 'page' && name !== 'pageSize')
      query[name] = arrays.includes(name) ? params.getAll(name) : params.get(name);
  }
  const { data, loading, reload } = useApiQuery([...key, query], () => load(query), { keepPrevious: true });
  const rows = data?.data ?? [];
  const total = data?.total ?? 0;

  /** Change filters; the page goes back to 1 unless keepPage. */
  const update = useCallback(
    (patch: Record<string, Value>, keepPage = false) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [name, value] of Object.entries(patch)) {
            next.delete(name);
            for (const v of Array.isArray(value) ? value : [value]) {
              if (v !== undefined && v !== null && v !== '') next.append(name, String(v));
            }
          }
          if (!keepPage) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const onChange: TableProps<T>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const order = s?.order === 'descend' ? 'desc' : s?.order === 'ascend' ? 'asc' : undefined;
    update(
      {
        page: pagination.current,
        pageSize: pagination.pageSize,
        sort: order ? String(s.columnKey ?? s.field) : undefined,
        order,
      },
      true,
    );
  };

  const tableProps = {
    rowKey: 'id',
    size: 'middle',
    scroll: { x: 'max-content' },
    dataSource: rows,
    loading,
    onChange,
    pagination: {
      current: page,
      pageSize,
      total,
      showSizeChanger: true,
      showTotal: (n: number) => t('common.table.total', { total: n }),
    },
  } satisfies TableProps<T>;

  return {
    get: (name: string) => params.get(name) ?? undefined,
    getAll: (name: string) => params.getAll(name),
    update,
    tableProps,
    sortOrder: (field: string): SortOrder =>
      params.get('sort') === field ? (params.get('order') === 'desc' ? 'descend' : 'ascend') : null,
    reload,
    page: data,
  };
}
