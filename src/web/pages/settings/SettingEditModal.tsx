import { Alert, Button, Form, Input, InputNumber, Typography } from 'antd';
import { FormModal, useRequired } from '../../components/FormModal';
import { showSuccess } from '../../feedback';
import { useT } from '../../i18n';
import { keys } from '../../query/keys';
import { useApiMutation } from '../../query/useApiMutation';
import { settingsApi, type Setting } from './settingsApi';
import { settingText, withUnit } from './settingText';

type Values = { value: number; reason: string };

// The server's limits come with each setting: most are counts from 0 (or a floor) to 1,000,000,
// and the input keeps to 0…1,000,000; finer rules (a floor) come back under the field. A setting
// with a real range (the center's UTC offset, −720 to 840, negative west of Greenwich) says its
// range beside the input and is not clamped to it: a value outside is refused under the field in
// the server's words (SETTING_OUT_OF_RANGE with the bounds) rather than silently changed.
const MAX_VALUE = 1_000_000;

/** Change one setting: the new number and the reason the audit log keeps with it. */
export function SettingEditModal({ setting, onClose }: { setting: Setting; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  // Every setting is read under keys.settings(); the form shows a refusal under its field.
  const update = useApiMutation((body: Values) => settingsApi.update(setting.key, body), {
    invalidates: [keys.settings()],
    quiet: true,
  });
  const text = settingText(setting.key);
  const whole = Number.isInteger(setting.defaultValue);
  const current = t('settings.edit.current', {
    value: withUnit(setting.value, text.unit),
    defaultValue: withUnit(setting.defaultValue, text.unit),
  });
  const { min, max } = setting;
  const ranged = max < MAX_VALUE || min < 0;

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('settings.edit.title', { label: text.label })}
      testId="setting-edit"
      initialValues={{ value: setting.value }}
      onClose={onClose}
      onSubmit={async (v) => {
        await update.mutateAsync({ value: v.value, reason: v.reason.trim() });
        showSuccess(t('settings.edit.saved', { label: text.label, value: withUnit(v.value, text.unit) }));
      }}
    >
      <Typography.Paragraph type="secondary">
        {text.help} <span className="sw-mono">{setting.key}</span>
      </Typography.Paragraph>
      {setting.needsRestart && (
        <Alert
          type="warning"
          showIcon
          title={t('settings.edit.restartNote')}
          style={{ marginBottom: 16 }}
          data-testid="setting-restart-note"
        />
      )}
      <Form.Item
        name="value"
        label={t('settings.edit.value')}
        rules={[required]}
        extra={
          <>
            <span>
              {current}
              {setting.value !== setting.defaultValue && (
                <Button
                  type="link"
                  size="small"
                  onClick={() => form.setFieldValue('value', setting.defaultValue)}
                  data-testid="setting-use-default"
                >
                  {t('settings.edit.useDefault')}
                </Button>
              )}
            </span>
            {ranged && (
              <div data-testid="setting-range">
                {t('settings.edit.range', { min: withUnit(min, text.unit), max: withUnit(max, text.unit) })}
              </div>
            )}
          </>
        }
      >
        <InputNumber<number>
          min={ranged ? undefined : 0}
          max={ranged ? undefined : MAX_VALUE}
          precision={whole ? 0 : undefined}
          step={whole ? 1 : 0.1}
          suffix={text.unit || undefined}
          style={{ width: 220 }}
          data-testid="setting-value"
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('settings.edit.reason')}
        rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('settings.edit.reasonRule') }]}
      >
        <Input.TextArea
          rows={2}
          maxLength={500}
          placeholder={t('settings.edit.reasonPlaceholder')}
          data-testid="setting-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
