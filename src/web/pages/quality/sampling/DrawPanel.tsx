import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { showError, showSuccess } from '../../../feedback';
import { localTime, toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { samplingApi, type DrawWithAgents } from './samplingApi';

type AgentRow = DrawWithAgents['perAgent'][number];
const mondayOf = (d: Dayjs) => d.subtract((d.day() + 6) % 7, 'day');

/** Draw a week (seed shown, reproducible) and read a draw's result per agent with its reasons. */
export function DrawPanel() {
  const t = useT();
  const [week, setWeek] = useState<Dayjs>(mondayOf(dayjs()).subtract(7, 'day'));
  const [seed, setSeed] = useState<number | null>(null);
  const [replace, setReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<DrawWithAgents | null>(null);
  const draws = useApiQuery(keys.quality('sampling', 'draws'), () => samplingApi.draws()).data ?? [];
  const invalidate = useInvalidate();
  const open = (id: string) => {
    samplingApi.draw(id).then(setShown, showError);
  };

  const run = async () => {
    setBusy(true);
    try {
      const d = await samplingApi.runDraw({ weekStart: toIsoDate(mondayOf(week)), seed: seed ?? undefined, replace });
      setShown(d);
      showSuccess(t('quality.sampling.draw.done', { samples: d.samples, seed: d.seed }));
      setReplace(false);
      // A draw fills the queues and the queue board too.
      void invalidate(keys.quality('sampling', 'draws'), keys.quality('samples'));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };

  const reasons = (byReason: Record<string, number>) =>
    Object.entries(byReason).map(([k, n]) => (
      <Tag key={k}>
        {t(`quality.sampling.rules.${k as 'share'}`)} {n}
      </Tag>
    ));

  return (
    <>
      <Typography.Title level={5}>{t('quality.sampling.draw.title')}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          picker="week"
          value={week}
          onChange={(d) => d && setWeek(d)}
          allowClear={false}
          data-testid="draw-week"
          aria-label={t('quality.sampling.draw.week')}
        />
        <InputNumber
          style={{ width: 260 }}
          min={0}
          max={4294967295}
          value={seed}
          onChange={(v) => setSeed(v)}
          placeholder={t('quality.sampling.draw.seed')}
          data-testid="draw-seed"
        />
        <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)}>
          {t('quality.sampling.draw.replace')}
        </Checkbox>
        <Button type="primary" loading={busy} onClick={run} data-testid="run-draw">
          {t('quality.sampling.draw.run')}
        </Button>
        <Select
          style={{ width: 320 }}
          placeholder={t('quality.sampling.draw.history')}
          value={shown?.id}
          onChange={open}
          data-testid="draw-history"
          options={draws.map((d) => ({
            value: d.id,
            label: `${d.weekStart} · ${t('quality.sampling.draw.seedIs')} ${d.seed} · ${t(`quality.sampling.draw.status.${d.status}`)}`,
          }))}
        />
      </Space>
      {shown && (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('quality.sampling.draw.reproduce')} />
          <Descriptions size="small" bordered column={4} style={{ marginBottom: 12 }} data-testid="draw-summary">
            <Descriptions.Item label={t('quality.sampling.draw.week')}>
              {shown.weekStart} – {shown.weekEnd}
            </Descriptions.Item>
            <Descriptions.Item label={t('quality.sampling.draw.seedIs')}>
              <Typography.Text copyable data-testid="draw-seed-value">
                {shown.seed}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('quality.sampling.draw.samples')}>{shown.samples}</Descriptions.Item>
            <Descriptions.Item label={t('quality.sampling.draw.unassigned')}>{shown.unassigned}</Descriptions.Item>
            <Descriptions.Item label={t('quality.sampling.draw.agents')}>{shown.agents}</Descriptions.Item>
            <Descriptions.Item label={t('quality.sampling.draw.interactions')}>{shown.interactions}</Descriptions.Item>
            <Descriptions.Item label={t('quality.sampling.draw.duration')}>{shown.durationMs}</Descriptions.Item>
            <Descriptions.Item label={t('quality.sampling.draw.createdAt')}>
              {localTime(shown.createdAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('quality.sampling.draw.byReason')} span={4}>
              {reasons(shown.byReason)}
            </Descriptions.Item>
            {shown.capacity && (
              <Descriptions.Item label={t('quality.sampling.draw.capacity')} span={4}>
                <span data-testid="draw-capacity">
                  {t('quality.sampling.draw.capacityIs', {
                    evaluators: shown.capacity.evaluators,
                    workingDays: shown.capacity.workingDays,
                    capacity: shown.capacity.capacity,
                    carried: shown.capacity.carried,
                    demand: shown.capacity.demand,
                  })}
                </span>
              </Descriptions.Item>
            )}
          </Descriptions>
          {shown.capacity && shown.capacity.dropped > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="draw-shortfall"
              title={t('quality.sampling.draw.shortfall', {
                dropped: shown.capacity.dropped,
                days: shown.capacity.evaluatorDaysNeeded,
                reasons: Object.entries(shown.capacity.droppedByReason)
                  .map(([k, n]) => `${t(`quality.sampling.rules.${k as 'share'}`)} ${n}`)
                  .join('、'),
              })}
            />
          )}
          <Typography.Title level={5}>{t('quality.sampling.draw.perAgent')}</Typography.Title>
          <Table<AgentRow>
            rowKey="agentId"
            size="small"
            dataSource={shown.perAgent}
            data-testid="draw-per-agent"
            pagination={{ pageSize: 20 }}
            columns={[
              {
                title: t('quality.sampling.draw.agent'),
                key: 'agent',
                render: (_: unknown, r) => `${r.name}（${r.employeeNo}）`,
              },
              { title: t('quality.sampling.draw.team'), dataIndex: 'teamName' },
              { title: t('quality.sampling.draw.volume'), dataIndex: 'volume', sorter: (a, b) => a.volume - b.volume },
              {
                title: t('quality.sampling.draw.samples'),
                dataIndex: 'samples',
                sorter: (a, b) => a.samples - b.samples,
              },
              {
                title: t('quality.sampling.draw.rule'),
                key: 'rule',
                render: (_: unknown, r) =>
                  `${t(`quality.sampling.rules.${r.rule}`)}${r.percent !== null ? ` ${r.percent}%` : ''}`,
              },
              {
                title: t('quality.sampling.draw.byReason'),
                key: 'byReason',
                render: (_: unknown, r) => reasons(r.byReason),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
