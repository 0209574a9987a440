import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { PlanSelect, TrainerSelect } from '../shared/Pickers';
import { defaultSlot, mondayOf } from '../shared/time';
import { trainingApi } from '../shared/trainingApi';
import '../training.css';
import { useScheduler } from './useScheduler';
import { WeekGrid } from './WeekGrid';

/** 排课: a week of sessions, filtered by trainer, room or plan, where a manager schedules more. */
export default function SessionsPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const monday = mondayOf(params.get('week') ? dayjs(params.get('week')) : dayjs());
  const from = monday.format('YYYY-MM-DD');
  const to = monday.add(6, 'day').format('YYYY-MM-DD');
  const filters = {
    trainerId: params.get('trainerId') ?? undefined,
    room: params.get('room') ?? undefined,
    planId: params.get('planId') ?? undefined,
  };
  const { data, loading, reload } = useApiQuery(keys.training('sessions', 'list', from, params.toString()), () =>
    trainingApi.sessions.list({ from, to, ...filters }),
  );
  const scheduler = useScheduler(reload);
  const [room, setRoom] = useState(filters.room ?? '');

  const set = (patch: Record<string, string | undefined | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  const goWeek = (d: dayjs.Dayjs) => set({ week: mondayOf(d).format('YYYY-MM-DD') });
  const manage = can('training.manage');
  const add = scheduler.open;

  return (
    <>
      <PageHeader
        title={t('training.sessions.title')}
        extra={
          manage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => add({ date: monday, ...defaultSlot() })}
              data-testid="session-add"
            >
              {t('training.sessions.add')}
            </Button>
          )
        }
      />
      <div className="sw-toolbar sw-filters">
        <Space.Compact>
          <Button
            icon={<LeftOutlined />}
            onClick={() => goWeek(monday.subtract(7, 'day'))}
            data-testid="week-prev"
            aria-label={t('training.sessions.prevWeek')}
          />
          <Button onClick={() => goWeek(dayjs())} data-testid="week-today">
            {t('training.sessions.thisWeek')}
          </Button>
          <Button
            icon={<RightOutlined />}
            onClick={() => goWeek(monday.add(7, 'day'))}
            data-testid="week-next"
            aria-label={t('training.sessions.nextWeek')}
          />
        </Space.Compact>
        <DatePicker
          picker="week"
          value={monday}
          onChange={(d) => d && goWeek(d)}
          allowClear={false}
          data-testid="week-picker"
        />
        <Typography.Text strong data-testid="week-label">
          {t('training.sessions.weekOf', { from, to })}
        </Typography.Text>
        <Spin spinning={loading} size="small" />
        <span className="sw-toolbar-spacer" />
        <TrainerSelect
          value={filters.trainerId}
          onChange={(v) => set({ trainerId: v as string | null })}
          placeholder={t('training.sessions.trainerFilter')}
          style={{ minWidth: 160 }}
        />
        <PlanSelect
          value={filters.planId}
          onChange={(v) => set({ planId: v as string | null })}
          placeholder={t('training.sessions.planFilter')}
          style={{ minWidth: 200 }}
        />
        <Input.Search
          allowClear
          value={room}
          onChange={(e) => {
            setRoom(e.target.value);
            if (!e.target.value) set({ room: null });
          }}
          onSearch={(v) => set({ room: v.trim() || null })}
          placeholder={t('training.sessions.roomFilter')}
          style={{ width: 160 }}
        />
      </div>
      <WeekGrid
        monday={monday}
        sessions={data ?? []}
        onOpen={(s) => navigate(`/training/sessions/${s.id}`)}
        onAdd={manage ? (d) => add({ date: d, ...defaultSlot() }) : undefined}
      />
      {scheduler.modal}
    </>
  );
}
