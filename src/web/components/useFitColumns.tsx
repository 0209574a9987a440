import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space, Typography } from 'antd';
import type { ColumnGroupType, ColumnType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n';

// A wide table made to fit the screen: columns with no value in any row of the page are left
// out, the key columns stay pinned (`fixed` on the page's column), and a picker lets the user
// hide or show the others, remembered per table in localStorage.

export type FitColumn<T> = (ColumnType<T> | ColumnGroupType<T>) & {
  key: string;
  /** The name in the picker when the title is not plain text. */
  pickerLabel?: string;
  /** True when the row has nothing to show here; default: its dataIndex value is null, undefined or ''. */
  empty?: (row: T) => boolean;
  /** Hidden until the user picks it. */
  defaultHidden?: boolean;
};

const STORAGE = 'seatwise.columns.';

function readChoices(tableId: string): Record<string, boolean> {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORAGE + tableId) ?? '{}');
    return saved && typeof saved === 'object' ? (saved as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

function isEmptyFor<T>(col: FitColumn<T> | ColumnType<T> | ColumnGroupType<T>, rows: readonly T[]): boolean {
  if ('children' in col && col.children) return col.children.every((c) => isEmptyFor(c, rows));
  if (col.fixed) return false;
  const test = (col as FitColumn<T>).empty;
  if (test) return rows.every(test);
  const index = (col as ColumnType<T>).dataIndex;
  if (typeof index !== 'string') return false; // a rendered column says what empty means, or stays
  return rows.every((r) => {
    const v = (r as Record<string, unknown>)[index];
    return v === null || v === undefined || v === '';
  });
}

/** Leaves out the children of a group that are empty on the page. */
function withoutEmptyChildren<T>(col: FitColumn<T>, rows: readonly T[]): FitColumn<T> {
  if (!('children' in col) || !col.children) return col;
  return { ...col, children: col.children.filter((c) => !isEmptyFor(c, rows)) };
}

/**
 * `tableId` names the table in localStorage; `rows` are the rows on screen. Gives the columns to
 * show, a picker to put in the page's toolbar, and the table's `scroll` (pinned columns need one).
 */
export function useFitColumns<T>(tableId: string, columns: FitColumn<T>[], rows: readonly T[]) {
  const t = useT();
  const [choices, setChoices] = useState(() => readChoices(tableId));
  const save = (next: Record<string, boolean>) => {
    setChoices(next);
    localStorage.setItem(STORAGE + tableId, JSON.stringify(next));
  };
  const chosen = (c: FitColumn<T>) => !!c.fixed || (choices[c.key] ?? !c.defaultHidden);
  const empty = new Set(rows.length ? columns.filter((c) => isEmptyFor(c, rows)).map((c) => c.key) : []);
  const shown = columns.filter((c) => chosen(c) && !empty.has(c.key)).map((c) => withoutEmptyChildren(c, rows));

  const label = (c: FitColumn<T>): ReactNode => c.pickerLabel ?? (c.title as ReactNode);
  const list = (
    <Space direction="vertical" size={4} data-testid={`columns-${tableId}`}>
      <Typography.Text type="secondary">{t('common.table.columnsHint')}</Typography.Text>
      {columns.map((c) => (
        <Checkbox
          key={c.key}
          checked={chosen(c)}
          disabled={!!c.fixed}
          onChange={(e) => save({ ...choices, [c.key]: e.target.checked })}
          data-testid={`column-${c.key}`}
        >
          {label(c)}
          {empty.has(c.key) && <Typography.Text type="secondary"> ({t('common.table.emptyColumn')})</Typography.Text>}
        </Checkbox>
      ))}
      <Button size="small" type="link" style={{ padding: 0 }} onClick={() => save({})}>
        {t('common.table.resetColumns')}
      </Button>
    </Space>
  );
  const picker = (
    <Popover trigger="click" placement="bottomRight" content={list}>
      <Button icon={<SettingOutlined />} data-testid={`columns-picker-${tableId}`}>
        {t('common.table.columns')}
      </Button>
    </Popover>
  );
  return { columns: shown, picker, scroll: { x: 'max-content' as const } };
}
