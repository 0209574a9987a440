import { Button, Card, Checkbox, DatePicker, Form, Input, Radio, Space, TimePicker, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCan } from '../../../access';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { swapsApi, swapsKey } from './api';

// Ask for overtime before working it, or (a lead) record overtime someone worked.

interface Values {
  day: Dayjs;
  startsAt: Dayjs;
  endsAt: Dayjs;
  reason: string;
  compensation: 'toil' | 'paid';
  recorded: boolean;
  employeeId?: string | null;
}

export function OvertimeForm() {
  const t = useT();
  const can = useCan();
  const [form] = Form.useForm<Values>();
  const recorded = Form.useWatch('recorded', form);
  const save = useApiMutation(
    (v: Values) =>
      swapsApi.askOvertime({
        day: v.day.format('YYYY-MM-DD'),
        startsAt: v.startsAt.format('HH:mm'),
        endsAt: v.endsAt.format('HH:mm'),
        reason: v.reason,
        compensation: v.compensation,
        recorded: !!v.recorded,
        employeeId: v.recorded && v.employeeId ? v.employeeId : undefined,
      }),
    {
      invalidates: [swapsKey()],
      onSuccess: () => {
        message.success(t('common.saved'));
        form.resetFields(['reason']);
      },
    },
  );
  return (
    <Card size="small" title={recorded ? t('attendance.swaps.overtime.record') : t('attendance.swaps.overtime.ask')}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          day: dayjs().add(1, 'day'),
          startsAt: dayjs('18:00', 'HH:mm'),
          endsAt: dayjs('20:00', 'HH:mm'),
          compensation: 'toil',
          recorded: false,
        }}
        onFinish={(v) => save.mutate(v)}
      >
        {can('attendance.approve') && (
          <Form.Item name="recorded" valuePropName="checked">
            <Checkbox data-testid="ot-recorded">{t('attendance.swaps.overtime.recorded')}</Checkbox>
          </Form.Item>
        )}
        {recorded && (
          <Form.Item name="employeeId" label={t('attendance.swaps.overtime.employee')} rules={[{ required: true }]}>
            <EmployeeSelect data-testid="ot-employee" />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item name="day" label={t('attendance.swaps.overtime.day')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} data-testid="ot-day" />
          </Form.Item>
          <Form.Item name="startsAt" label={t('attendance.swaps.overtime.startsAt')} rules={[{ required: true }]}>
            <TimePicker format="HH:mm" minuteStep={15} allowClear={false} />
          </Form.Item>
          <Form.Item name="endsAt" label={t('attendance.swaps.overtime.endsAt')} rules={[{ required: true }]}>
            <TimePicker format="HH:mm" minuteStep={15} allowClear={false} />
          </Form.Item>
        </Space>
        <Form.Item name="compensation" label={t('attendance.swaps.overtime.compensation')}>
          <Radio.Group>
            <Radio value="toil">{t('attendance.swaps.overtime.toil')}</Radio>
            <Radio value="paid">{t('attendance.swaps.overtime.paid')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="reason" label={t('attendance.swaps.overtime.reason')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={2} data-testid="ot-reason" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="ot-submit">
          {t('attendance.swaps.overtime.submit')}
        </Button>
      </Form>
    </Card>
  );
}
