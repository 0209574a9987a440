import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import {
  Alert,
  Button,
  DatePicker,
  Divider,
  Drawer,
  InputNumber,
  Input,
  List,
  Progress,
  Space,
  Spin,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../../api';
import { errorText, showError, showSuccess } from '../../../feedback';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { trainingApi } from '../shared/trainingApi';
import type { Assignment } from '../shared/types';
import { AddProblem, ProblemList } from './ProblemList';

/** One day of a mentoring assignment: live hours against the cap, problems met, problems carried over. */
export function DailyLogDrawer({
  assignment,
  canEdit,
  onClose,
  onChanged,
}: {
  assignment: Assignment;
  canEdit: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = useT();
  const [date, setDate] = useState(dayjs().format('YYYY-MM-DD'));
  const {
    data: log,
    loading,
    reload,
  } = useApiQuery(keys.training('mentoring', 'log', assignment.id, date), () =>
    trainingApi.mentoring.log(assignment.id, date),
  );
  const [hours, setHours] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [capError, setCapError] = useState<{ error: ApiError; asked: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const changed = () => {
    reload();
    onChanged();
  };
  const editable = canEdit && assignment.status === 'active';

  const logHours = async () => {
    if (!hours) return;
    setBusy(true);
    setCapError(null);
    try {
      const r = await trainingApi.mentoring.logHours(assignment.id, { date, hours, note: note.trim() || null });
      showSuccess(t('training.mentoring.hoursLogged', { total: r.dayTotal }));
      setHours(null);
      setNote('');
      changed();
    } catch (err) {
      if (err instanceof ApiError && err.errorCode === 'MENTORING_DAILY_CAP') setCapError({ error: err, asked: hours });
      else showError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open
      onClose={onClose}
      size={520}
      title={`${t('training.mentoring.log')}：${assignment.traineeName} · ${assignment.mentorName}`}
      data-testid="mentoring-log"
    >
      <DatePicker
        value={dayjs(date)}
        allowClear={false}
        disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(assignment.startDate), 'day')}
        onChange={(d) => {
          if (d) {
            setDate(d.format('YYYY-MM-DD'));
            setCapError(null);
          }
        }}
        data-testid="mentoring-log-date"
      />
      <Spin spinning={loading}>
        {log && (
          <>
            <div
              style={{ margin: '16px 0 8px' }}
              data-testid="mentoring-day-total"
              data-total={log.dayTotal}
              data-cap={log.cap ?? ''}
            >
              <Typography.Text strong>
                {log.cap !== null
                  ? t('training.mentoring.dayHours', { total: log.dayTotal, cap: log.cap })
                  : t('training.mentoring.dayHoursNoCap', { total: log.dayTotal })}
              </Typography.Text>
              {log.cap !== null && (
                <Progress
                  percent={Math.round((log.dayTotal / log.cap) * 100)}
                  status={log.dayTotal >= log.cap ? 'exception' : 'active'}
                  showInfo={false}
                />
              )}
            </div>
            <List
              size="small"
              dataSource={log.hours}
              renderItem={(h) => (
                <List.Item>
                  <span>
                    {t('training.common.hours', { n: h.hours })}
                    {h.note ? ` · ${h.note}` : ''}
                  </span>
                  <Typography.Text type="secondary">{localTime(h.createdAt)}</Typography.Text>
                </List.Item>
              )}
            />
            {editable && (
              <Space.Compact style={{ width: '100%', marginTop: 8 }}>
                <InputNumber
                  min={0.25}
                  max={24}
                  step={0.5}
                  value={hours}
                  onChange={(v) => setHours(typeof v === 'number' ? v : null)}
                  placeholder={t('training.mentoring.hoursLabel')}
                  style={{ width: 140 }}
                  data-testid="mentoring-hours"
                />
                <Input
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  placeholder={t('training.mentoring.hoursNote')}
                  maxLength={500}
                />
                <Button
                  type="primary"
                  loading={busy}
                  disabled={!hours}
                  onClick={logHours}
                  data-testid="mentoring-log-hours"
                >
                  {t('training.mentoring.logHours')}
                </Button>
              </Space.Compact>
            )}
            {capError && (
              <Alert
                type="error"
                showIcon
                style={{ marginTop: 12 }}
                title={errorText(capError.error)}
                description={
                  log.cap !== null
                    ? t('training.mentoring.capDetail', {
                        asked: capError.asked,
                        total: log.dayTotal,
                        cap: log.cap,
                        left: Math.max(0, log.cap - log.dayTotal),
                      })
                    : capError.error.message
                }
                data-testid="mentoring-cap-error"
              />
            )}
            <Divider titlePlacement="start" plain>
              {t('training.mentoring.problems')}
            </Divider>
            <ProblemList items={log.problems} canEdit={editable} onChanged={changed} testid="mentoring-problem" />
            {editable && <AddProblem assignmentId={assignment.id} date={date} onChanged={changed} />}
            {log.carriedOver.length > 0 && (
              <>
                <Divider titlePlacement="start" plain>
                  {t('training.mentoring.carriedOver')}
                </Divider>
                <ProblemList
                  items={log.carriedOver}
                  canEdit={editable}
                  onChanged={changed}
                  testid="mentoring-carried"
                />
              </>
            )}
          </>
        )}
      </Spin>
    </Drawer>
  );
}
