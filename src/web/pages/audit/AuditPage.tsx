import { keys } from '../../query/keys';
import { DatePicker, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { api } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { useTableQuery } from '../../components/useTableQuery';
import { localTime, testId } from '../../format';
import { translateMaybe, useT } from '../../i18n';
import zhAudit from '../../locales/zh-CN/audit';
import type { AuditEntry } from '../../types';
import { AuditDiff } from './AuditDiff';

const ACTIONS = Object.keys(zhAudit.actions);
const ENTITIES = Object.keys(zhAudit.entities);

export default function AuditPage() {
  const t = useT();
  const list = useTableQuery(keys.audit('list'), api.audit.list, { pageSize: 50 });
  const from = list.get('from');
  const to = list.get('to');
  const label = (group: 'actions' | 'entities' | 'reasons', key: string) =>
    translateMaybe(`audit.${group}.${key}`) ?? key;

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.columns.at'), dataIndex: 'at', key: 'at', width: 180, render: localTime },
    {
      title: t('audit.columns.actor'),
      dataIndex: 'actorName',
      key: 'actor',
      render: (v: string | null) => v ?? t('audit.system'),
    },
    {
      title: t('audit.columns.action'),
      dataIndex: 'action',
      key: 'action',
      render: (v: string) => <Tag>{label('actions', v)}</Tag>,
    },
    {
      title: t('audit.columns.entity'),
      dataIndex: 'entity',
      key: 'entity',
      render: (v: string) => label('entities', v),
    },
    {
      title: t('audit.columns.entityId'),
      dataIndex: 'entityId',
      key: 'entityId',
      responsive: ['lg'],
      render: (v: string) => (
        <Typography.Text className="sw-mono" copyable={{ text: v }}>
          {v.slice(-12)}
        </Typography.Text>
      ),
    },
    {
      title: t('audit.columns.reason'),
      dataIndex: 'reason',
      key: 'reason',
      render: (v: string | null, e: AuditEntry) => (v && e.action === 'login_failed' ? label('reasons', v) : (v ?? '')),
    },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <div className="sw-toolbar sw-filters">
        <Select
          allowClear
          placeholder={t('audit.filters.entity')}
          value={list.get('entity')}
          onChange={(entity?: string) => list.update({ entity })}
          options={ENTITIES.map((e) => ({ value: e, label: label('entities', e) }))}
          style={{ minWidth: 150 }}
          data-testid="audit-entity-filter"
        />
        <Select
          allowClear
          placeholder={t('audit.filters.action')}
          value={list.get('action')}
          onChange={(action?: string) => list.update({ action })}
          options={ACTIONS.map((a) => ({ value: a, label: label('actions', a) }))}
          style={{ minWidth: 150 }}
          data-testid="audit-action-filter"
        />
        <DatePicker.RangePicker
          showTime
          value={from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null}
          onChange={(range) => list.update({ from: range?.[0]?.toISOString(), to: range?.[1]?.toISOString() })}
          allowEmpty={[true, true]}
        />
      </div>
      <Table<AuditEntry>
        columns={columns}
        expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} />, expandRowByClick: true }}
        onRow={() => testId('audit-row')}
        {...list.tableProps}
      />
    </>
  );
}
