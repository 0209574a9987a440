import { CopyOutlined, ImportOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Drawer,
  Input,
  Popconfirm,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { TeamSelect } from '../../../components/OrgPickers';
import { PageHeader } from '../../../components/PageHeader';
import { useDepartments } from '../../../components/useDepartments';
import { useI18n } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { useSession } from '../../../session';
import { rostersApi, rostersKey, type Grid } from './api';
import { CellSelect, dayTitle, HeadcountRow, REST, type CellValue } from './cells';
import { RosterImport } from './RosterImport';

type Kind = 'week' | 'month';
type Person = Grid['people'][number];

const periodStart = (d: Dayjs, kind: Kind) =>
  (kind === 'month' ? d.startOf('month') : d.subtract((d.day() + 6) % 7, 'day')).format('YYYY-MM-DD');

/** A team's roster on a people × days grid: create (or copy), fill in, import, publish. */
export default function RosterPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { me } = useSession();
  const { departments } = useDepartments();
  // ?teamId=&from=YYYY-MM-DD&kind=week|month open a given roster (links from notices and journeys).
  const [params] = useSearchParams();
  const [teamId, setTeamId] = useState<string | undefined>(params.get('teamId') ?? me?.teamId ?? undefined);
  const [kind, setKind] = useState<Kind>(params.get('kind') === 'month' ? 'month' : 'week');
  const [at, setAt] = useState<Dayjs>(() => {
    const d = dayjs(params.get('from') ?? '');
    return d.isValid() ? d : dayjs();
  });
  const [edits, setEdits] = useState<Record<string, CellValue>>({});
  const [reason, setReason] = useState('');
  const [importing, setImporting] = useState(false);
  const from = periodStart(at, kind);
  const { data: grid, loading } = useApiQuery(rostersKey('grid', teamId, from), () => rostersApi.grid(teamId!, from), {
    enabled: !!teamId,
    keepPrevious: true,
  });
  const { data: shifts } = useApiQuery(rostersKey('shifts'), () => rostersApi.shifts());
  const byId = useMemo(() => new Map((shifts ?? []).map((s) => [s.id, s])), [shifts]);
  const roster = grid?.roster ?? null;
  const editable = !!grid?.canEdit && !!roster;
  const pending = Object.keys(edits).length;
  const reset = () => {
    setEdits({});
    setReason('');
  };

  const create = useApiMutation(
    (copy: boolean) => rostersApi.create({ teamId: teamId!, periodStart: from, kind, copyFromPrevious: copy }),
    { invalidates: [rostersKey()], onSuccess: () => void message.success(t('attendance.rosters.grid.created')) },
  );
  const save = useApiMutation(
    () =>
      rostersApi.setCells(roster!.id, {
        version: roster!.version,
        reason: reason.trim() || undefined,
        cells: Object.entries(edits).map(([key, v]) => {
          const [employeeId, day] = key.split('|');
          return v === undefined
            ? { employeeId, day, shiftId: null, clear: true }
            : { employeeId, day, shiftId: v === REST ? null : v };
        }),
      }),
    {
      invalidates: [rostersKey()],
      onSuccess: (r) => {
        reset();
        void message.success(t('attendance.rosters.grid.saved', { n: r.changed }));
      },
    },
  );
  const publish = useApiMutation(() => rostersApi.publish(roster!.id, roster!.version), {
    invalidates: [rostersKey()],
  });

  const valueOf = (p: Person, day: string): CellValue => {
    const key = `${p.employeeId}|${day}`;
    if (key in edits) return edits[key];
    if (!(day in p.cells)) return undefined;
    return p.cells[day] ?? REST;
  };
  const days = grid?.days ?? [];
  const columns = [
    {
      title: t('attendance.rosters.grid.person'),
      key: 'person',
      fixed: 'left' as const,
      width: 120,
      render: (_: unknown, p: Person) => (
        <Space direction="vertical" size={0}>
          <span>{p.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.employeeNo}
          </Typography.Text>
        </Space>
      ),
    },
    ...days.map((day) => ({
      title: dayTitle(day),
      key: day,
      width: 96,
      render: (_: unknown, p: Person) => (
        <CellSelect
          value={valueOf(p, day)}
          shifts={shifts ?? []}
          byId={byId}
          disabled={!editable}
          departmentId={grid?.departmentId}
          onChange={(v) => setEdits((e) => ({ ...e, [`${p.employeeId}|${day}`]: v }))}
          testId={`cell-${p.employeeNo}-${day}`}
        />
      ),
    })),
    {
      title: t('attendance.rosters.grid.totalHours'),
      key: 'hours',
      fixed: 'right' as const,
      width: 70,
      render: (_: unknown, p: Person) => +(p.workMinutes / 60).toFixed(1),
    },
    {
      title: t('attendance.rosters.grid.workDays'),
      key: 'days',
      fixed: 'right' as const,
      width: 60,
      render: (_: unknown, p: Person) => p.workDays,
    },
  ];

  return (
    <>
      <PageHeader title={t('attendance.rosters.grid.title')} />
      <Space wrap style={{ marginBottom: 16 }}>
        <TeamSelect
          departments={departments}
          value={teamId}
          onChange={(v) => {
            setTeamId(v);
            reset();
          }}
          placeholder={t('attendance.rosters.grid.pickTeam')}
          style={{ minWidth: 200 }}
          data-testid="roster-team"
        />
        <Segmented<Kind>
          value={kind}
          onChange={(k) => {
            setKind(k);
            reset();
          }}
          options={[
            { value: 'week', label: t('attendance.rosters.grid.week') },
            { value: 'month', label: t('attendance.rosters.grid.month') },
          ]}
        />
        <DatePicker
          picker={kind}
          value={at}
          allowClear={false}
          onChange={(d) => {
            if (d) setAt(d);
            reset();
          }}
          aria-label={t('attendance.rosters.grid.period')}
          data-testid="roster-period"
        />
        {roster && (
          <Tag color={roster.status === 'published' ? 'green' : 'gold'} data-testid="roster-status">
            {t(`attendance.rosters.grid.${roster.status}`)} {roster.periodStart} ~ {roster.periodEnd}
          </Tag>
        )}
      </Space>
      {teamId && grid && !roster && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('attendance.rosters.grid.noRoster')}
          action={
            grid.canEdit && (
              <Space>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  loading={create.isPending}
                  onClick={() => create.mutate(false)}
                  data-testid="roster-create"
                >
                  {t('attendance.rosters.grid.create')}
                </Button>
                <Button
                  icon={<CopyOutlined />}
                  disabled={!grid.previousId}
                  loading={create.isPending}
                  onClick={() => create.mutate(true)}
                  data-testid="roster-copy"
                >
                  {t('attendance.rosters.grid.copy')}
                </Button>
              </Space>
            )
          }
        />
      )}
      {roster && !grid?.canEdit && (
        <Alert type="info" style={{ marginBottom: 16 }} message={t('attendance.rosters.grid.readOnly')} />
      )}
      {editable && (
        <Space wrap style={{ marginBottom: 16 }}>
          <Button
            type="primary"
            disabled={!pending}
            loading={save.isPending}
            onClick={() => save.mutate(undefined)}
            data-testid="roster-save"
          >
            {t('attendance.rosters.grid.save')}
          </Button>
          <Button disabled={!pending} onClick={reset}>
            {t('attendance.rosters.grid.discard')}
          </Button>
          {pending > 0 && (
            <Typography.Text type="warning">{t('attendance.rosters.grid.pending', { n: pending })}</Typography.Text>
          )}
          {roster.status === 'published' && pending > 0 && (
            <Input
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
              placeholder={t('attendance.rosters.grid.reason')}
              style={{ width: 280 }}
              data-testid="roster-reason"
            />
          )}
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="roster-import-open">
            {t('attendance.rosters.grid.import')}
          </Button>
          {roster.status === 'draft' && (
            <Popconfirm
              title={t('attendance.rosters.grid.publishConfirm')}
              onConfirm={() => publish.mutateAsync(undefined)}
              disabled={pending > 0}
            >
              <Button
                icon={<SendOutlined />}
                disabled={pending > 0}
                loading={publish.isPending}
                data-testid="roster-publish"
              >
                {t('attendance.rosters.grid.publish')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      {roster && (
        <Table<Person>
          rowKey="employeeId"
          size="small"
          bordered
          loading={loading}
          dataSource={grid?.people ?? []}
          pagination={false}
          scroll={{ x: 120 + days.length * 96 + 130 }}
          columns={columns}
          data-testid="roster-grid"
          summary={() => <HeadcountRow days={days} headcount={grid?.headcount ?? {}} byId={byId} />}
        />
      )}
      <Drawer
        open={importing && !!roster}
        width={720}
        title={t('attendance.rosters.import.title')}
        onClose={() => setImporting(false)}
        destroyOnHidden
      >
        {roster && <RosterImport rosterId={roster.id} onDone={() => setImporting(false)} />}
      </Drawer>
    </>
  );
}
