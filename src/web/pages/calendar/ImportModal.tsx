import { Alert, Button, Checkbox, Input, Modal, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { FileDrop } from '../../components/FileDrop';
import { useFileUpload } from '../../components/useFileUpload';
import { showError, showSuccess } from '../../feedback';
import { translateMaybe, useT } from '../../i18n';
import { calendarApi, type ImportPreview, type ImportResult } from './calendarApi';

const ACCEPT = ['.csv', '.txt', '.ics'];
const CHANGE_COLOR = { add: 'green', change: 'orange', remove: 'red', unchanged: 'default' } as const;
type Entry = { kind: 'holiday' | 'workday'; name: string } | null;

/** Choose a file → see what it changes and what is wrong in it → give the basis → import. The
 *  file is kept in the browser and sent again to apply: the server checks it a second time. */
export function ImportModal({
  year,
  open,
  onClose,
  onDone,
}: {
  year: number;
  open: boolean;
  onClose: () => void;
  onDone: (r: ImportResult) => void;
}) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [reason, setReason] = useState('');
  const [confirmYear, setConfirmYear] = useState(true);
  const [onlyChanges, setOnlyChanges] = useState(true);
  const [applying, setApplying] = useState(false);
  const upload = useFileUpload({
    send: (f) => {
      setFile(f);
      return calendarApi.previewImport(year, f);
    },
    onDone: setPreview,
    accept: ACCEPT,
    badTypeText: t('calendar.import.badType'),
  });
  const { busy } = upload;

  const reset = () => {
    setFile(null);
    setPreview(null);
  };
  const close = () => {
    reset();
    setReason('');
    onClose();
  };
  const changes = preview ? preview.counts.add + preview.counts.change + preview.counts.remove : 0;
  const willConfirm = confirmYear && !!preview && !preview.yearKnown;
  const canApply =
    !!preview && !!file && preview.errors === 0 && reason.trim().length >= 2 && (changes > 0 || willConfirm);

  const apply = async () => {
    if (!file || !preview) return;
    setApplying(true);
    try {
      const r = await calendarApi.applyImport(year, file, reason.trim(), willConfirm);
      const n = { added: r.applied.added, changed: r.applied.changed, removed: r.applied.removed, year };
      showSuccess(t(r.applied.yearConfirmed ? 'calendar.import.appliedConfirmed' : 'calendar.import.applied', n));
      onDone(r);
      close();
    } catch (err) {
      showError(err, { detail: true });
    } finally {
      setApplying(false);
    }
  };

  const entry = (e: Entry) =>
    e ? (
      <Space size={4}>
        <Tag color={e.kind === 'holiday' ? 'red' : 'blue'}>{t(`calendar.kinds.${e.kind}`)}</Tag>
        {e.name}
      </Space>
    ) : (
      <Typography.Text type="secondary">{t('calendar.import.ordinary')}</Typography.Text>
    );
  const problemText = (p: ImportPreview['problems'][number]) =>
    translateMaybe(`calendar.import.problems.${p.code}`, { day: p.day ?? '', value: p.value ?? '' }) ?? p.code;
  const days = preview?.days.filter((d) => !onlyChanges || d.change !== 'unchanged') ?? [];

  return (
    <Modal
      open={open}
      title={t('calendar.import.title', { year })}
      width={960}
      onCancel={close}
      destroyOnHidden
      data-testid="calendar-import-modal"
      footer={[
        preview && (
          <Button key="again" onClick={reset}>
            {t('calendar.import.another')}
          </Button>
        ),
        <Button key="cancel" onClick={close}>
          {t('common.actions.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          disabled={!canApply}
          loading={applying}
          onClick={apply}
          data-testid="calendar-import-submit"
        >
          {t('calendar.import.submit')}
        </Button>,
      ]}
    >
      {!preview && (
        <>
          <Typography.Paragraph>{t('calendar.import.intro')}</Typography.Paragraph>
          <FileDrop
            upload={upload}
            accept={ACCEPT}
            text={busy ? t('calendar.import.uploading') : t('calendar.import.drag')}
            testId="calendar-import-upload"
          />
          <Typography.Paragraph style={{ marginTop: 12 }}>
            <a href={calendarApi.templateUrl('zh')} data-testid="calendar-template-zh">
              {t('calendar.files.templateZh')}
            </a>
            {' · '}
            <a href={calendarApi.templateUrl('en')} data-testid="calendar-template-en">
              {t('calendar.files.templateEn')}
            </a>
          </Typography.Paragraph>
        </>
      )}
      {preview && (
        <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="calendar-import-preview">
          <Space wrap>
            <Typography.Text>
              {t('calendar.import.summary', {
                fileName: preview.fileName,
                format: (preview.format ?? '?').toUpperCase(),
                encoding: preview.encoding ?? '?',
                rows: preview.rowsRead,
              })}
            </Typography.Text>
            {(['add', 'change', 'remove', 'unchanged'] as const).map((c) => (
              <Tag key={c} color={CHANGE_COLOR[c]} data-testid={`calendar-import-count-${c}`}>
                {t(`calendar.import.counts.${c}`, { n: preview.counts[c] })}
              </Tag>
            ))}
          </Space>
          {preview.errors > 0 && (
            <Alert
              type="error"
              showIcon
              title={t('calendar.import.errorsTitle', { n: preview.errors })}
              data-testid="calendar-import-errors"
            />
          )}
          {preview.errors === 0 && preview.warnings > 0 && (
            <Alert type="warning" showIcon title={t('calendar.import.warningsTitle', { n: preview.warnings })} />
          )}
          {preview.errors === 0 && changes === 0 && (
            <Alert type="info" showIcon title={t('calendar.import.noChanges')} />
          )}
          {preview.problems.length > 0 && (
            <Table
              rowKey={(p) => `${p.line}-${p.code}-${p.day}`}
              size="small"
              pagination={false}
              dataSource={preview.problems}
              scroll={{ y: 200 }}
              data-testid="calendar-import-problems"
              columns={[
                {
                  title: t('calendar.import.columns.line'),
                  dataIndex: 'line',
                  width: 80,
                  render: (l: number | null) => l ?? t('calendar.import.wholeFile'),
                },
                {
                  title: t('calendar.import.columns.severity'),
                  dataIndex: 'severity',
                  width: 80,
                  render: (s: 'error' | 'warning') => (
                    <Tag color={s === 'error' ? 'red' : 'gold'}>{t(`calendar.import.severity.${s}`)}</Tag>
                  ),
                },
                { title: t('calendar.import.columns.problem'), key: 'text', render: (_, p) => problemText(p) },
              ]}
            />
          )}
          <Space>
            <Switch size="small" checked={onlyChanges} onChange={setOnlyChanges} />
            {t('calendar.import.onlyChanges')}
          </Space>
          <Table
            rowKey="day"
            size="small"
            pagination={false}
            dataSource={days}
            scroll={{ y: 300 }}
            data-testid="calendar-import-days"
            columns={[
              { title: t('calendar.import.columns.day'), dataIndex: 'day', width: 110 },
              {
                title: t('calendar.import.columns.weekday'),
                key: 'weekday',
                width: 70,
                render: (_, d) => dayjs(d.day).format('ddd'),
              },
              {
                title: t('calendar.import.columns.change'),
                dataIndex: 'change',
                width: 90,
                render: (c: keyof typeof CHANGE_COLOR) => (
                  <Tag color={CHANGE_COLOR[c]}>{t(`calendar.import.changes.${c}`)}</Tag>
                ),
              },
              { title: t('calendar.import.columns.before'), key: 'before', render: (_, d) => entry(d.before) },
              { title: t('calendar.import.columns.after'), key: 'after', render: (_, d) => entry(d.after) },
              {
                title: t('calendar.import.columns.line'),
                dataIndex: 'line',
                width: 70,
                render: (l: number | null) => l ?? '—',
              },
            ]}
          />
          {preview.errors === 0 && (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Input
                placeholder={t('calendar.import.reason')}
                value={reason}
                maxLength={500}
                onChange={(e) => setReason(e.target.value)}
                data-testid="calendar-import-reason"
                status={reason && reason.trim().length < 2 ? 'error' : undefined}
              />
              <Typography.Text type="secondary">{t('calendar.import.reasonRule')}</Typography.Text>
              {preview.yearKnown ? (
                <Typography.Text type="secondary">{t('calendar.import.alreadyKnown', { year })}</Typography.Text>
              ) : (
                <Checkbox
                  checked={confirmYear}
                  onChange={(e) => setConfirmYear(e.target.checked)}
                  data-testid="calendar-import-confirm-year"
                >
                  {t('calendar.import.confirmYear', { year })}
                </Checkbox>
              )}
            </Space>
          )}
        </Space>
      )}
    </Modal>
  );
}
