import { Button, DatePicker, Form, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { REVIEW_RESULTS } from '../../../../common/quality-calibration';
import { FormModal, useRequired } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { useFitColumns } from '../../../components/useFitColumns';
import { showSuccess } from '../../../feedback';
import { toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { calibrationApi, type EvaluatorRow } from './calibrationApi';
import { EvaluatorDrawer } from './EvaluatorDrawer';
import { FitnessCell } from '../fitness/FitnessCell';

type Action = { kind: 'pause' | 'resume' | 'register' | 'review'; row: EvaluatorRow };
const statusColor: Record<EvaluatorRow['status'], string> = {
  unregistered: 'default',
  training: 'orange',
  co_scoring: 'gold',
  certified: 'green',
  paused: 'red',
};

/** 质检员监督: each evaluator's leniency against comparable others (with p), consistency, drift,
 *  calibration deviation and status, with pause / resume, registration and quarterly reviews. */
export default function EvaluatorsPage() {
  const t = useT();
  const required = useRequired();
  const [range, setRange] = useState<[string, string] | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const { data, loading } = useApiQuery(
    keys.quality('evaluators', range),
    () => calibrationApi.evaluators(range ? { from: range[0], to: range[1] } : {}),
    {
      keepPrevious: true,
    },
  );
  const invalidate = useInvalidate();

  const submit = async (v: {
    reason?: string;
    mentorUserId?: string;
    quarter?: string;
    result?: 'pass';
    notes?: string;
  }) => {
    if (!action) return;
    const uid = action.row.userId;
    if (action.kind === 'pause') await calibrationApi.pause(uid, v.reason!);
    if (action.kind === 'resume') await calibrationApi.resume(uid, v.reason!);
    if (action.kind === 'register')
      await calibrationApi.register(uid, { reason: v.reason!, mentorUserId: v.mentorUserId ?? null });
    if (action.kind === 'review')
      await calibrationApi.review(uid, { quarter: v.quarter!, result: v.result!, notes: v.notes || null });
    showSuccess(
      t(
        `quality.calibration.evaluators.${({ pause: 'paused', resume: 'resumed', register: 'registered', review: 'reviewed' } as const)[action.kind]}`,
      ),
    );
    await invalidate(keys.quality('evaluators'));
  };
  const quarter = `${dayjs().year()}Q${Math.floor(dayjs().month() / 3) + 1}`;

  // Thirteen figures do not fit 1280 px: the statistician's ones (and the calibration deviation,
  // which the fitness column repeats) wait in the column picker; the name stays pinned.
  const fit = useFitColumns<EvaluatorRow>(
    'quality-evaluators',
    [
      {
        key: 'evaluator',
        fixed: 'left',
        title: t('quality.calibration.evaluators.evaluator'),
        render: (_, r) => <a onClick={() => setDetail(r.userId)}>{r.name}</a>,
      },
      {
        key: 'evaluations',
        title: t('quality.calibration.evaluators.evaluations'),
        dataIndex: 'evaluations',
      },
      {
        key: 'mean',
        title: t('quality.calibration.evaluators.mean'),
        dataIndex: 'meanScore',
        render: (m: number | null) => m ?? '—',
      },
      {
        key: 'leniency',
        title: t('quality.calibration.evaluators.leniency'),
        render: (_, r) =>
          r.leniency.difference === null ? (
            '—'
          ) : (
            <Tooltip title={`n=${r.leniency.comparable} / ${r.leniency.others}`}>
              <span>
                {r.leniency.difference > 0 ? '+' : ''}
                {r.leniency.difference}
              </span>
            </Tooltip>
          ),
      },
      {
        key: 'p',
        defaultHidden: true,
        pickerLabel: t('quality.calibration.evaluators.p'),
        title: (
          <Tooltip title={t('quality.calibration.evaluators.pHint')}>{t('quality.calibration.evaluators.p')}</Tooltip>
        ),
        render: (_, r) =>
          r.leniency.pAdjusted === null ? (
            '—'
          ) : (
            <Tooltip title={`p = ${r.leniency.p}`}>
              {r.leniency.pAdjusted < 0.0001 ? '<0.0001' : r.leniency.pAdjusted}
            </Tooltip>
          ),
      },
      {
        key: 'flag',
        title: t('quality.calibration.evaluators.flag'),
        render: (_, r) => (
          <Space size={2} wrap data-testid={`evaluator-flag-${r.username}`}>
            {r.leniency.flag && <Tag color="red">{t(`quality.calibration.evaluators.${r.leniency.flag}`)}</Tag>}
            {r.inconsistent && <Tag color="orange">{t('quality.calibration.evaluators.inconsistent')}</Tag>}
            {r.drift.flagged && <Tag color="purple">{t('quality.calibration.evaluators.driftFlag')}</Tag>}
          </Space>
        ),
      },
      {
        key: 'spread',
        defaultHidden: true,
        title: t('quality.calibration.evaluators.spread'),
        render: (_, r) => `${r.itemSpread ?? '—'} / ${r.othersItemSpread ?? '—'}`,
      },
      {
        key: 'drift',
        defaultHidden: true,
        title: t('quality.calibration.evaluators.drift'),
        render: (_, r) =>
          r.drift.change === null
            ? '—'
            : `${r.drift.change > 0 ? '+' : ''}${r.drift.change} (${r.drift.previous}→${r.drift.current})`,
      },
      {
        key: 'calibration',
        defaultHidden: true, // the fitness column shows the same deviation with its verdict
        title: t('quality.calibration.evaluators.calibration'),
        dataIndex: 'calibrationDeviation',
        render: (d: number | null) => d ?? '—',
      },
      {
        key: 'fitness',
        pickerLabel: t('quality.fitness.column'),
        title: <Tooltip title={t('quality.fitness.columnHint')}>{t('quality.fitness.column')}</Tooltip>,
        render: (_, r) => <FitnessCell row={r} />,
      },
      {
        key: 'status',
        title: t('quality.calibration.evaluators.status'),
        render: (_, r) => (
          <Tooltip title={r.pausedReason}>
            <Tag color={statusColor[r.status]}>{t(`quality.calibration.evaluators.statuses.${r.status}`)}</Tag>
          </Tooltip>
        ),
      },
      {
        key: 'lastReview',
        defaultHidden: true,
        title: t('quality.calibration.evaluators.lastReview'),
        render: (_, r) =>
          r.lastReview
            ? `${r.lastReview.quarter} · ${t(`quality.calibration.evaluators.results.${r.lastReview.result}`)}`
            : '—',
      },
      {
        key: 'actions',
        title: t('quality.calibration.evaluators.actions'),
        render: (_, r) => (
          <Space size={4} wrap>
            {r.status === 'paused' ? (
              <Button
                size="small"
                onClick={() => setAction({ kind: 'resume', row: r })}
                data-testid={`resume-${r.username}`}
              >
                {t('quality.calibration.evaluators.resume')}
              </Button>
            ) : (
              <Button
                size="small"
                danger
                onClick={() => setAction({ kind: 'pause', row: r })}
                data-testid={`pause-${r.username}`}
              >
                {t('quality.calibration.evaluators.pause')}
              </Button>
            )}
            {r.status === 'unregistered' && (
              <Button size="small" onClick={() => setAction({ kind: 'register', row: r })}>
                {t('quality.calibration.evaluators.register')}
              </Button>
            )}
            <Button size="small" onClick={() => setAction({ kind: 'review', row: r })}>
              {t('quality.calibration.evaluators.review')}
            </Button>
          </Space>
        ),
      },
    ],
    data?.evaluators ?? [],
  );

  return (
    <>
      <PageHeader
        title={t('quality.calibration.evaluators.title')}
        extra={
          <Space>
            <span>{t('quality.calibration.evaluators.period')}</span>
            <DatePicker.RangePicker
              value={data ? [dayjs(data.from), dayjs(data.to)] : null}
              onChange={(r) => setRange(r?.[0] && r[1] ? [toIsoDate(r[0]), toIsoDate(r[1])] : null)}
            />
            {fit.picker}
          </Space>
        }
      />
      {data && (
        <Typography.Paragraph type="secondary">
          {t('quality.calibration.evaluators.comparableHint', {
            alpha: data.thresholds.alphaPercent,
            points: data.thresholds.points,
          })}
        </Typography.Paragraph>
      )}
      <Table<EvaluatorRow>
        rowKey="userId"
        size="small"
        loading={loading}
        dataSource={data?.evaluators ?? []}
        pagination={false}
        scroll={fit.scroll}
        data-testid="evaluator-table"
        columns={fit.columns}
      />
      <FormModal
        open={!!action}
        onClose={() => setAction(null)}
        onSubmit={submit}
        testId="evaluator-action"
        title={action ? `${t(`quality.calibration.evaluators.${action.kind}`)} · ${action.row.name}` : ''}
        initialValues={{ quarter, result: 'pass' }}
        key={action ? `${action.kind}-${action.row.userId}` : 'none'}
      >
        {action?.kind === 'review' ? (
          <>
            <Form.Item name="quarter" label={t('quality.calibration.evaluators.quarter')} rules={[required]}>
              <Input placeholder="2026Q4" />
            </Form.Item>
            <Form.Item name="result" label={t('quality.calibration.evaluators.result')} rules={[required]}>
              <Select
                options={REVIEW_RESULTS.map((x) => ({
                  value: x,
                  label: t(`quality.calibration.evaluators.results.${x}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="notes" label={t('quality.calibration.evaluators.notes')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </>
        ) : (
          <>
            {action?.kind === 'register' && (
              <Form.Item name="mentorUserId" label={t('quality.calibration.evaluators.mentor')}>
                <Select
                  allowClear
                  options={(data?.evaluators ?? [])
                    .filter((e) => e.status === 'certified' || e.status === 'unregistered')
                    .filter((e) => e.userId !== action.row.userId)
                    .map((e) => ({ value: e.userId, label: e.name }))}
                />
              </Form.Item>
            )}
            <Form.Item name="reason" label={t('quality.calibration.evaluators.reason')} rules={[required]}>
              <Input.TextArea rows={2} maxLength={500} data-testid="evaluator-reason" />
            </Form.Item>
          </>
        )}
      </FormModal>
      <EvaluatorDrawer
        userId={detail}
        onClose={() => {
          setDetail(null);
          void invalidate(keys.quality('evaluators'));
        }}
      />
    </>
  );
}
