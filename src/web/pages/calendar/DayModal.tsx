import { Form, Input, Radio } from 'antd';
import { FormModal, useRequired } from '../../components/FormModal';
import { showSuccess } from '../../feedback';
import { useT } from '../../i18n';
import { calendarApi, type CalendarDay, type CalendarYear } from './calendarApi';

type Values = { kind: 'holiday' | 'workday' | 'ordinary'; name?: string; reason: string };

/** An administrator marks one day a holiday, a make-up workday, or ordinary again. */
export function DayModal({
  day,
  current,
  onClose,
  onSaved,
}: {
  day: string | null;
  current?: CalendarDay;
  onClose: () => void;
  onSaved: (y: CalendarYear) => void;
}) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  return (
    <FormModal<Values>
      open={!!day}
      form={form}
      title={t('calendar.editDay', { day: day ?? '' })}
      testId="calendar-day-modal"
      initialValues={{ kind: current?.kind ?? 'holiday', name: current?.name ?? '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        onSaved(
          await calendarApi.setDay(day!, {
            kind: v.kind,
            name: v.kind === 'ordinary' ? undefined : v.name,
            reason: v.reason,
          }),
        );
        showSuccess(t('calendar.saved'));
      }}
    >
      <Form.Item name="kind" label={t('calendar.fields.kind')} rules={[required]}>
        <Radio.Group>
          {(['holiday', 'workday', 'ordinary'] as const).map((k) => (
            <Radio key={k} value={k}>
              {t(`calendar.kindNames.${k}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      {kind !== 'ordinary' && (
        <Form.Item name="name" label={t('calendar.fields.name')} rules={[required]}>
          <Input maxLength={64} data-testid="calendar-day-name" />
        </Form.Item>
      )}
      <Form.Item name="reason" label={t('calendar.fields.reason')} rules={[required, { min: 2 }]}>
        <Input maxLength={500} data-testid="calendar-day-reason" />
      </Form.Item>
    </FormModal>
  );
}
