import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Space, Typography, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { ApiError, api } from '../../api';
import { showError } from '../../feedback';
import { useT } from '../../i18n';
import type { RosterPreview } from '../../types';

const ACCEPT = ['.xlsx', '.csv'];

/** Step 1: the template, and a file dropped here goes to the server for a preview. */
export function UploadStep({ onPreview }: { onPreview: (p: RosterPreview) => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);

  const customRequest: UploadProps['customRequest'] = async ({ file, onSuccess, onError }) => {
    setBusy(true);
    try {
      const preview = await api.roster.upload(file as File);
      onSuccess?.(preview);
      onPreview(preview);
    } catch (err) {
      showError(err, { detail: true });
      onError?.(err as Error);
    } finally {
      setBusy(false);
    }
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (ACCEPT.some((ext) => file.name.toLowerCase().endsWith(ext))) return true;
    showError(new ApiError(0, 'UNSUPPORTED_FILE_TYPE', t('roster.upload.badType')));
    return Upload.LIST_IGNORE;
  };

  return (
    <>
      <Typography.Paragraph>{t('roster.upload.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button icon={<DownloadOutlined />} href={api.roster.templateUrl('xlsx')} data-testid="roster-template-xlsx">
          {t('roster.upload.templateXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} href={api.roster.templateUrl('csv')} data-testid="roster-template-csv">
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
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p className="ant-upload-text">{busy ? t('roster.upload.uploading') : t('roster.upload.drag')}</p>
          <p className="ant-upload-hint">{t('roster.upload.hint')}</p>
        </Upload.Dragger>
      </div>
    </>
  );
}
