import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { CheckingBar } from '../../../components/CheckingBar';
import { FileDrop } from '../../../components/FileDrop';
import { PageHeader } from '../../../components/PageHeader';
import { useFileUpload } from '../../../components/useFileUpload';
import { translateMaybe, useI18n } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { showSuccess } from '../../../feedback';
import { decksApi, decksKey, type ImportPreview } from './api';

// Cards from Excel: the template, a preview listing each row's problem, then every card or none.

const ACCEPT = ['.xlsx'];

export default function ImportPage() {
  const { t, locale } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const upload = useFileUpload({
    send: async (f) => {
      setFile(f);
      return decksApi.preview(f);
    },
    onDone: setPreview,
    accept: ACCEPT,
    badTypeText: t('drills.decks.import.badType'),
  });
  const commit = useApiMutation(() => decksApi.import(file!), {
    invalidates: [decksKey()],
    onSuccess: (r) => {
      showSuccess(t('drills.decks.import.done', { cards: r.cards, decks: r.decks }));
      setPreview(null);
      setFile(null);
    },
  });
  const errors = preview?.errors ?? [];

  return (
    <>
      <Link to="/drills/decks" data-testid="drill-import-back">
        <ArrowLeftOutlined /> {t('drills.decks.import.back')}
      </Link>
      <PageHeader title={t('drills.decks.import.title')} />
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="drill-import">
        <Typography.Paragraph>{t('drills.decks.import.intro')}</Typography.Paragraph>
        <Button icon={<DownloadOutlined />} href={decksApi.templateUrl(locale)} data-testid="drill-import-template">
          {t('drills.decks.import.template')}
        </Button>
        {!preview && (
          <FileDrop
            upload={upload}
            accept={ACCEPT}
            text={t('drills.decks.import.drag')}
            hint={t('drills.decks.import.hint')}
            testId="drill-import-file"
          />
        )}
        {upload.busy && <CheckingBar text={t('drills.decks.import.checking')} testId="drill-import-progress" />}
        {preview && (
          <>
            <Alert
              type={errors.length ? 'error' : 'success'}
              data-testid="drill-import-summary"
              title={t('drills.decks.import.summary', {
                rows: preview.rows,
                valid: preview.valid,
                errors: errors.length,
              })}
            />
            {errors.length > 0 && (
              <Table
                rowKey={(e) => `${e.line}-${e.problem}`}
                size="small"
                dataSource={errors}
                pagination={{ pageSize: 20 }}
                scroll={{ x: 600 }}
                data-testid="drill-import-errors"
                columns={[
                  { title: t('drills.decks.import.line'), dataIndex: 'line', width: 70 },
                  {
                    title: t('drills.decks.import.field'),
                    width: 90,
                    render: (_, e) =>
                      e.field ? (translateMaybe(`drills.decks.import.fields.${e.field}`) ?? e.field) : '',
                  },
                  {
                    title: t('drills.decks.import.problem'),
                    render: (_, e) => translateMaybe(`errors.${e.problem}`) ?? e.problem,
                  },
                  { title: t('drills.decks.import.value'), dataIndex: 'value', ellipsis: true },
                ]}
              />
            )}
            {preview.decks.length > 0 && (
              <Table
                rowKey="deckId"
                size="small"
                pagination={false}
                dataSource={preview.decks}
                data-testid="drill-import-decks"
                columns={[
                  { title: t('drills.decks.import.deck'), dataIndex: 'name' },
                  { title: t('drills.decks.import.cards'), dataIndex: 'cards', align: 'right', width: 120 },
                ]}
              />
            )}
            <Space>
              <Button
                type="primary"
                disabled={errors.length > 0 || preview.valid === 0 || !file}
                loading={commit.isPending}
                onClick={() => commit.mutate(undefined)}
                data-testid="drill-import-commit"
              >
                {t('drills.decks.import.commit')}
              </Button>
              <Button onClick={() => setPreview(null)} data-testid="drill-import-again">
                {t('drills.decks.import.again')}
              </Button>
            </Space>
          </>
        )}
      </Space>
    </>
  );
}
