import type { TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Query } from '../api';
import { showError } from '../feedback';
import { useT } from '../i18n';
import type { Page } from '../types';

type Value = string | number | string[] | null | undefined;

/**
 * A server-paged table whose filters, page and sort live in the URL, so a list comes back as
 * it was after opening a row. `arrays` names the parameters that may repeat (status=a&status=b).
 */
export function useTableQuery<T>(load: (q: Query) => Promise<Page<T>>, opts: { arrays?: string[]; pageSize?: number } = {}) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const [rows, setRows] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const arrays = opts.arrays ?? [];
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? opts.pageSize ?? 20);
  const key = params.toString();

  useEffect(() => {
    let live = true;
    const query: Query = { page, pageSize };
    for (const name of new Set(params.keys())) {
      if (name !== 'page' && name !== 'pageSize') query[name] = arrays.includes(name) ? params.getAll(name) : params.get(name);
    }
    setLoading(true);
    loadRef.current(query)
      .then((r) => { if (live) { setRows(r.data); setTotal(r.total); } })
      .catch((err) => { if (live) showError(err); })
      .finally(() => { if (live) setLoading(false); });
    return () => { live = false; };
  }, [key, tick]); // `key` stands for params; `arrays` is fixed for a page

  /** Change filters; the page goes back to 1 unless keepPage. */
  const update = useCallback((patch: Record<string, Value>, keepPage = false) => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [name, value] of Object.entries(patch)) {
        next.delete(name);
        for (const v of Array.isArray(value) ? value : [value]) {
          if (v !== undefined && v !== null && v !== '') next.append(name, String(v));
        }
      }
      if (!keepPage) next.delete('page');
      return next;
    }, { replace: true });
  }, [setParams]);

  const onChange: TableProps<T>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const order = s?.order === 'descend' ? 'desc' : s?.order === 'ascend' ? 'asc' : undefined;
    update({
      page: pagination.current, pageSize: pagination.pageSize,
      sort: order ? String(s.columnKey ?? s.field) : undefined, order,
    }, true);
  };

  const tableProps = {
    rowKey: 'id',
    size: 'middle',
    scroll: { x: 'max-content' },
    dataSource: rows,
    loading,
    onChange,
    pagination: {
      current: page, pageSize, total, showSizeChanger: true,
      showTotal: (n: number) => t('common.table.total', { total: n }),
    },
  } satisfies TableProps<T>;

  return {
    get: (name: string) => params.get(name) ?? undefined,
    getAll: (name: string) => params.getAll(name),
    update,
    tableProps,
    sortOrder: (field: string): SortOrder => (params.get('sort') === field ? (params.get('order') === 'desc' ? 'descend' : 'ascend') : null),
    reload: () => setTick((n) => n + 1),
  };
}
