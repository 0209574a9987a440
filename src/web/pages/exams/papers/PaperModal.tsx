import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, InputNumber, Radio, Select, Space, Table, Tag } from 'antd';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { useDebounced } from '../../../query/useDebounced';
import { examsApi, type Rule } from '../examsApi';
import { difficultyOptions, typeOptions } from '../labels';

interface Values {
  title: string;
  mode: 'fixed' | 'random';
  rules?: Partial<Rule>[];
  items?: string[];
  itemPoints?: number;
}

const clean = (rules: Partial<Rule>[] = []): Rule[] =>
  rules
    .filter((r) => r && r.count)
    .map((r) => ({
      count: r.count!,
      ...(r.type ? { type: r.type } : {}),
      ...(r.difficulty ? { difficulty: r.difficulty } : {}),
      ...(r.tag ? { tag: r.tag } : {}),
      ...(r.category ? { category: r.category } : {}),
      ...(r.points ? { points: r.points } : {}),
    }));

/** A new paper: random by rules (with a live "enough questions?" check) or fixed questions. */
export function PaperModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form);
  const rules = Form.useWatch('rules', form);
  // The live check asks once the rules stop changing; it is a hint, so a failure says nothing.
  const checked = useDebounced(mode === 'random' ? clean(rules) : [], 300);
  const check = useApiQuery(keys.exams('ruleCheck', checked), () => examsApi.checkRules(checked), {
    enabled: checked.length > 0,
    quiet: true,
    keepPrevious: true,
  });
  const checks = checked.length > 0 && !check.error ? (check.data ?? []) : [];
  const bank =
    useApiQuery(keys.exams('questions', 'forPaper'), () => examsApi.questions({ pageSize: 200 }), {
      enabled: mode === 'fixed',
      quiet: true,
    }).data?.data ?? [];
  const create = useApiMutation(examsApi.createPaper, { invalidates: [keys.exams('papers')], quiet: true });

  const submit = async (v: Values) => {
    await create.mutateAsync(
      v.mode === 'random'
        ? { title: v.title, mode: 'random', rules: clean(v.rules) }
        : {
            title: v.title,
            mode: 'fixed',
            items: (v.items ?? []).map((questionId) => ({
              questionId,
              ...(v.itemPoints ? { points: v.itemPoints } : {}),
            })),
          },
    );
    showSuccess(t('exams.papers.saved'));
    onSaved();
  };

  return (
    <FormModal<Values>
      open
      title={t('exams.papers.new')}
      onClose={onClose}
      onSubmit={submit}
      form={form}
      width={900}
      testId="paper-form"
      initialValues={{ mode: 'random', rules: [{ count: 5 }] }}
    >
      <Form.Item name="title" label={t('exams.fields.title')} rules={[required]}>
        <Input data-testid="paper-title" />
      </Form.Item>
      <Form.Item name="mode" label={t('exams.papers.mode')}>
        <Radio.Group
          options={[
            { value: 'random', label: t('exams.papers.random') },
            { value: 'fixed', label: t('exams.papers.fixed') },
          ]}
        />
      </Form.Item>
      {mode === 'random' && (
        <Form.List name="rules">
          {(fields, { add, remove }) => (
            <Form.Item label={t('exams.papers.rules')}>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline" wrap data-testid="paper-rule">
                  <Form.Item name={[f.name, 'count']} rules={[required]}>
                    <InputNumber min={1} placeholder={t('exams.papers.count')} data-testid={`rule-count-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'type']}>
                    <Select
                      allowClear
                      style={{ width: 120 }}
                      placeholder={t('exams.fields.type')}
                      options={typeOptions(t)}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'difficulty']}>
                    <Select
                      allowClear
                      style={{ width: 100 }}
                      placeholder={t('exams.fields.difficulty')}
                      options={difficultyOptions(t)}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'tag']}>
                    <Input style={{ width: 140 }} placeholder={t('exams.fields.tag')} data-testid={`rule-tag-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'category']}>
                    <Input
                      style={{ width: 180 }}
                      placeholder={t('exams.bank.category')}
                      data-testid={`rule-category-${i}`}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'points']}>
                    <InputNumber min={0.5} placeholder={t('exams.papers.pointsEach')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ count: 1 })}>
                {t('exams.papers.addRule')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      )}
      {mode === 'random' && checks.length > 0 && (
        <Table
          size="small"
          rowKey="rule"
          pagination={false}
          dataSource={checks}
          data-testid="paper-check"
          onRow={(c) => ({ 'data-testid': 'paper-check-row', 'data-ok': String(c.ok) }) as object}
          columns={[
            { title: '#', dataIndex: 'rule', width: 40, render: (v: number) => v + 1 },
            { title: t('exams.papers.rule'), dataIndex: 'description' },
            { title: t('exams.papers.needed'), dataIndex: 'needed', width: 70 },
            { title: t('exams.papers.available'), dataIndex: 'available', width: 70 },
            {
              title: '',
              dataIndex: 'ok',
              width: 90,
              render: (ok: boolean) => (
                <Tag color={ok ? 'green' : 'red'}>{ok ? t('exams.papers.enough') : t('exams.papers.short')}</Tag>
              ),
            },
          ]}
        />
      )}
      {mode === 'random' && checks.some((c) => !c.ok) && (
        <Alert type="warning" showIcon style={{ marginTop: 8 }} message={t('exams.papers.shortHint')} />
      )}
      {mode === 'fixed' && (
        <>
          <Form.Item name="items" label={t('exams.papers.questions')} rules={[required]}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={bank.map((q) => ({ value: q.id, label: q.stem.slice(0, 60) }))}
            />
          </Form.Item>
          <Form.Item name="itemPoints" label={t('exams.papers.pointsEach')}>
            <InputNumber min={0.5} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
