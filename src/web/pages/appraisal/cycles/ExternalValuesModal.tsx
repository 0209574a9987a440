import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import { useFileUpload } from '../../../components/useFileUpload';
import { showFormError } from '../../../feedback';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { appraisalApi, appraisalKey, type CycleFull, type ExternalResult, type ExternalValue } from '../appraisalApi';
import { num } from '../labels';

/** 销售业绩: the sales values of a cycle (there is no sales data in the interactions), entered one by
 *  one or imported from .xlsx (column A employee number, column B value) — all rows or none. */
export function ExternalValuesModal({ cycle: c, onClose }: { cycle: CycleFull; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<{ employeeNo: string; value: number }>();
  const [result, setResult] = useState<ExternalResult | null>(null);
  const [busy, setBusy] = useState(false);
  const values = useApiQuery(appraisalKey('external', c.id), () => appraisalApi.external(c.id));

  const done = async (r: ExternalResult) => {
    setResult(r);
    if (r.applied) {
      void message.success(t('appraisal.external.applied', { rows: r.rows }));
      form.resetFields();
      await invalidate(appraisalKey());
    }
  };
  const upload = useFileUpload({
    send: (file) => appraisalApi.importExternal(c.id, file),
    onDone: (r) => void done(r),
    accept: ['.xlsx'],
    badTypeText: t('appraisal.external.xlsxOnly'),
  });

  return (
    <Modal
      open
      width={760}
      title={t('appraisal.external.title')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.actions.close')}</Button>}
      destroyOnHidden
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Form
          form={form}
          layout="inline"
          onFinish={async (v) => {
            setBusy(true);
            try {
              await done(
                await appraisalApi.putExternal(c.id, {
                  code: 'sales',
                  rows: [{ employeeNo: v.employeeNo, value: v.value }],
                }),
              );
            } catch (err) {
              showFormError(form, err);
            } finally {
              setBusy(false);
            }
          }}
        >
          <Form.Item name="employeeNo" rules={[{ required: true, message: t('common.required') }]}>
            <Input placeholder={t('appraisal.external.employeeNo')} style={{ width: 150 }} data-testid="external-no" />
          </Form.Item>
          <Form.Item name="value" rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber
              min={0}
              placeholder={t('appraisal.external.value')}
              style={{ width: 150 }}
              data-testid="external-value"
            />
          </Form.Item>
          <Button htmlType="submit" type="primary" loading={busy} data-testid="external-save">
            {t('common.actions.save')}
          </Button>
        </Form>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          customRequest={upload.customRequest}
          beforeUpload={upload.beforeUpload}
        >
          <Button icon={<UploadOutlined />} loading={upload.busy} data-testid="external-import">
            {t('appraisal.external.import')}
          </Button>
        </Upload>
      </Space>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('appraisal.external.help')} />
      {result && !result.applied && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="external-errors"
          title={t('appraisal.external.rejected', { errors: result.errors.length })}
          description={
            <div style={{ whiteSpace: 'pre-line' }}>
              {result.errors
                .slice(0, 20)
                .map((e) =>
                  t('appraisal.external.rowError', {
                    row: e.row,
                    field: t(`appraisal.external.${e.field}`),
                    problem: t(`appraisal.external.problems.${e.code}`),
                    value: e.value ?? '',
                  }),
                )
                .join('\n')}
            </div>
          }
        />
      )}
      <Table<ExternalValue>
        rowKey="employeeId"
        size="small"
        loading={values.loading}
        dataSource={values.data ?? []}
        pagination={{ pageSize: 10 }}
        locale={{ emptyText: t('appraisal.external.empty') }}
        columns={[
          { title: t('appraisal.fields.person'), key: 'p', render: (_, r) => `${r.employeeName} · ${r.employeeNo}` },
          { title: t('appraisal.external.value'), dataIndex: 'value', align: 'right', render: (v: number) => num(v) },
          {
            title: t('appraisal.external.source'),
            key: 's',
            render: (_, r) =>
              `${t(`appraisal.external.sources.${r.source}`)}${r.fileName ? ` · ${r.fileName}` : ''} · ${r.byName}`,
          },
          { title: t('appraisal.external.at'), dataIndex: 'at', render: localTime },
        ]}
      />
    </Modal>
  );
}
