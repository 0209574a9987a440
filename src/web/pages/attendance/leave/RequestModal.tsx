import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space, Upload, message } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api';
import { useI18n, translateMaybe, type MsgKey } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { leaveApi, leaveKey, type Preview } from './api';
import { useKindName } from './labels';

// The request form: kind, dates with halves, reason, an optional file; before submitting it
// shows the day count and who will approve (the server's preview), and the evidence rule.

interface Values {
  kindCode: string;
  start: Dayjs;
  startHalf: 'am' | 'pm';
  end: Dayjs;
  endHalf: 'am' | 'pm';
  reason: string;
}

export function RequestModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const kindName = useKindName();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const { data: kinds } = useApiQuery(leaveKey('kinds'), leaveApi.kinds);
  const values = Form.useWatch([], form);

  useEffect(() => {
    const v = values as Partial<Values> | undefined;
    if (!v?.kindCode || !v.start || !v.end) return setPreview(null);
    const body = {
      kindCode: v.kindCode,
      startDay: v.start.format('YYYY-MM-DD'),
      startHalf: v.startHalf ?? 'am',
      endDay: v.end.format('YYYY-MM-DD'),
      endHalf: v.endHalf ?? 'pm',
    };
    let live = true;
    leaveApi
      .preview(body)
      .then((p) => live && (setPreview(p), setPreviewError(null)))
      .catch((e: unknown) => {
        if (!live) return;
        setPreview(null);
        setPreviewError(
          e instanceof ApiError ? (translateMaybe(`errors.${e.errorCode}`, e.params) ?? e.message) : null,
        );
      });
    return () => {
      live = false;
    };
  }, [values]);

  const submit = useApiMutation(
    async (v: Values) => {
      const r = await leaveApi.file({
        kindCode: v.kindCode,
        startDay: v.start.format('YYYY-MM-DD'),
        startHalf: v.startHalf,
        endDay: v.end.format('YYYY-MM-DD'),
        endHalf: v.endHalf,
        reason: v.reason,
      });
      if (file) await leaveApi.attach(r.id, file);
      return r;
    },
    {
      invalidates: [leaveKey()],
      onSuccess: () => {
        void message.success(t('attendance.leave.form.filed'));
        form.resetFields();
        setFile(null);
        onClose();
      },
    },
  );

  const halfOptions = (['am', 'pm'] as const).map((h) => ({
    value: h,
    label: t(`attendance.leave.half.${h}` as MsgKey),
  }));
  return (
    <Modal
      open={open}
      title={t('attendance.leave.form.title')}
      onCancel={onClose}
      okText={t('attendance.leave.form.submit')}
      onOk={() => form.submit()}
      confirmLoading={submit.isPending}
      destroyOnHidden
      data-testid="leave-request-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ startHalf: 'am', endHalf: 'pm' }}
        onFinish={(v) => submit.mutate(v)}
      >
        <Form.Item name="kindCode" label={t('attendance.leave.form.kind')} rules={[{ required: true }]}>
          <Select
            data-testid="leave-kind"
            options={(kinds ?? [])
              .filter((k) => k.active)
              .map((k) => ({ value: k.code, label: kindName(kinds, k.code) }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="start" label={t('attendance.leave.form.start')} rules={[{ required: true }]}>
            <DatePicker data-testid="leave-start" />
          </Form.Item>
          <Form.Item name="startHalf" label=" ">
            <Select options={halfOptions} style={{ width: 110 }} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="end" label={t('attendance.leave.form.end')} rules={[{ required: true }]}>
            <DatePicker data-testid="leave-end" />
          </Form.Item>
          <Form.Item name="endHalf" label=" ">
            <Select options={halfOptions} style={{ width: 110 }} />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label={t('attendance.leave.form.reason')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="leave-reason" />
        </Form.Item>
        <Form.Item label={t('attendance.leave.form.file')}>
          <Upload
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            maxCount={1}
            fileList={file ? [{ uid: '1', name: file.name }] : []}
          >
            <Button icon={<UploadOutlined />}>{t('attendance.leave.form.pickFile')}</Button>
          </Upload>
        </Form.Item>
        {preview && (
          <Alert
            type="info"
            showIcon
            data-testid="leave-preview"
            message={
              t('attendance.leave.form.preview', {
                days: preview.days,
                chain: preview.chain.map((r) => t(`attendance.leave.role.${r}` as MsgKey)).join(' → '),
              }) + (preview.afterTheFact ? t('attendance.leave.form.previewAfter') : '')
            }
            description={preview.evidenceRequired && !file ? t('attendance.leave.form.evidenceRequired') : undefined}
          />
        )}
        {previewError && <Alert type="warning" showIcon message={previewError} data-testid="leave-preview-error" />}
      </Form>
    </Modal>
  );
}
