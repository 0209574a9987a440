import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, Row, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { showError, showFormError } from '../../../feedback';
import { useT } from '../../../i18n';
import {
  interactionsApi,
  type Channel,
  type ColumnMapping,
  type Delimiter,
  type Direction,
  type ImportField,
} from '../interactionsApi';
import { normalizeHeader, readSample, type CsvSample } from './csvSample';
import { FieldTable, type Chosen } from './FieldTable';
import { SampleCard } from './SampleCard';

interface Values {
  name: string;
  description?: string;
  direction?: Direction;
  channel?: Channel;
  businessType?: string;
}
const DIRECTIONS: Direction[] = ['in', 'out'];
const CHANNELS: Channel[] = ['voice', 'chat', 'email', 'ticket'];

/** Guesses each field's column from the header by the names the server accepts (zh, en, key, aliases). */
function guess(fields: ImportField[], header: string[]): Chosen {
  const normalized = header.map(normalizeHeader);
  const chosen: Chosen = {};
  const used = new Set<number>();
  for (const f of fields) {
    const names = [f.zh, f.en, f.key, ...f.aliases].map(normalizeHeader);
    const i = normalized.findIndex((h, j) => !used.has(j) && names.includes(h));
    if (i >= 0) {
      chosen[f.key] = i;
      used.add(i);
    }
  }
  return chosen;
}

/** The new-mapping flow: sample file → columns per field → defaults and name → save. */
export function MappingEditor({
  fields,
  onSaved,
  onCancel,
}: {
  fields: ImportField[];
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [sample, setSample] = useState<CsvSample | null>(null);
  const [hasHeader, setHasHeader] = useState(true);
  const [chosen, setChosen] = useState<Chosen>({});
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [saving, setSaving] = useState(false);

  const load = async (f: File, delimiter?: Delimiter) => {
    try {
      const s = await readSample(f, delimiter);
      setFile(f);
      setSample(s);
      setChosen(hasHeader && s.rows[0] ? guess(fields, s.rows[0]) : {});
      setMissing(new Set());
    } catch (err) {
      showError(err);
    }
  };

  const width = useMemo(() => (sample ? Math.max(0, ...sample.rows.map((r) => r.length)) : 0), [sample]);
  const header = sample && hasHeader ? (sample.rows[0] ?? null) : null;
  const sampleRow = sample?.rows[hasHeader ? 1 : 0];
  const required = fields.filter((f) => f.required);

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    const lacking = new Set(required.filter((f) => chosen[f.key] === undefined).map((f) => f.key));
    setMissing(lacking);
    if (!values || !sample || lacking.size) return;
    // A header text that repeats cannot be told apart by name: such a column is kept by number.
    const names = header?.map(normalizeHeader) ?? [];
    const byName = (col: number) =>
      !!header?.[col]?.trim() && names.indexOf(names[col]) === names.lastIndexOf(names[col]);
    const columns: ColumnMapping['columns'] = {};
    for (const [key, col] of Object.entries(chosen)) {
      if (col !== undefined) columns[key] = header && byName(col) ? header[col].trim() : col + 1;
    }
    const defaults = {
      direction: values.direction,
      channel: values.channel,
      businessType: values.businessType?.trim() || undefined,
    };
    setSaving(true);
    try {
      await interactionsApi.saveMapping({
        name: values.name.trim(),
        description: values.description?.trim() || null,
        mapping: { hasHeader, delimiter: sample.delimiter, columns, defaults },
      });
      onSaved(values.name.trim());
    } catch (err) {
      showFormError(form, err);
    } finally {
      setSaving(false);
    }
  };

  const missingNames = required
    .filter((f) => missing.has(f.key))
    .map((f) => t('interactions.mappings.fieldName', { zh: f.zh, en: f.en }))
    .join('、');

  return (
    <>
      <SampleCard
        sample={sample}
        hasHeader={hasHeader}
        onFile={(f) => void load(f)}
        onDelimiter={(d) => file && void load(file, d)}
        onHasHeader={(v) => {
          setHasHeader(v);
          if (v && sample?.rows[0]) setChosen(guess(fields, sample.rows[0]));
        }}
      />
      <FieldTable
        fields={fields}
        header={header}
        width={width}
        sampleRow={sampleRow}
        chosen={chosen}
        missing={missing}
        onChoose={(key, col) => {
          setChosen((c) => ({ ...c, [key]: col }));
          setMissing((m) => {
            const n = new Set(m);
            n.delete(key);
            return n;
          });
        }}
      />
      <Card title={t('interactions.mappings.stepSave')} style={{ marginBottom: 16 }}>
        <Form<Values> form={form} layout="vertical" data-testid="mapping-form">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="name"
                label={t('interactions.mappings.name')}
                extra={t('interactions.mappings.nameHint')}
                rules={[
                  { required: true, whitespace: true, message: t('interactions.mappings.nameRequired') },
                  { pattern: /^[^:/\\]+$/, message: t('interactions.mappings.nameChars') },
                  { max: 64 },
                ]}
              >
                <Input maxLength={64} data-testid="mapping-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="description" label={t('interactions.mappings.description')}>
                <Input maxLength={500} data-testid="mapping-description" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="direction"
                label={t('interactions.mappings.defaultDirection')}
                extra={t('interactions.mappings.defaultHint')}
              >
                <Select
                  allowClear
                  options={DIRECTIONS.map((d) => ({ value: d, label: t(`interactions.kpi.directions.${d}`) }))}
                  data-testid="mapping-default-direction"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="channel" label={t('interactions.mappings.defaultChannel')}>
                <Select
                  allowClear
                  options={CHANNELS.map((c) => ({ value: c, label: t(`interactions.kpi.channels.${c}`) }))}
                  data-testid="mapping-default-channel"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="businessType" label={t('interactions.mappings.defaultBusinessType')}>
                <Input maxLength={100} data-testid="mapping-default-business-type" />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {!sample && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('interactions.mappings.needFile')} />
        )}
        {missing.size > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('interactions.mappings.missing', { fields: missingNames })}
            data-testid="mapping-missing"
          />
        )}
        <Space>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={saving}
            disabled={!sample}
            onClick={() => void save()}
            data-testid="mapping-save"
          >
            {t('interactions.mappings.save')}
          </Button>
          <Button onClick={onCancel}>{t('interactions.mappings.cancel')}</Button>
        </Space>
      </Card>
    </>
  );
}
