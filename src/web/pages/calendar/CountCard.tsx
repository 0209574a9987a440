import { Alert, Card, DatePicker, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorText } from '../../feedback';
import { useT } from '../../i18n';
import { keys } from '../../query/keys';
import { useApiQuery } from '../../query/useApiQuery';
import { calendarApi } from './calendarApi';

/** "The n-th working day after …", counted by the server exactly as the rules count it. */
export function CountCard() {
  const t = useT();
  const [from, setFrom] = useState<Dayjs>(dayjs());
  const [days, setDays] = useState(3);
  const day = from.format('YYYY-MM-DD');
  // The error (a year the calendar lacks) is shown in the card, not as a message.
  const count = useApiQuery(keys.calendar('count', day, days), () => calendarApi.count(day, days), { quiet: true });
  const result = count.error ? null : count.data;
  const error = count.error ? errorText(count.error) : null;
  return (
    <Card size="small" title={t('calendar.count.title')} data-testid="calendar-count">
      <Space wrap>
        <span>{t('calendar.count.from')}</span>
        <DatePicker
          value={from}
          allowClear={false}
          onChange={(d) => d && setFrom(d)}
          data-testid="calendar-count-from"
        />
        <span>{t('calendar.count.days')}</span>
        <InputNumber
          min={1}
          max={366}
          value={days}
          onChange={(v) => setDays(Math.max(1, Number(v ?? 1)))}
          data-testid="calendar-count-days"
        />
      </Space>
      <div style={{ marginTop: 12 }}>
        {result && (
          <Typography.Text strong data-testid="calendar-count-result">
            {t('calendar.count.result', { days: result.days, ends: result.ends })}
          </Typography.Text>
        )}
        {error && <Alert type="error" showIcon title={error} data-testid="calendar-count-error" />}
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('calendar.count.help')}
      </Typography.Paragraph>
    </Card>
  );
}
