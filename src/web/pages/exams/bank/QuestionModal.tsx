import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { examsApi, type Question, type QuestionIn } from '../examsApi';
import { difficultyOptions, typeOptions } from '../labels';

interface Values {
  type: QuestionIn['type'];
  stem: string;
  options?: { text: string; correct?: boolean }[];
  answer?: boolean;
  blanks?: string;
  rubric?: string;
  referenceAnswer?: string;
  explanation?: string;
  points: number;
  difficulty: 'easy' | 'medium' | 'hard';
  tags: string[];
  reason?: string;
  pairs?: string;
  numeric?: string;
  units?: string;
  unitPenalty?: number;
  category?: string;
  wildcards?: boolean;
}

const lines = (s = '') =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const NUMERIC = /^(\*|[-+]?\d*\.?\d+(?:e[-+]?\d+)?)\s*(?:±\s*(\d*\.?\d+(?:e[-+]?\d+)?))?\s*(?:(\d+(?:\.\d+)?)\s*%)?$/i;

/** The key of matching and numerical questions as the lines the form edits. */
function keyText(q: Question): Partial<Values> {
  return {
    pairs: q.pairs.map((p) => `${p.prompt} -> ${p.answer}`).join('\n'),
    numeric: q.numeric
      .map(
        (n) => `${n.value ?? '*'}${n.tolerance ? ` ± ${n.tolerance}` : ''} ${Math.round(n.fraction * 100000) / 1000}%`,
      )
      .join('\n'),
    units: q.units.map((u) => `${u.unit} ${u.multiplier}`).join('\n'),
    unitPenalty: q.unitPenalty,
    category: q.category ?? undefined,
    wildcards: q.wildcards,
  };
}

/** The rest of the body: what the form edits, and what it does not show but must keep (imported
 *  feedback, partial-credit answers, files, the case flag). */
function keyFrom(v: Values, q: Question | null): Partial<QuestionIn> {
  const keep = q
    ? { caseSensitive: q.caseSensitive, ignoreSpaces: q.ignoreSpaces, unitGrading: q.unitGrading, files: q.files }
    : {};
  const feedback = (text: string) => q?.options.find((o) => o.text === text)?.feedback ?? undefined;
  return {
    ...keep,
    category: v.category || undefined,
    wildcards: !!v.wildcards,
    ...(v.type === 'single' || v.type === 'multiple'
      ? { options: (v.options ?? []).map((o) => ({ text: o.text, correct: !!o.correct, feedback: feedback(o.text) })) }
      : {}),
    ...(v.type === 'fill_blank'
      ? {
          blanks: lines(v.blanks).map((l, i) => ({
            accepted: l
              .split('|')
              .map((s) => s.trim())
              .filter(Boolean),
            answers: (q?.blanks[i]?.answers ?? [])
              .filter((a) => a.fraction < 1)
              .map((a) => ({ text: a.text, fraction: a.fraction, feedback: a.feedback ?? undefined })),
          })),
        }
      : {}),
    ...(v.type === 'matching'
      ? {
          pairs: lines(v.pairs).map((l) => {
            const [p, ...a] = l.split('->');
            return { prompt: p.trim(), answer: a.join('->').trim() };
          }),
        }
      : {}),
    ...(v.type === 'numerical'
      ? {
          numeric: lines(v.numeric)
            .map((l) => NUMERIC.exec(l.replace(/\s+/g, ' ')))
            .filter((m): m is RegExpExecArray => !!m)
            .map((m) => ({
              value: m[1] === '*' ? null : Number(m[1]),
              tolerance: Number(m[2] ?? 0),
              fraction: Number(m[3] ?? 100) / 100,
              feedback: q?.numeric.find((n) => String(n.value ?? '*') === m[1])?.feedback ?? undefined,
            })),
          units: lines(v.units).map((l) => {
            const [unit, mult] = l.split(/\s+/);
            return { unit, multiplier: Number(mult ?? 1) || 1 };
          }),
          unitPenalty: v.unitPenalty ?? 0,
        }
      : {}),
  };
}

