import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { api } from '../../api';
import { CheckingBar } from '../../components/CheckingBar';
import { FileDrop } from '../../components/FileDrop';
import { useFileUpload } from '../../components/useFileUpload';
import { useI18n } from '../../i18n';
import type { RosterPreview } from '../../types';

const ACCEPT = ['.xlsx', '.csv'];

/** Step 1: the template, and a file dropped here goes to the server for a preview. */
export function UploadStep({ onPreview }: { onPreview: (p: RosterPreview) => void }) {
  const { t, locale } = useI18n();
  const upload = useFileUpload({
    send: (file) => api.roster.upload(file),
    onDone: onPreview,
    accept: ACCEPT,
    badTypeText: t('roster.upload.badType'),
  });
  const { busy } = upload;

  return (
    <>
      <Typography.Paragraph>{t('roster.upload.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button
          icon={<DownloadOutlined />}
          href={api.roster.templateUrl('xlsx', locale)}
          data-testid="roster-template-xlsx"
        >
          {t('roster.upload.templateXlsx')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          href={api.roster.templateUrl('csv', locale)}
          data-testid="roster-template-csv"
        >
          {t('roster.upload.templateCsv')}
        </Button>
      </Space>
      <FileDrop
        upload={upload}
        accept={ACCEPT}
        text={busy ? t('roster.upload.uploading') : t('roster.upload.drag')}
        hint={t('roster.upload.hint')}
        testId="roster-upload"
      />
      {busy && <CheckingBar text={t('roster.upload.checking')} testId="roster-check-progress" />}
    </>
  );
}
