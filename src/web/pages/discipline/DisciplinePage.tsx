import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Segmented, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { DISCIPLINE_KINDS, DISCIPLINE_STATUSES } from '../../../common/discipline';
import { useCan } from '../../access';
import { EmployeeSelect } from '../../components/EmployeeSelect';
import { PageHeader } from '../../components/PageHeader';
import { useTableQuery } from '../../components/useTableQuery';
import { toIsoDate } from '../../format';
import { useT } from '../../i18n';
import { disciplineApi, disciplineKey, type DisciplineSummary } from './disciplineApi';
import { StatusTag } from './labels';
import { NewRecordModal } from './NewRecordModal';
import { RecordDrawer } from './RecordDrawer';

const STATES = ['all', 'active', 'expired'] as const;

/** 纪律记录: the records of the people the user may see, filtered and paged; a record opens in a
 *  drawer (?record=<id>, where notifications link); team leads, trainers and HR add records. */
export default function DisciplinePage() {
  const t = useT();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const list = useTableQuery<DisciplineSummary>(disciplineKey('records'), (q) =>
    disciplineApi.list({ ...q, record: undefined }),
  );
  const open = list.get('record') ?? null;
  const state = list.get('state') ?? 'all';
  const from = list.get('from');
  const to = list.get('to');

  return (
    <>
      <PageHeader
        title={t('discipline.title')}
        extra={
          can('discipline.record') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="discipline-new"
            >
              {t('discipline.newRecord')}
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={state}
          data-testid="discipline-state"
          onChange={(v) => list.update({ state: v === 'all' ? undefined : String(v) })}
          options={STATES.map((s) => ({ value: s, label: t(`discipline.states.${s}`) }))}
        />
        <div style={{ display: 'grid', width: 220 }}>
          <EmployeeSelect
            value={list.get('employeeId') ?? null}
            onChange={(employeeId) => list.update({ employeeId })}
            placeholder={t('discipline.fields.person')}
          />
        </div>
        <Select
          allowClear
          style={{ width: 170 }}
          placeholder={t('discipline.fields.kind')}
          value={list.get('kind')}
          onChange={(kind) => list.update({ kind })}
          data-testid="discipline-filter-kind"
          options={DISCIPLINE_KINDS.map((k) => ({ value: k, label: t(`discipline.kinds.${k}`) }))}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('discipline.fields.status')}
          value={list.get('status')}
          onChange={(status) => list.update({ status })}
          data-testid="discipline-filter-status"
          options={DISCIPLINE_STATUSES.map((s) => ({ value: s, label: t(`discipline.statuses.${s}`) }))}
        />
        <DatePicker.RangePicker
          value={from && to ? [dayjs(from), dayjs(to)] : null}
          onChange={(r) =>
            list.update({ from: r?.[0] ? toIsoDate(r[0]) : undefined, to: r?.[1] ? toIsoDate(r[1]) : undefined })
          }
        />
      </Space>
      <Table<DisciplineSummary>
        {...list.tableProps}
        data-testid="discipline-list"
        locale={{ emptyText: t('discipline.empty') }}
        onRow={(r) =>
          ({
            'data-testid': 'discipline-row',
            'data-record-id': r.id,
            onClick: () => list.update({ record: r.id }, true),
            style: { cursor: 'pointer' },
          }) as object
        }
        columns={[
          { title: t('discipline.fields.occurredOn'), dataIndex: 'occurredOn', width: 110 },
          { title: t('discipline.fields.person'), key: 'p', render: (_, r) => `${r.employeeName} · ${r.employeeNo}` },
          { title: t('discipline.fields.team'), dataIndex: 'teamName' },
          {
            title: t('discipline.fields.kind'),
            dataIndex: 'kind',
            render: (k: DisciplineSummary['kind']) => t(`discipline.kinds.${k}`),
          },
          { title: t('discipline.fields.description'), dataIndex: 'description', ellipsis: true, width: 280 },
          { title: t('discipline.fields.status'), key: 's', render: (_, r) => <StatusTag r={r} /> },
          { title: t('discipline.fields.expiresOn'), dataIndex: 'expiresOn', width: 110 },
          { title: t('discipline.fields.recordedBy'), key: 'by', render: (_, r) => r.recordedBy.name },
        ]}
      />
      {creating && (
        <NewRecordModal onClose={() => setCreating(false)} onDone={(id) => list.update({ record: id }, true)} />
      )}
      <RecordDrawer id={open} onClose={() => list.update({ record: undefined }, true)} />
    </>
  );
}