/** Create or edit one question; blanks are one line a blank, variants split by "|". */
export function QuestionModal({
  question,
  onClose,
  onSaved,
}: {
  question: Question | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch('type', form);
  const initial: Partial<Values> = question
    ? {
        type: question.type,
        stem: question.stem,
        options: question.options.map((o) => ({ text: o.text, correct: o.correct })),
        answer: question.answer ?? undefined,
        blanks: question.blanks.map((b) => b.accepted.join('|')).join('\n'),
        rubric: question.rubric ?? undefined,
        referenceAnswer: question.referenceAnswer ?? undefined,
        explanation: question.explanation ?? undefined,
        points: question.points,
        difficulty: question.difficulty,
        tags: question.tags,
        ...keyText(question),
      }
    : {
        type: 'single',
        points: 1,
        difficulty: 'medium',
        tags: [],
        options: [
          { text: '', correct: true },
          { text: '', correct: false },
        ],
      };

  const submit = async (v: Values) => {
    const choice = v.type === 'single' || v.type === 'multiple';
    const body: QuestionIn = {
      type: v.type,
      stem: v.stem,
      points: v.points,
      difficulty: v.difficulty,
      tags: v.tags ?? [],
      explanation: v.explanation || undefined,
      options: choice ? (v.options ?? []).map((o) => ({ text: o.text, correct: !!o.correct })) : undefined,
      answer: v.type === 'true_false' ? !!v.answer : undefined,
      blanks:
        v.type === 'fill_blank'
          ? (v.blanks ?? '')
              .split('\n')
              .filter((l) => l.trim())
              .map((l) => ({
                accepted: l
                  .split('|')
                  .map((s) => s.trim())
                  .filter(Boolean),
              }))
          : undefined,
      rubric: v.rubric || undefined,
      referenceAnswer: v.referenceAnswer || undefined,
      ...keyFrom(v, question),
    };
    if (question)
      await examsApi.updateQuestion(question.id, {
        ...body,
        version: question.version,
        ...(v.reason ? { reason: v.reason } : {}),
      } as QuestionIn & { version: number });
    else await examsApi.createQuestion(body);
    showSuccess(t('exams.bank.saved'));
    onSaved();
  };

  return (
    <FormModal<Values>
      open
      title={question ? t('exams.bank.edit') : t('exams.bank.new')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={initial}
      form={form}
      width={720}
      testId="question-form"
    >
      <Space wrap>
        <Form.Item name="type" label={t('exams.fields.type')} rules={[required]}>
          <Select style={{ width: 140 }} options={typeOptions(t)} />
        </Form.Item>
        <Form.Item name="difficulty" label={t('exams.fields.difficulty')}>
          <Select style={{ width: 120 }} options={difficultyOptions(t)} />
        </Form.Item>
        <Form.Item name="points" label={t('exams.fields.points')} rules={[required]}>
          <InputNumber min={0.5} max={100} />
        </Form.Item>
      </Space>
      <Form.Item name="stem" label={t('exams.fields.stem')} rules={[required]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      {(type === 'single' || type === 'multiple') && (
        <Form.List name="options">
          {(fields, { add, remove }) => (
            <Form.Item label={t('exams.fields.options')}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'correct']} valuePropName="checked">
                    <Checkbox>{t('exams.fields.correct')}</Checkbox>
                  </Form.Item>
                  <Form.Item name={[f.name, 'text']} rules={[required]}>
                    <Input style={{ width: 420 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ text: '', correct: false })}>
                {t('exams.bank.addOption')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      )}
      {type === 'true_false' && (
        <Form.Item name="answer" label={t('exams.fields.answer')} rules={[required]}>
          <Radio.Group
            options={[
              { value: true, label: t('exams.take.true') },
              { value: false, label: t('exams.take.false') },
            ]}
          />
        </Form.Item>
      )}
      {type === 'fill_blank' && (
        <Form.Item name="blanks" label={t('exams.fields.blanks')} extra={t('exams.bank.blanksHint')} rules={[required]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
      {type === 'fill_blank' && (
        <Form.Item name="wildcards" valuePropName="checked">
          <Checkbox>{t('exams.fields.wildcards')}</Checkbox>
        </Form.Item>
      )}
      {type === 'matching' && (
        <Form.Item name="pairs" label={t('exams.fields.pairs')} extra={t('exams.bank.pairsHint')} rules={[required]}>
          <Input.TextArea rows={4} data-testid="question-pairs" />
        </Form.Item>
      )}
      {type === 'numerical' && (
        <>
          <Form.Item
            name="numeric"
            label={t('exams.fields.numeric')}
            extra={t('exams.bank.numericHint')}
            rules={[required]}
          >
            <Input.TextArea rows={3} data-testid="question-numeric" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="units" label={t('exams.fields.units')} extra={t('exams.bank.unitsHint')}>
              <Input.TextArea rows={2} style={{ width: 300 }} />
            </Form.Item>
            <Form.Item name="unitPenalty" label={t('exams.fields.unitPenalty')}>
              <InputNumber min={0} max={1} step={0.1} />
            </Form.Item>
          </Space>
        </>
      )}
      {(type === 'short_answer' || type === 'essay') && (
        <>
          <Form.Item name="rubric" label={t('exams.fields.rubric')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="referenceAnswer" label={t('exams.fields.referenceAnswer')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
      <Form.Item name="explanation" label={t('exams.fields.explanation')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="tags" label={t('exams.fields.tags')}>
        <Select mode="tags" />
      </Form.Item>
      <Form.Item name="category" label={t('exams.fields.category')}>
        <Input placeholder="$course$/业务/信用卡" />
      </Form.Item>
      {question && (
        <Form.Item name="reason" label={t('exams.fields.reason')}>
          <Input />
        </Form.Item>
      )}
    </FormModal>
  );
}
