import { Alert, Card, DatePicker, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { errorText } from '../../feedback';
import { useT } from '../../i18n';
import { calendarApi, type WorkingDayCount } from './calendarApi';

/** "The n-th working day after …", counted by the server exactly as the rules count it. */
export function CountCard() {
  const t = useT();
  const [from, setFrom] = useState<Dayjs>(dayjs());
  const [days, setDays] = useState(3);
  const [result, setResult] = useState<WorkingDayCount | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    calendarApi.count(from.format('YYYY-MM-DD'), days)
      .then((r) => { if (live) { setResult(r); setError(null); } })
      .catch((err) => { if (live) { setResult(null); setError(errorText(err)); } });
    return () => { live = false; };
  }, [from, days]);
  return (
    <Card size="small" title={t('calendar.count.title')} data-testid="calendar-count">
      <Space wrap>
        <span>{t('calendar.count.from')}</span>
        <DatePicker value={from} allowClear={false} onChange={(d) => d && setFrom(d)} data-testid="calendar-count-from" />
        <span>{t('calendar.count.days')}</span>
        <InputNumber min={1} max={366} value={days} onChange={(v) => setDays(Math.max(1, Number(v ?? 1)))} data-testid="calendar-count-days" />
      </Space>
      <div style={{ marginTop: 12 }}>
        {result && <Typography.Text strong data-testid="calendar-count-result">{t('calendar.count.result', { days: result.days, ends: result.ends })}</Typography.Text>}
        {error && <Alert type="error" showIcon title={error} data-testid="calendar-count-error" />}
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('calendar.count.help')}</Typography.Paragraph>
    </Card>
  );
}
