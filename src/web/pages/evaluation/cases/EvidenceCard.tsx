import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { showError, showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { triggerText } from '../criteriaText';
import { casesApi, type CaseDetail } from './casesApi';

type Item = Record<string, unknown>;

/** 证据: the reasons, the evidence as it was when the case was opened, written evidence and attachments. */
export function EvidenceCard({ c, onChange }: { c: CaseDetail; onChange: () => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true);
    try {
      await casesApi.attach(c.id, file);
      showSuccess(t('elimination.done'));
      onChange();
    } catch (err) {
      showError(err, { detail: true });
    } finally {
      setBusy(false);
    }
  };
  const ev = c.evidence;
  // The trigger in the reader's language from the snapshotted numbers (the server's sentence is English).
  const computed =
    c.criterion === 'theory_fails' ||
    c.criterion === 'practical_fails' ||
    c.criterion === 'daily_below' ||
    c.criterion === 'attendance_breaches';
  const trigger =
    computed && ev.facts
      ? triggerText(t, {
          code: c.criterion as 'theory_fails',
          met: true,
          atRisk: false,
          facts: ev.facts as Record<string, string | number | null>,
        })
      : ev.trigger;
  return (
    <Card title={t('elimination.fields.evidence')} data-testid="case-evidence">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 's',
            label: t('elimination.fields.summary'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{c.summary}</span>,
          },
          ...(trigger ? [{ key: 't', label: t('elimination.fields.trigger'), children: trigger }] : []),
          ...(ev.text
            ? [
                {
                  key: 'x',
                  label: t('elimination.fields.evidenceText'),
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{ev.text}</span>,
                },
              ]
            : []),
        ]}
      />
      {ev.items.length > 0 && (
        <>
          <Typography.Text type="secondary">{t('elimination.evidenceSnapshot')}</Typography.Text>
          <Table<Item>
            size="small"
            rowKey={(r) => String(r.id)}
            pagination={false}
            dataSource={ev.items}
            data-testid="case-evidence-items"
            onRow={() => ({ 'data-testid': 'evidence-item' }) as object}
            columns={[
              { title: t('elimination.fields.date'), dataIndex: 'date', render: (v) => String(v ?? '') },
              { title: t('elimination.fields.evidence'), dataIndex: 'title', render: (v) => String(v ?? '') },
              {
                title: '',
                key: 'score',
                align: 'right',
                render: (_, r) =>
                  r.score === undefined
                    ? String(r.detail ?? '')
                    : `${r.score}${r.passMark !== undefined ? ` / ${r.passMark}` : ''}`,
              },
            ]}
          />
        </>
      )}
      <div style={{ marginTop: 12 }}>
        <Typography.Text strong>{t('elimination.fields.attachments')}</Typography.Text>
        <Space direction="vertical" style={{ display: 'flex', marginTop: 4 }}>
          {c.attachments.length === 0 && (
            <Typography.Text type="secondary">{t('elimination.noEvidence')}</Typography.Text>
          )}
          {c.attachments.map((a) => (
            <a key={a.id} href={casesApi.attachmentUrl(a.id)} data-testid="case-attachment">
              {a.fileName}
            </a>
          ))}
          {c.can.attach && (
            <Upload
              accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt"
              showUploadList={false}
              beforeUpload={(f) => {
                void upload(f);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={busy} data-testid="case-upload">
                {t('elimination.upload')}
              </Button>
            </Upload>
          )}
          {c.can.attach && <Typography.Text type="secondary">{t('elimination.uploadHint')}</Typography.Text>}
        </Space>
      </div>
    </Card>
  );
}
