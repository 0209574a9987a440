import { Alert, Button, Form, Input, Select, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import type { EvaluatorRow } from '../calibration/calibrationApi';
import { calibrationApi } from '../calibration/calibrationApi';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { fitnessApi } from './fitnessApi';

const color = { ok: 'green', too_few: 'default', flagged: 'red', suspended: 'magenta' } as const;
const signed = (d: number | null) => (d === null ? '—' : d > 0 ? `+${d}` : String(d));

/** The oversight table's fitness column (issue 17 item 3): mean deviation from calibration
 *  consensus with its state, and the QA lead's suspend / reinstate with a reason. */
export function FitnessCell({ row }: { row: EvaluatorRow }) {
  const t = useT();
  const f = row.fitness;
  const [open, setOpen] = useState(false);
  const tip =
    f.state === 'suspended'
      ? t('quality.fitness.suspendedTip', {
          reason: f.suspendReason ?? '',
          from: f.markedFrom ?? '',
          to: f.markedTo ?? '',
          open: f.marksOpen,
        })
      : t('quality.fitness.figureTip', {
          n: f.calibrations,
          from: f.windowFrom,
          to: f.windowTo,
          max: f.maxDeviation,
          min: f.minCalibrations,
        });
  return (
    <Space size={4} wrap data-testid={`fitness-${row.username}`}>
      <Tooltip title={tip}>
        <Tag color={color[f.state]}>
          {t(`quality.fitness.states.${f.state}`)}{' '}
          {f.meanDeviation !== null && `${signed(f.meanDeviation)} (n=${f.calibrations})`}
        </Tag>
      </Tooltip>
      <Button
        size="small"
        danger={f.state !== 'suspended'}
        type={f.state === 'flagged' ? 'primary' : 'default'}
        onClick={() => setOpen(true)}
        data-testid={`fitness-action-${row.username}`}
      >
        {t(f.state === 'suspended' ? 'quality.fitness.reinstate' : 'quality.fitness.suspend')}
      </Button>
      {open && <FitnessModal row={row} onClose={() => setOpen(false)} />}
    </Space>
  );
}

function FitnessModal({ row, onClose }: { row: EvaluatorRow; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const reinstating = row.fitness.state === 'suspended';
  // A recalibration: a closed session, newest first (the server checks it closed after the suspension).
  const { data: sessions } = useApiQuery(
    keys.quality('calibrations', 'closed'),
    () => calibrationApi.sessions({ status: 'closed', pageSize: 50 }),
    { enabled: reinstating },
  );
  const submit = async (v: { reason: string; sessionId?: string }) => {
    if (reinstating) {
      const r = await fitnessApi.reinstate(row.userId, { reason: v.reason, sessionId: v.sessionId! });
      showSuccess(t('quality.fitness.reinstated', { deviation: signed(r.deviation) }));
    } else {
      const r = await fitnessApi.suspend(row.userId, v.reason);
      showSuccess(t('quality.fitness.suspended', { marked: r.marked, released: r.released }));
    }
    onClose();
    await invalidate(keys.quality('evaluators'));
  };
  return (
    <FormModal
      open
      onClose={onClose}
      onSubmit={submit}
      testId="fitness-modal"
      title={`${t(reinstating ? 'quality.fitness.reinstate' : 'quality.fitness.suspend')} · ${row.name}`}
    >
      <Alert
        type={reinstating ? 'info' : 'warning'}
        showIcon
        style={{ marginBottom: 12 }}
        title={
          reinstating
            ? t('quality.fitness.reinstateHint', { max: row.fitness.maxDeviation })
            : t('quality.fitness.suspendHint', { from: row.fitness.windowFrom, to: row.fitness.windowTo })
        }
      />
      {reinstating && (
        <Form.Item name="sessionId" label={t('quality.fitness.session')} rules={[required]}>
          <Select
            data-testid="fitness-session"
            options={(sessions?.data ?? [])
              .filter((s) => !row.fitness.suspendedAt || (s.closedAt ?? '') > row.fitness.suspendedAt)
              .map((s) => ({ value: s.id, label: `${s.day} · ${s.title}` }))}
          />
        </Form.Item>
      )}
      <Form.Item name="reason" label={t('quality.calibration.evaluators.reason')} rules={[required]}>
        <Input.TextArea rows={2} maxLength={500} data-testid="fitness-reason" />
      </Form.Item>
    </FormModal>
  );
}
