import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { showError, showSuccess } from '../../../feedback';
import { translateMaybe, useT } from '../../../i18n';
import { CheckingBar } from '../../../components/CheckingBar';
import { useFileUpload } from '../../../components/useFileUpload';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi, type Preview } from '../examsApi';

/** Upload a GIFT / Moodle XML / Excel file, read the preview (made and skipped), then commit. */
export function ImportModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const [format, setFormat] = useState<string | undefined>();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [committing, setCommitting] = useState(false);
  const { busy, customRequest } = useFileUpload({
    send: (file) => examsApi.importFile(file, format),
    onDone: setPreview,
  });

  // A big bank takes a while to write: its progress is read while the commit runs.
  const progress = useApiQuery(
    keys.exams('imports', preview?.id, 'progress'),
    () => examsApi.importProgress(preview!.id),
    { enabled: committing && !!preview, refetchInterval: 500, quiet: true, fresh: true },
  ).data;
  const written = progress?.state === 'committing' ? progress.written : 0;
  const total = progress?.state === 'committing' ? progress.total : (preview?.questions.length ?? 0);

  const commit = async () => {
    if (!preview) return;
    setCommitting(true);
    try {
      const r = await examsApi.commitImport(preview.id);
      showSuccess(t('exams.import.committed', { n: r.created }));
      setPreview(null);
      onDone();
      onClose();
    } catch (err) {
      showError(err, { detail: true });
    } finally {
      setCommitting(false);
    }
  };

  const close = () => {
    setPreview(null);
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('exams.import.title')}
      width={900}
      onCancel={close}
      destroyOnHidden
      footer={[
        <Button key="c" onClick={close}>
          {t('common.actions.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          disabled={!preview || preview.questions.length === 0 || preview.errors.length > 0}
          loading={busy || committing}
          onClick={commit}
          data-testid="import-commit"
        >
          {t('exams.import.commit', { n: preview?.questions.length ?? 0 })}
        </Button>,
      ]}
    >
      {!preview && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('exams.import.intro')}</Typography.Paragraph>
          <Space>
            <span>{t('exams.import.format')}</span>
            <Select
              allowClear
              style={{ width: 200 }}
              value={format}
              onChange={setFormat}
              placeholder={t('exams.import.auto')}
              options={[
                { value: 'gift', label: 'GIFT' },
                { value: 'moodle_xml', label: 'Moodle XML' },
                { value: 'xlsx', label: 'Excel' },
              ]}
            />
            <Button href="/api/exams/questions/template">{t('exams.import.template')}</Button>
          </Space>
          <div data-testid="question-import-upload">
            <Upload.Dragger
              accept=".gift,.txt,.xml,.xlsx"
              multiple={false}
              maxCount={1}
              showUploadList={false}
              disabled={busy}
              customRequest={customRequest}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{busy ? t('exams.import.uploading') : t('exams.import.drag')}</p>
            </Upload.Dragger>
          </div>
          {busy && <CheckingBar text={t('exams.import.checking')} testId="import-check-progress" />}
        </Space>
      )}
      {preview && (
        <div data-testid="import-preview">
          {committing && (
            <div data-testid="import-commit-progress" style={{ marginBottom: 16 }}>
              <Progress percent={total ? Math.floor((written * 100) / total) : 0} status="active" />
              <Typography.Text type="secondary">{t('exams.import.committing', { written, total })}</Typography.Text>
            </div>
          )}
          <Typography.Title level={5}>{t('exams.import.willCreate', { n: preview.questions.length })}</Typography.Title>
          <Table
            size="small"
            rowKey="index"
            pagination={false}
            dataSource={preview.questions}
            data-testid="import-questions"
            onRow={() => ({ 'data-testid': 'import-question-row' }) as object}
            columns={[
              { title: '#', dataIndex: 'index', width: 50 },
              {
                title: t('exams.fields.type'),
                dataIndex: 'type',
                width: 100,
                render: (v: string) => t(`exams.types.${v}` as never),
              },
              { title: t('exams.fields.stem'), dataIndex: 'stem', ellipsis: true },
              {
                title: t('exams.fields.tags'),
                dataIndex: 'tags',
                render: (v: string[] = []) => v.map((x) => <Tag key={x}>{x}</Tag>),
              },
            ]}
          />
          {preview.skipped.length > 0 && (
            <Alert
              style={{ marginTop: 16 }}
              type="warning"
              showIcon
              data-testid="import-skipped"
              message={t('exams.import.skipped', { n: preview.skipped.length })}
              description={
                <ul style={{ margin: 0 }}>
                  {preview.skipped.map((s) => (
                    <li key={s.index} data-testid="import-skipped-row">
                      #{s.index} {s.name} — {translateMaybe(`exams.import.skipTypes.${s.type}`) ?? s.type}（{s.type}）：
                      {t('exams.import.notSupported')} <Typography.Text type="secondary">{s.reason}</Typography.Text>
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          {preview.errors.length > 0 && (
            <Alert
              style={{ marginTop: 16 }}
              type="error"
              showIcon
              data-testid="import-errors"
              message={t('exams.import.errors', { n: preview.errors.length })}
              description={
                <ul style={{ margin: 0 }}>
                  {preview.errors.map((e, i) => (
                    <li key={i}>
                      #{e.index} {e.name}
                      {e.field ? ` (${e.field})` : ''}: {e.message}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          {preview.warnings.length > 0 && (
            <Alert
              style={{ marginTop: 16 }}
              type="info"
              showIcon
              data-testid="import-warnings"
              message={t('exams.import.warnings', { n: preview.warnings.length })}
              description={
                <ul style={{ margin: 0 }}>
                  {preview.warnings.map((w, i) => (
                    <li key={i} data-testid="import-warning-row">
                      #{w.index} {w.name}: {w.message}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
        </div>
      )}
    </Modal>
  );
}
