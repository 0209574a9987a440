import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { Locale } from '../../../common/roles';
import { useI18n } from '../../i18n';

/** Downloads a table of the appraisal as .xlsx in the reader's language: the rows they see on screen. */
export function ExportButton({ url, testId }: { url: (locale: Locale) => string; testId: string }) {
  const { t, locale } = useI18n();
  return (
    <Button icon={<FileExcelOutlined />} href={url(locale)} download data-testid={testId}>
      {t('appraisal.exportXlsx')}
    </Button>
  );
}
