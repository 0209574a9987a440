import { Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { routinesApi, routinesKey, type ChecklistLine, type RecordKind } from './api';
import { MeetingModal } from './MeetingModal';

interface Values {
  note?: string;
  count?: number | null;
  linkId?: string;
}

/** Ticks one duty for the current period: a note, the count it asks for, the record it links. */
export function TickModal({ line, onClose }: { line: ChecklistLine; onClose: () => void }) {
  const t = useT();
  const invalidate = useInvalidate();
  const { item } = line;
  const kind = item.linkKind === 'none' ? null : (item.linkKind as RecordKind);
  const [form] = Form.useForm<Values>();
  const [meeting, setMeeting] = useState(false);
  const kindName = kind ? t(`careers.routines.linkKinds.${kind}`) : '';
  const records = useApiQuery(routinesKey('linkable', kind), () => routinesApi.linkable(kind!), { enabled: !!kind });

  const submit = async (v: Values) => {
    await routinesApi.tick({
      itemId: item.id,
      note: v.note?.trim() || null,
      count: v.count ?? null,
      link: kind && v.linkId ? { kind, id: v.linkId } : null,
    });
    await invalidate(routinesKey());
    showSuccess(t('careers.routines.checklist.saved'));
  };

  return (
    <>
      <FormModal<Values>
        open
        form={form}
        title={t('careers.routines.tick.title', { title: item.title })}
        onClose={onClose}
        onSubmit={submit}
        initialValues={{ count: item.targetCount ?? undefined }}
        fieldMap={{ 'link.id': 'linkId', link: 'linkId', 'link.kind': 'linkId' }}
        testId="routine-tick-modal"
      >
        {item.targetCount !== null && (
          <Form.Item
            name="count"
            label={t('careers.routines.tick.count')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <InputNumber min={0} max={1000} style={{ width: '100%' }} data-testid="routine-tick-count" />
          </Form.Item>
        )}
        {kind && (
          <>
            <Form.Item name="linkId" label={t('careers.routines.tick.link')}>
              <Select
                allowClear
                loading={records.loading}
                placeholder={t('careers.routines.tick.linkPlaceholder', { kind: kindName })}
                notFoundContent={t('careers.routines.tick.linkEmpty', { kind: kindName })}
                options={(records.data ?? []).map((r) => ({ value: r.id, label: `${r.day} · ${r.label}` }))}
                data-testid="routine-tick-link"
              />
            </Form.Item>
            {kind === 'meeting' && (
              <Button style={{ marginBottom: 16 }} onClick={() => setMeeting(true)} data-testid="routine-new-meeting">
                {t('careers.routines.tick.newMeeting')}
              </Button>
            )}
            <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
              {t('careers.routines.tick.noteNeeded')}
            </Typography.Paragraph>
          </>
        )}
        <Form.Item name="note" label={t('careers.routines.tick.note')}>
          <Input.TextArea
            rows={3}
            maxLength={1000}
            placeholder={t('careers.routines.tick.notePlaceholder')}
            data-testid="routine-tick-note"
          />
        </Form.Item>
      </FormModal>
      {meeting && (
        <MeetingModal
          onClose={() => setMeeting(false)}
          onSaved={(id) => {
            records.reload();
            form.setFieldValue('linkId', id);
          }}
        />
      )}
    </>
  );
}
