import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Space, Typography, Upload } from 'antd';
import { api } from '../../api';
import { CheckingBar } from '../../components/CheckingBar';
import { useFileUpload } from '../../components/useFileUpload';
import { useI18n } from '../../i18n';
import type { RosterPreview } from '../../types';

const ACCEPT = ['.xlsx', '.csv'];

/** Step 1: the template, and a file dropped here goes to the server for a preview. */
export function UploadStep({ onPreview }: { onPreview: (p: RosterPreview) => void }) {
  const { t, locale } = useI18n();
  const { busy, customRequest, beforeUpload } = useFileUpload({
    send: (file) => api.roster.upload(file),
    onDone: onPreview,
    accept: ACCEPT,
    badTypeText: t('roster.upload.badType'),
  });

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
      <div data-testid="roster-upload">
        <Upload.Dragger
          accept={ACCEPT.join(',')}
          multiple={false}
          maxCount={1}
          showUploadList={false}
          disabled={busy}
          beforeUpload={beforeUpload}
          customRequest={customRequest}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{busy ? t('roster.upload.uploading') : t('roster.upload.drag')}</p>
          <p className="ant-upload-hint">{t('roster.upload.hint')}</p>
        </Upload.Dragger>
      </div>
      {busy && <CheckingBar text={t('roster.upload.checking')} testId="roster-check-progress" />}
    </>
  );
}
