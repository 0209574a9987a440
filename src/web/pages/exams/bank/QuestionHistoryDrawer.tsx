import { CheckOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Drawer, Empty, Space, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { useSession } from '../../../session';
import { examsApi, type Question, type QuestionVersion } from '../examsApi';
import { fmtTime } from '../format';

type Content = QuestionVersion['question'];
const CHANGED = { background: '#fffbe6', boxShadow: 'inset 3px 0 0 #faad14', padding: '0 4px' };

/** The fields shown for a version, each with a comparable form (to mark what changed). */
function fields(c: Content) {
  return {
    stem: c.stem,
    options: JSON.stringify(c.options.map((o) => [o.text, o.correct])),
    answer: String(c.answer),
    blanks: JSON.stringify(c.blanks),
    rubric: c.rubric ?? '',
    referenceAnswer: c.referenceAnswer ?? '',
    explanation: c.explanation ?? '',
    points: String(c.points),
    difficulty: c.difficulty,
    type: c.type,
    tags: c.tags.join(','),
  };
}
type Field = keyof ReturnType<typeof fields>;

/** 历史版本: every saved version of one question, newest first; what changed from the version before is highlighted. */
export function QuestionHistoryDrawer({ question, onClose }: { question: Question | null; onClose: () => void }) {
  const t = useT();
  const { me } = useSession();
  const versions = useApiQuery(
    keys.exams('questionVersions', question?.id, question?.version),
    () => examsApi.questionVersions(question!.id),
    {
      enabled: !!question,
    },
  );
  const rows: QuestionVersion[] | null = versions.error ? [] : versions.data;

  return (
    <Drawer
      open={!!question}
      onClose={onClose}
      size={640}
      title={t('exams.history.title')}
      data-testid="question-history"
      destroyOnHidden
    >
      {!rows ? (
        <Spin />
      ) : rows.length === 0 ? (
        <Empty />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          {rows.length > 1 && <Alert type="info" showIcon title={t('exams.history.hint')} />}
          {rows.map((v, i) => {
            const older = rows[i + 1];
            const now = fields(v.question);
            const before = older ? fields(older.question) : null;
            const changed = (f: Field) => !!before && before[f] !== now[f];
            const mark = (f: Field, node: ReactNode) => <div style={changed(f) ? CHANGED : undefined}>{node}</div>;
            const c = v.question;
            const who = v.createdBy && me && v.createdBy === me.id ? me.name : null;
            const items: { key: Field; label: string; node: ReactNode; show: boolean }[] = [
              {
                key: 'type',
                label: t('exams.fields.type'),
                node: t(`exams.types.${c.type}`),
                show: !!before && changed('type'),
              },
              {
                key: 'stem',
                label: t('exams.fields.stem'),
                node: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{c.stem}</Typography.Text>,
                show: true,
              },
              {
                key: 'options',
                label: t('exams.fields.options'),
                show: c.options.length > 0 || changed('options'),
                node: (
                  <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                    {c.options.map((o) => (
                      <li key={o.id}>
                        {o.text}
                        {o.correct && (
                          <Tag color="green" icon={<CheckOutlined />} style={{ marginInlineStart: 8 }}>
                            {t('exams.fields.correct')}
                          </Tag>
                        )}
                      </li>
                    ))}
                  </ol>
                ),
              },
              {
                key: 'answer',
                label: t('exams.fields.answer'),
                show: c.answer !== null,
                node: c.answer === null ? '—' : c.answer ? t('exams.take.true') : t('exams.take.false'),
              },
              {
                key: 'blanks',
                label: t('exams.fields.blanks'),
                show: c.blanks.length > 0 || changed('blanks'),
                node: c.blanks.map((b, n) => (
                  <div key={n}>
                    {t('exams.take.blank', { n: n + 1 })}: {b.accepted.join(' | ')}
                  </div>
                )),
              },
              {
                key: 'rubric',
                label: t('exams.fields.rubric'),
                show: !!c.rubric || changed('rubric'),
                node: <span style={{ whiteSpace: 'pre-wrap' }}>{c.rubric ?? '—'}</span>,
              },
              {
                key: 'referenceAnswer',
                label: t('exams.fields.referenceAnswer'),
                show: !!c.referenceAnswer || changed('referenceAnswer'),
                node: <span style={{ whiteSpace: 'pre-wrap' }}>{c.referenceAnswer ?? '—'}</span>,
              },
              {
                key: 'explanation',
                label: t('exams.fields.explanation'),
                show: !!c.explanation || changed('explanation'),
                node: <span style={{ whiteSpace: 'pre-wrap' }}>{c.explanation ?? '—'}</span>,
              },
              { key: 'points', label: t('exams.fields.points'), show: true, node: c.points },
              {
                key: 'difficulty',
                label: t('exams.fields.difficulty'),
                show: true,
                node: t(`exams.difficulty.${c.difficulty}`),
              },
              {
                key: 'tags',
                label: t('exams.fields.tags'),
                show: c.tags.length > 0 || changed('tags'),
                node: c.tags.length ? c.tags.map((x) => <Tag key={x}>{x}</Tag>) : '—',
              },
            ];
            return (
              <Card
                key={v.versionId}
                size="small"
                data-testid={`question-version-${v.version}`}
                title={
                  <Space wrap>
                    <Typography.Text strong>{t('exams.history.version', { n: v.version })}</Typography.Text>
                    {i === 0 && <Tag color="blue">{t('exams.history.current')}</Tag>}
                    <Typography.Text type="secondary">{fmtTime(v.createdAt)}</Typography.Text>
                    {who && <Typography.Text type="secondary">{t('exams.history.by', { name: who })}</Typography.Text>}
                  </Space>
                }
                extra={
                  before ? (
                    items.some((x) => changed(x.key)) ? null : (
                      <Tag>{t('exams.history.noChange')}</Tag>
                    )
                  ) : (
                    <Tag>{t('exams.history.first')}</Tag>
                  )
                }
              >
                {v.reason && (
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                    {t('exams.fields.reason')}: {v.reason}
                  </Typography.Paragraph>
                )}
                <Descriptions
                  size="small"
                  column={1}
                  bordered
                  items={items
                    .filter((x) => x.show)
                    .map((x) => ({
                      key: x.key,
                      label: changed(x.key) ? (
                        <Space size={4}>
                          {x.label}
                          <Tag color="gold" style={{ marginInlineEnd: 0 }}>
                            {t('exams.history.changed')}
                          </Tag>
                        </Space>
                      ) : (
                        x.label
                      ),
                      children: mark(x.key, x.node),
                    }))}
                />
              </Card>
            );
          })}
        </Space>
      )}
    </Drawer>
  );
}
