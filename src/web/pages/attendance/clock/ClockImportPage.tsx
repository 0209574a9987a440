import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Collapse, Form, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { ImportMapping } from '../../../../common/attendance-clock';
import { CheckingBar } from '../../../components/CheckingBar';
import { PageHeader } from '../../../components/PageHeader';
import { FileDrop } from '../../../components/FileDrop';
import { useFileUpload } from '../../../components/useFileUpload';
import { useI18n } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { clockApi, clockKey, type Preview } from './api';

const ACCEPT = ['.xlsx', '.csv'];

/** Punch import: template, optional column mapping, a preview with row errors, then the import. */
export default function ClockImportPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const upload = useFileUpload({
    send: async (f) => {
      setFile(f);
      return clockApi.preview(f, mapping);
    },
    onDone: setPreview,
    accept: ACCEPT,
    badTypeText: t('attendance.clock.import.badType'),
  });
  const { busy } = upload;
  const commit = useApiMutation(() => clockApi.commit(file!, mapping), {
    invalidates: [clockKey()],
    onSuccess: (r) => {
      void message.success(t('attendance.clock.import.done', { added: r.added, stored: r.alreadyStored }));
      setPreview(null);
      setFile(null);
    },
  });
  const clean = (v: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(v).filter(([, x]) => x && x.trim())) as ImportMapping;

  return (
    <>
      <PageHeader title={t('attendance.clock.import.title')} />
      <Typography.Paragraph>{t('attendance.clock.import.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button
          icon={<DownloadOutlined />}
          href={clockApi.templateUrl('xlsx', locale)}
          data-testid="clock-template-xlsx"
        >
          {t('attendance.clock.import.templateXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} href={clockApi.templateUrl('csv', locale)} data-testid="clock-template-csv">
          {t('attendance.clock.import.templateCsv')}
        </Button>
      </Space>
      <Collapse
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'mapping',
            label: t('attendance.clock.import.mapping'),
            children: (
              <Form layout="inline" onValuesChange={(_, all) => setMapping(clean(all))} data-testid="clock-mapping">
                <Form.Item name="employeeNo" label={t('attendance.clock.import.mapEmployeeNo')}>
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name="time" label={t('attendance.clock.import.mapTime')}>
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name="date" label={t('attendance.clock.import.mapDate')}>
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name="device" label={t('attendance.clock.import.mapDevice')}>
                  <Input maxLength={100} />
                </Form.Item>
              </Form>
            ),
          },
        ]}
      />
      {!preview && (
        <FileDrop
          upload={upload}
          accept={ACCEPT}
          text={t('attendance.clock.import.drag')}
          hint={t('attendance.clock.import.hint')}
          testId="clock-upload"
        />
      )}
      {busy && <CheckingBar text={t('attendance.clock.import.checking')} testId="clock-check-progress" />}
      {preview && <PreviewPanel preview={preview} />}
      {preview && (
        <Space style={{ marginTop: 16 }}>
          <Button
            type="primary"
            disabled={preview.rejected > 0 || !file}
            loading={commit.isPending}
            onClick={() => commit.mutate(undefined)}
            data-testid="clock-commit"
          >
            {t('attendance.clock.import.commit')}
          </Button>
          <Button onClick={() => setPreview(null)}>{t('attendance.clock.import.again')}</Button>
        </Space>
      )}
    </>
  );
}

function PreviewPanel({ preview }: { preview: Preview }) {
  const { t } = useI18n();
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="clock-preview">
      <Alert
        type={preview.rejected ? 'error' : 'success'}
        message={t('attendance.clock.import.summary', {
          total: preview.totalRows,
          accepted: preview.accepted,
          rejected: preview.rejected,
          stored: preview.alreadyStored,
          people: preview.people,
          from: preview.from ?? '—',
          to: preview.to ?? '—',
        })}
      />
      {preview.errors.length > 0 && (
        <Table
          rowKey={(e) => `${e.line}-${e.code}`}
          size="small"
          title={() => t('attendance.clock.import.errorsTitle')}
          dataSource={preview.errors}
          pagination={{ pageSize: 20 }}
          data-testid="clock-errors"
          columns={[
            { title: t('attendance.clock.import.line'), dataIndex: 'line', width: 80 },
            {
              title: t('attendance.clock.import.code'),
              render: (_, e) => t(`attendance.clock.import.rowError.${e.code}`),
            },
            { title: t('attendance.clock.import.value'), dataIndex: 'value' },
          ]}
        />
      )}
      <Table
        rowKey="line"
        size="small"
        title={() => t('attendance.clock.import.sampleTitle')}
        dataSource={preview.sample}
        pagination={false}
        scroll={{ x: 500 }}
        columns={[
          { title: t('attendance.clock.import.line'), dataIndex: 'line', width: 80 },
          { title: t('attendance.clock.import.employeeNo'), dataIndex: 'employeeNo' },
          { title: t('attendance.clock.import.at'), render: (_, s) => new Date(s.at).toLocaleString() },
          { title: t('attendance.clock.import.device'), dataIndex: 'device' },
        ]}
      />
    </Space>
  );
}
