import { Table, Typography } from 'antd';
import { localTime } from '../../format';
import { translate, translateMaybe, useT } from '../../i18n';
import type { AuditEntry } from '../../types';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Codes stored in the log (a status, a role) shown by their names. */
const CODE_NAMES: Record<string, string> = { status: 'people.status', gender: 'people.gender', roles: 'common.roles' };

/** A value as a person reads it: codes named, times local, JSON text of a list unpacked. */
function readable(field: string, v: unknown): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'boolean') return translate(v ? 'common.yes' : 'common.no');
  if (Array.isArray(v)) return v.map((x) => readable(field, x)).join(translate('common.listSeparator'));
  if (typeof v === 'object') return JSON.stringify(v);
  const s = String(v);
  if (s.startsWith('[')) {
    try {
      return readable(field, JSON.parse(s));
    } catch {
      return s;
    }
  }
  if (ISO_TIME.test(s)) return localTime(s);
  const names = CODE_NAMES[field];
  return (names && translateMaybe(`${names}.${s}`)) || s;
}

/** Field by field: what the entry's old and new values say (fields empty on both sides left out). */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const before = isRecord(entry.oldValue) ? entry.oldValue : entry.oldValue == null ? {} : { value: entry.oldValue };
  const after = isRecord(entry.newValue) ? entry.newValue : entry.newValue == null ? {} : { value: entry.newValue };
  const rows = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .map((f) => ({ field: f, old: readable(f, before[f]), new: readable(f, after[f]) }))
    .filter((r) => r.old || r.new);
  if (!rows.length) return <Typography.Text type="secondary">{t('audit.diff.empty')}</Typography.Text>;

  return (
    <Table
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="audit-diff"
      columns={[
        {
          title: t('audit.diff.field'),
          dataIndex: 'field',
          width: 180,
          render: (f: string) => translateMaybe(`audit.fields.${f}`) ?? f,
        },
        {
          title: t('audit.diff.old'),
          dataIndex: 'old',
          render: (v: string) => (
            <Typography.Text delete={!!v} type="secondary">
              {v}
            </Typography.Text>
          ),
        },
        {
          title: t('audit.diff.new'),
          dataIndex: 'new',
          render: (v: string, r) => <Typography.Text strong={!!r.old && v !== r.old}>{v}</Typography.Text>,
        },
      ]}
    />
  );
}
