import { TeamSelect } from '../../../components/OrgPickers';
import { Alert, DatePicker, Radio, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { useDepartments } from '../../../components/useDepartments';
import { toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { calibrationApi, type AgentScores } from './calibrationApi';

type Agent = AgentScores['agents'][number];
type Preset = 'week' | 'month' | 'last30' | 'custom';

function presetRange(p: Exclude<Preset, 'custom'>): [string, string] {
  const today = dayjs();
  if (p === 'week') return [toIsoDate(today.subtract((today.day() + 6) % 7, 'day')), toIsoDate(today)];
  if (p === 'month') return [toIsoDate(today.startOf('month')), toIsoDate(today)];
  return [toIsoDate(today.subtract(29, 'day')), toIsoDate(today)];
}

/** The interval drawn on a 0–100 scale: the bar spans low–high, the tick is the mean. */
function IntervalBar({ a }: { a: Agent }) {
  if (a.mean === null) return null;
  const lo = Math.max(0, a.low ?? a.mean);
  const hi = Math.min(100, a.high ?? a.mean);
  return (
    <div style={{ position: 'relative', height: 14, width: 220, background: '#f5f5f5', borderRadius: 2 }}>
      <div
        style={{
          position: 'absolute',
          left: `${lo}%`,
          width: `${Math.max(hi - lo, 0.5)}%`,
          top: 3,
          height: 8,
          background: a.enough ? '#69b1ff' : '#ffd591',
          borderRadius: 2,
        }}
      />
      <div style={{ position: 'absolute', left: `${a.mean}%`, top: 0, width: 2, height: 14, background: '#1d39c4' }} />
    </div>
  );
}

/** 坐席质检得分: per agent over a period, n, the mean final score and its 95% interval, with a
 *  warning where there are too few evaluations to judge. */
export default function AgentScoresPage() {
  const t = useT();
  const { departments } = useDepartments();
  const [preset, setPreset] = useState<Preset>('month');
  const [range, setRange] = useState<[string, string]>(presetRange('month'));
  const [teamId, setTeamId] = useState<string | undefined>();
  const { data, loading } = useApiQuery(
    keys.quality('agentScores', range, teamId),
    () => calibrationApi.agentScores({ from: range[0], to: range[1], teamId }),
    {
      keepPrevious: true,
    },
  );
  const shown = (a: Agent) =>
    a.mean === null
      ? t('quality.calibration.agentScores.none')
      : a.halfWidth === null
        ? `${a.mean} (n=${a.n})`
        : t('quality.calibration.agentScores.shown', { mean: a.mean, half: a.halfWidth, n: a.n });

  return (
    <>
      <PageHeader title={t('quality.calibration.agentScores.title')} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Radio.Group
          value={preset}
          onChange={(e) => {
            const p = e.target.value as Preset;
            setPreset(p);
            if (p !== 'custom') setRange(presetRange(p));
          }}
          options={(['week', 'month', 'last30'] as const).map((p) => ({
            value: p,
            label: t(`quality.calibration.agentScores.${p}`),
          }))}
          optionType="button"
        />
        <DatePicker.RangePicker
          value={[dayjs(range[0]), dayjs(range[1])]}
          allowClear={false}
          onChange={(r) => {
            if (r?.[0] && r[1]) {
              setPreset('custom');
              setRange([toIsoDate(r[0]), toIsoDate(r[1])]);
            }
          }}
        />
        <TeamSelect
          departments={departments}
          allowClear
          value={teamId}
          onChange={setTeamId}
          placeholder={t('quality.calibration.agentScores.team')}
          style={{ width: 220 }}
          data-testid="agent-scores-team"
        />
      </Space>
      {data && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('quality.calibration.agentScores.hint', { min: data.minEvaluations })}
        />
      )}
      <Table<Agent>
        rowKey="agentId"
        size="small"
        loading={loading}
        dataSource={data?.agents ?? []}
        pagination={{ pageSize: 50 }}
        data-testid="agent-scores"
        columns={[
          { title: t('quality.calibration.agentScores.team'), dataIndex: 'teamName' },
          { title: t('quality.calibration.agentScores.agent'), render: (_, a) => `${a.agentName} · ${a.employeeNo}` },
          { title: t('quality.calibration.agentScores.n'), dataIndex: 'n' },
          {
            title: t('quality.calibration.agentScores.mean'),
            render: (_, a) => (
              <Space>
                <Typography.Text data-testid={`agent-score-${a.employeeNo}`}>{shown(a)}</Typography.Text>
                {a.n > 0 && !a.enough && (
                  <Tooltip title={t('quality.calibration.agentScores.notEnough')}>
                    <Tag color="orange">{t('quality.calibration.agentScores.notEnough')}</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          {
            title: t('quality.calibration.agentScores.interval'),
            render: (_, a) => (a.low === null ? '—' : `${a.low} – ${a.high}`),
          },
          { title: t('quality.calibration.agentScores.chart'), render: (_, a) => <IntervalBar a={a} /> },
        ]}
      />
    </>
  );
}
