import { Button, DatePicker, Popconfirm, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { TeamSelect } from '../../../components/OrgPickers';
import { PageHeader } from '../../../components/PageHeader';
import { useDepartments } from '../../../components/useDepartments';
import { useI18n } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { clockApi, clockKey, type Exception } from './api';
import { hhmm, OutcomeTag, ResolutionTag } from './labels';
import { ResolveModal } from './ResolveModal';

/** A team lead's day of exceptions: confirm, excuse with a reason, or turn into leave. */
export default function ExceptionsPage() {
  const { t } = useI18n();
  const { departments } = useDepartments();
  const [day, setDay] = useState<Dayjs>(() => dayjs().subtract(1, 'day'));
  const [teamId, setTeamId] = useState<string | undefined>();
  const [open, setOpen] = useState<{ row: Exception; action: 'excuse' | 'leave' } | null>(null);
  const iso = day.format('YYYY-MM-DD');
  const { data, loading } = useApiQuery(clockKey('exceptions', iso, teamId), () => clockApi.exceptions(iso, teamId), {
    keepPrevious: true,
  });
  const confirm = useApiMutation(
    (r: Exception) => clockApi.resolve(r.employeeId, r.day, { action: 'confirm', version: r.version }),
    { invalidates: [clockKey()] },
  );

  return (
    <>
      <PageHeader title={t('attendance.clock.exceptions.title')} />
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker
          value={day}
          allowClear={false}
          onChange={(d) => d && setDay(d)}
          aria-label={t('attendance.clock.exceptions.day')}
          data-testid="exceptions-day"
        />
        <TeamSelect
          departments={departments}
          value={teamId}
          onChange={setTeamId}
          placeholder={t('attendance.clock.exceptions.allTeams')}
          style={{ minWidth: 200 }}
          data-testid="exceptions-team"
        />
        {teamId && <Button onClick={() => setTeamId(undefined)}>{t('attendance.clock.exceptions.allTeams')}</Button>}
      </Space>
      <Table<Exception>
        rowKey="employeeId"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('attendance.clock.exceptions.empty') }}
        data-testid="exceptions-table"
        columns={[
          { title: t('attendance.clock.exceptions.employeeNo'), dataIndex: 'employeeNo', width: 110 },
          { title: t('attendance.clock.exceptions.name'), dataIndex: 'name', width: 110 },
          { title: t('attendance.clock.exceptions.team'), dataIndex: 'teamName', width: 140 },
          {
            title: t('attendance.clock.exceptions.shift'),
            render: (_, r) => (r.scheduledStart ? `${hhmm(r.scheduledStart)}–${hhmm(r.scheduledEnd)}` : '—'),
          },
          {
            title: t('attendance.clock.exceptions.punches'),
            render: (_, r) => `${hhmm(r.firstIn, r.day)} / ${hhmm(r.lastOut, r.day)}`,
          },
          { title: t('attendance.clock.exceptions.outcome'), render: (_, r) => <OutcomeTag outcome={r.outcome} /> },
          {
            title: t('attendance.clock.exceptions.resolution'),
            render: (_, r) => (
              <Space size={4} direction="vertical">
                <ResolutionTag resolution={r.resolution} />
                {r.resolutionReason && <Typography.Text type="secondary">{r.resolutionReason}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('attendance.clock.exceptions.actions'),
            fixed: 'right',
            width: 230,
            render: (_, r) =>
              r.resolution === 'open' ? (
                <Space size={4} wrap>
                  <Popconfirm title={t('attendance.clock.exceptions.confirmAsk')} onConfirm={() => confirm.mutate(r)}>
                    <Button size="small" data-testid="exception-confirm">
                      {t('attendance.clock.exceptions.confirm')}
                    </Button>
                  </Popconfirm>
                  <Button
                    size="small"
                    onClick={() => setOpen({ row: r, action: 'excuse' })}
                    data-testid="exception-excuse"
                  >
                    {t('attendance.clock.exceptions.excuse')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => setOpen({ row: r, action: 'leave' })}
                    data-testid="exception-leave"
                  >
                    {t('attendance.clock.exceptions.toLeave')}
                  </Button>
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('attendance.clock.exceptions.done')}</Typography.Text>
              ),
          },
        ]}
      />
      <ResolveModal row={open?.row ?? null} action={open?.action ?? 'excuse'} onClose={() => setOpen(null)} />
    </>
  );
}
