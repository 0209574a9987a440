import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { CheckingBar } from '../../../components/CheckingBar';
import { FileDrop } from '../../../components/FileDrop';
import { useFileUpload } from '../../../components/useFileUpload';
import { useI18n } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { rostersApi, rostersKey, type ImportPreview } from './api';

const ACCEPT = ['.xlsx', '.csv'];

/** Import into a roster: its file to fill in, a preview listing each row's problem, then all or nothing. */
export function RosterImport({ rosterId, onDone }: { rosterId: string; onDone: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const upload = useFileUpload({
    send: async (f) => {
      setFile(f);
      return rostersApi.preview(rosterId, f);
    },
    onDone: setPreview,
    accept: ACCEPT,
    badTypeText: t('attendance.rosters.import.badType'),
  });
  const { busy } = upload;
  const commit = useApiMutation(() => rostersApi.import(rosterId, file!), {
    invalidates: [rostersKey()],
    onSuccess: (r) => {
      void message.success(t('attendance.rosters.import.done', { n: r.changed }));
      setPreview(null);
      setFile(null);
      onDone();
    },
  });

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="roster-import">
      <Typography.Paragraph>{t('attendance.rosters.import.intro')}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} href={rostersApi.templateUrl(rosterId, 'xlsx', locale)}>
          {t('attendance.rosters.import.templateXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} href={rostersApi.templateUrl(rosterId, 'csv', locale)}>
          {t('attendance.rosters.import.templateCsv')}
        </Button>
      </Space>
      {!preview && (
        <FileDrop
          upload={upload}
          accept={ACCEPT}
          text={t('attendance.rosters.import.drag')}
          hint={t('attendance.rosters.import.hint')}
        />
      )}
      {busy && <CheckingBar text={t('attendance.rosters.import.checking')} testId="roster-import-progress" />}
      {preview && (
        <>
          <Alert
            type={preview.errors.length ? 'error' : 'success'}
            message={t('attendance.rosters.import.summary', {
              rows: preview.rows,
              cells: preview.cells,
              errors: preview.errors.length,
            })}
          />
          {preview.errors.length > 0 && (
            <Table
              rowKey={(e) => `${e.line}-${e.day ?? ''}-${e.problem}`}
              size="small"
              dataSource={preview.errors}
              pagination={{ pageSize: 20 }}
              data-testid="roster-import-errors"
              columns={[
                { title: t('attendance.rosters.import.line'), dataIndex: 'line', width: 70 },
                { title: t('attendance.rosters.import.employeeNo'), dataIndex: 'employeeNo' },
                { title: t('attendance.rosters.import.day'), dataIndex: 'day' },
                {
                  title: t('attendance.rosters.import.problem'),
                  render: (_, e) => t(`attendance.rosters.import.problems.${e.problem}`),
                },
                { title: t('attendance.rosters.import.value'), dataIndex: 'value' },
              ]}
            />
          )}
          <Space>
            <Button
              type="primary"
              disabled={preview.errors.length > 0 || !file}
              loading={commit.isPending}
              onClick={() => commit.mutate(undefined)}
              data-testid="roster-import-commit"
            >
              {t('attendance.rosters.import.commit')}
            </Button>
            <Button onClick={() => setPreview(null)}>{t('attendance.rosters.import.again')}</Button>
          </Space>
        </>
      )}
    </Space>
  );
}
