import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Form, Input, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { MAX_CHOICES } from '../../../../common/drills-decks';
import { CARD_KINDS, type CardKind } from '../../../../common/drills';
import { useRequired } from '../../../components/FormModal';
import { showFormError, showSuccess } from '../../../feedback';
import { useT, type MsgKey } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { decksApi, decksKey, type Card, type CardSaved } from './api';
import { ClozePreview } from './ClozePreview';

// The card editor (a drawer): its fields follow the kind — options and the right one for a
// choice card, a preview of the blanks for a cloze card, the script for a read-aloud card. A save
// that changes the content says which revision it made and how many people learn it again.

interface Values {
  kind: CardKind;
  prompt: string;
  answer: string;
  choices?: string[];
  knowledgePoint?: string;
  note?: string;
}

const ANSWER_LABEL: Record<CardKind, MsgKey> = {
  recall: 'drills.decks.editor.answerRecall',
  choice: 'drills.decks.editor.answerChoice',
  cloze: 'drills.decks.editor.answerCloze',
  read_aloud: 'drills.decks.editor.answerRead',
};

export function CardEditor(props: { deckId: string; card: Card | 'new' | null; onClose: () => void }) {
  const t = useT();
  const editing = props.card && props.card !== 'new' ? props.card : null;
  return (
    <Drawer
      open={!!props.card}
      onClose={props.onClose}
      size={560}
      title={editing ? t('drills.decks.editor.edit', { revision: editing.revision }) : t('drills.decks.editor.add')}
      destroyOnHidden
    >
      {/* a form of its own each time the drawer opens: nothing of the last card stays in it */}
      {props.card && (
        <CardForm
          key={editing ? `${editing.id}-${editing.version}` : 'new'}
          deckId={props.deckId}
          editing={editing}
          onClose={props.onClose}
        />
      )}
    </Drawer>
  );
}

function CardForm(props: { deckId: string; editing: Card | null; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const { editing } = props;
  const initial: Values = editing
    ? {
        kind: editing.kind,
        prompt: editing.prompt,
        answer: editing.answer,
        choices: editing.choices ?? ['', ''],
        knowledgePoint: editing.knowledgePoint ?? undefined,
      }
    : { kind: 'recall', prompt: '', answer: '', choices: ['', ''] };
  const kind = Form.useWatch('kind', form) ?? initial.kind;
  const answer = Form.useWatch('answer', form) ?? initial.answer;
  const choices = (Form.useWatch('choices', form) ?? []).filter((c): c is string => !!c?.trim());

  const said = (r: CardSaved) =>
    !editing
      ? t('drills.decks.editor.created')
      : r.revised
        ? t('drills.decks.editor.revised', { revision: r.card.revision, reset: r.reset })
        : t('drills.decks.editor.savedSame');

  const save = async (v: Values) => {
    setBusy(true);
    try {
      const body = {
        kind: v.kind,
        prompt: v.prompt ?? '',
        answer: v.answer ?? '',
        choices: v.kind === 'choice' ? (v.choices ?? []).map((c) => c?.trim() ?? '').filter(Boolean) : null,
        knowledgePoint: v.knowledgePoint?.trim() || null,
      };
      const r = editing
        ? await decksApi.updateCard(editing.id, { ...body, version: editing.version, note: v.note?.trim() || null })
        : await decksApi.createCard(props.deckId, body);
      showSuccess(said(r));
      await invalidate(decksKey());
      props.onClose();
    } catch (err) {
      showFormError(form, err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={save} data-testid="drill-card-form">
      <Form.Item name="kind" label={t('drills.decks.editor.kind')} rules={[required]}>
        <Radio.Group
          optionType="button"
          data-testid="drill-card-kind"
          options={CARD_KINDS.map((k) => ({ value: k, label: t(`drills.decks.kind.${k}` as MsgKey) }))}
        />
      </Form.Item>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(`drills.decks.kindHint.${kind}` as MsgKey)} />
      <Form.Item name="prompt" label={t('drills.decks.editor.prompt')} rules={[required]}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="drill-card-prompt" />
      </Form.Item>
      {kind === 'choice' && (
        <Form.Item label={t('drills.decks.editor.choices')} extra={t('drills.decks.editor.choiceHint')} required>
          <Form.List name="choices">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} style={{ display: 'flex', marginBottom: 6 }} align="baseline">
                    <Form.Item name={f.name} noStyle>
                      <Input maxLength={500} style={{ width: 420 }} data-testid={`drill-card-choice-${i}`} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} data-testid={`drill-card-choice-remove-${i}`} />
                  </Space>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  disabled={fields.length >= MAX_CHOICES}
                  onClick={() => add('')}
                  data-testid="drill-card-choice-add"
                >
                  {t('drills.decks.editor.addChoice')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      )}
      <Form.Item name="answer" label={t(ANSWER_LABEL[kind])} rules={[required]}>
        {kind === 'choice' ? (
          <Select
            placeholder={t('drills.decks.editor.pickAnswer')}
            data-testid="drill-card-answer"
            options={[...new Set(choices)].map((c) => ({ value: c, label: c }))}
          />
        ) : (
          <Input.TextArea rows={kind === 'recall' ? 2 : 5} maxLength={5000} data-testid="drill-card-answer" />
        )}
      </Form.Item>
      {kind === 'cloze' && (
        <div style={{ marginTop: -12, marginBottom: 16 }}>
          <ClozePreview text={answer} />
        </div>
      )}
      <Form.Item name="knowledgePoint" label={t('drills.decks.editor.knowledgePoint')}>
        <Input maxLength={100} data-testid="drill-card-knowledge-point" />
      </Form.Item>
      {editing && (
        <Form.Item name="note" label={t('drills.decks.editor.note')}>
          <Input maxLength={500} data-testid="drill-card-note" />
        </Form.Item>
      )}
      <Space>
        <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="drill-card-save">
          {t('drills.decks.editor.save')}
        </Button>
        <Button onClick={props.onClose}>{t('drills.decks.editor.cancel')}</Button>
      </Space>
    </Form>
  );
}
