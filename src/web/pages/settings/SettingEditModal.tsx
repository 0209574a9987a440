import { Button, Form, Input, InputNumber, Typography } from 'antd';
import { FormModal, useRequired } from '../../components/FormModal';
import { showSuccess } from '../../feedback';
import { useT } from '../../i18n';
import { settingsApi, type Setting } from './settingsApi';
import { settingText, withUnit } from './settingText';

type Values = { value: number; reason: string };

// The server's own limits (system.routes.ts): 0 to 1,000,000, a whole number when the default is
// one. The input keeps to them; finer rules (a floor for some keys) come back under the field.
const MAX_VALUE = 1_000_000;

/** Change one setting: the new number and the reason the audit log keeps with it. */
export function SettingEditModal({ setting, onClose, onSaved }: { setting: Setting; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const text = settingText(setting.key);
  const whole = Number.isInteger(setting.defaultValue);
  const current = t('settings.edit.current', { value: withUnit(setting.value, text.unit), defaultValue: withUnit(setting.defaultValue, text.unit) });

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('settings.edit.title', { label: text.label })}
      testId="setting-edit"
      initialValues={{ value: setting.value }}
      onClose={onClose}
      onSubmit={async (v) => {
        await settingsApi.update(setting.key, { value: v.value, reason: v.reason.trim() });
        showSuccess(t('settings.edit.saved', { label: text.label, value: withUnit(v.value, text.unit) }));
        onSaved();
      }}
    >
      <Typography.Paragraph type="secondary">
        {text.help} <span className="sw-mono">{setting.key}</span>
      </Typography.Paragraph>
      <Form.Item
        name="value"
        label={t('settings.edit.value')}
        rules={[required]}
        extra={(
          <span>
            {current}
            {setting.value !== setting.defaultValue && (
              <Button type="link" size="small" onClick={() => form.setFieldValue('value', setting.defaultValue)} data-testid="setting-use-default">
                {t('settings.edit.useDefault')}
              </Button>
            )}
          </span>
        )}
      >
        <InputNumber<number>
          min={0}
          max={MAX_VALUE}
          precision={whole ? 0 : undefined}
          step={whole ? 1 : 0.1}
          suffix={text.unit || undefined}
          style={{ width: 220 }}
          data-testid="setting-value"
        />
      </Form.Item>
      <Form.Item name="reason" label={t('settings.edit.reason')} rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('settings.edit.reasonRule') }]}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t('settings.edit.reasonPlaceholder')} data-testid="setting-reason" />
      </Form.Item>
    </FormModal>
  );
}
