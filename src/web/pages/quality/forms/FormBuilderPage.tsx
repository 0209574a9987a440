import {
  Button,
  type ButtonProps,
  Card,
  Col,
  Drawer,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FORM_KINDS, type FormKindName } from '../../../../common/quality';
import { scoreEvaluation } from '../../../../common/quality-scoring';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { showSuccess } from '../../../feedback';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation, useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { formsApi, type Answers, type Content, type FormDetail } from './formsApi';
import { ScorecardAnswers } from './ScorecardAnswers';
import { ScoreSummary } from './ScoreSummary';
import { newSection, SectionsEditor } from './SectionsEditor';

interface Head {
  name: string;
  kind: FormKindName;
  description: string;
  passScore: number;
}
const EMPTY: Content = { sections: [] };

/** 评分表设计: sections and items, a live preview scored by the same function as the server,
 *  save the draft, publish it (frozen from then on), version history. */
export default function FormBuilderPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { id } = useParams();
  const isNew = !id || id === 'new';
  const readOnly = !can('quality.forms');
  const { data: detail } = useApiQuery(keys.quality('form', id), () => formsApi.form(id!), { enabled: !isNew });
  const [head, setHead] = useState<Head>({ name: '', kind: 'inbound', description: '', passScore: 80 });
  const [content, setContent] = useState<Content>(() => ({ sections: [newSection(EMPTY)] }));
  const [answers, setAnswers] = useState<Answers>({});
  const [history, setHistory] = useState(false);
  // The editor starts from what the server holds, and again each time that changes (after a save
  // or a publish); a refetch that brings nothing new keeps the edits on screen.
  const [seeded, setSeeded] = useState<FormDetail | null>(null);
  if (detail && detail !== seeded) {
    setSeeded(detail);
    // Edit the draft if there is one, else start from the published version (saving makes a new draft).
    const base =
      detail.versions.find((v) => v.status === 'draft') ??
      detail.versions.find((v) => v.status === 'published') ??
      detail.versions[0];
    setHead({ name: detail.name, kind: detail.kind, description: detail.description ?? '', passScore: base.passScore });
    setContent(base.content);
  }

  const result = useMemo(() => scoreEvaluation(content, answers, head.passScore), [content, answers, head.passScore]);

  const invalidate = useInvalidate();
  const changed = [keys.quality('forms'), keys.quality('form', id)];
  const create = useApiMutation(formsApi.create, {
    invalidates: [keys.quality('forms')],
    onSuccess: (made) => {
      showSuccess(t('quality.forms.builder.saved'));
      navigate(`/quality/forms/${made.id}`, { replace: true });
    },
  });
  /** Saves what is on screen as the draft, saying nothing: the caller tells what was done. */
  const saveDraft = () =>
    formsApi.saveDraft(id!, {
      name: head.name,
      description: head.description || null,
      passScore: head.passScore,
      content,
      version: detail!.version,
    });
  const draft = useApiMutation(saveDraft, {
    invalidates: changed,
    onSuccess: () => showSuccess(t('quality.forms.builder.saved')),
  });
  // Publishing saves the edits into the draft first and then freezes it: one step for the user,
  // so one message — that it was published (or the error of the step that failed).
  const publishing = useApiMutation(
    async () => {
      const { version } = await saveDraft();
      return formsApi.publish(id!, version);
    },
    { invalidates: changed, onSuccess: (r) => showSuccess(t('quality.forms.builder.published', { n: r.number })) },
  );
  const busy = create.isPending || draft.isPending || publishing.isPending;

  const save = () => {
    if (isNew) create.mutate({ ...head, description: head.description || null, content });
    else draft.mutate(undefined);
  };

  const publish = () =>
    Modal.confirm({
      title: t('quality.forms.builder.publishConfirm'),
      content: t('quality.forms.builder.publishConfirmBody'),
      okText: t('quality.forms.builder.publish'),
      okButtonProps: { 'data-testid': 'publish-confirm' } as ButtonProps,
      // A failed publish may still have saved the draft: show whichever step got through.
      onOk: () => publishing.mutateAsync(undefined).catch(() => invalidate(...changed)),
    });

  const current = detail && { published: detail.publishedVersion, draft: detail.draftVersion };
  return (
    <>
      <PageHeader
        title={
          isNew ? t('quality.forms.builder.titleNew') : t('quality.forms.builder.title', { name: detail?.name ?? '' })
        }
        extra={
          <Space>
            {current && (
              <Tag color="green" data-testid="form-published">
                {current.published
                  ? t('quality.forms.builder.publishedV', { n: current.published })
                  : t('quality.forms.builder.unpublished')}
              </Tag>
            )}
            {current?.draft && (
              <Tag color="gold" data-testid="form-draft">
                {t('quality.forms.builder.draftV', { n: current.draft })}
              </Tag>
            )}
            {!isNew && (
              <Button onClick={() => setHistory(true)} data-testid="form-history">
                {t('quality.forms.builder.versions')}
              </Button>
            )}
            {!readOnly && (
              <Button onClick={save} loading={busy} data-testid="form-save">
                {t('quality.forms.builder.saveDraft')}
              </Button>
            )}
            {!readOnly && !isNew && (
              <Button type="primary" onClick={publish} loading={busy} data-testid="form-publish">
                {t('quality.forms.builder.publish')}
              </Button>
            )}
          </Space>
        }
      />
      {detail && !detail.draftVersion && detail.publishedVersion && !readOnly && (
        <Typography.Paragraph type="secondary">{t('quality.forms.builder.editMakesDraft')}</Typography.Paragraph>
      )}
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Space wrap>
              <Input
                value={head.name}
                placeholder={t('quality.forms.builder.name')}
                style={{ width: 240 }}
                disabled={readOnly}
                onChange={(e) => setHead({ ...head, name: e.target.value })}
                data-testid="form-name"
                maxLength={100}
              />
              <Select
                value={head.kind}
                style={{ width: 120 }}
                disabled={readOnly || !isNew}
                onChange={(kind) => setHead({ ...head, kind })}
                data-testid="form-kind"
                options={FORM_KINDS.map((k) => ({ value: k, label: t(`quality.forms.kinds.${k}`) }))}
              />
              <Space.Compact>
                <Button disabled>{t('quality.forms.builder.passScore')}</Button>
                <InputNumber
                  min={0}
                  max={100}
                  value={head.passScore}
                  disabled={readOnly}
                  onChange={(v) => setHead({ ...head, passScore: v ?? 0 })}
                  data-testid="form-pass"
                />
              </Space.Compact>
            </Space>
            <Input.TextArea
              autoSize
              value={head.description}
              placeholder={t('quality.forms.builder.description')}
              disabled={readOnly}
              style={{ marginTop: 8 }}
              onChange={(e) => setHead({ ...head, description: e.target.value })}
              maxLength={2000}
            />
          </Card>
          <SectionsEditor content={content} onChange={setContent} readOnly={readOnly} />
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={t('quality.forms.builder.preview')}
            extra={
              <Button size="small" onClick={() => setAnswers({})}>
                {t('quality.forms.builder.resetPreview')}
              </Button>
            }
            style={{ position: 'sticky', top: 12 }}
            data-testid="form-preview"
          >
            <Typography.Paragraph type="secondary">{t('quality.forms.builder.previewHint')}</Typography.Paragraph>
            <ScoreSummary result={result} passScore={head.passScore} />
            <div style={{ marginTop: 12 }}>
              <ScorecardAnswers
                content={content}
                answers={answers}
                onChange={setAnswers}
                result={result}
                comments={false}
              />
            </div>
          </Card>
        </Col>
      </Row>
      <Drawer open={history} onClose={() => setHistory(false)} size={560} title={t('quality.forms.builder.versions')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={detail?.versions ?? []}
          data-testid="form-versions"
          columns={[
            {
              title: t('quality.forms.builder.version'),
              dataIndex: 'number',
              width: 70,
              render: (n: number) => `v${n}`,
            },
            {
              title: t('quality.forms.list.status'),
              dataIndex: 'status',
              width: 90,
              render: (s: string) => (
                <Tag color={s === 'published' ? 'green' : s === 'draft' ? 'gold' : undefined}>
                  {t(`quality.forms.status.${s as 'draft'}`)}
                </Tag>
              ),
            },
            { title: t('quality.forms.builder.passScore'), dataIndex: 'passScore', width: 80 },
            {
              title: t('quality.forms.list.items'),
              key: 'n',
              width: 70,
              render: (_: unknown, v: FormDetail['versions'][number]) =>
                v.content.sections.reduce((s, x) => s + x.items.length, 0),
            },
            {
              title: t('quality.forms.builder.publishedAt'),
              dataIndex: 'publishedAt',
              render: (v: string | null) => localTime(v),
            },
          ]}
        />
      </Drawer>
    </>
  );
}
