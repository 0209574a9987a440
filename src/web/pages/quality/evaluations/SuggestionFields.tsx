import { Alert, Card, Input, Select, Space } from 'antd';
import { SUGGESTION_KINDS } from '../../../../common/quality';
import { useT } from '../../../i18n';
import { AgentSelect } from './AgentSelect';

export interface SuggestionValue {
  kind?: (typeof SUGGESTION_KINDS)[number];
  employeeId?: string | null;
  note?: string;
}

/** The improvement suggestion: required (and shown) when the score is below pass or a critical
 *  item failed; optional otherwise. Sitting beside someone needs the strong agent's name. */
export function SuggestionFields({
  value,
  onChange,
  required,
  agentId,
}: {
  value: SuggestionValue;
  onChange: (v: SuggestionValue) => void;
  required: boolean;
  agentId?: string | null;
}) {
  const t = useT();
  return (
    <Card
      size="small"
      title={t('quality.forms.evaluate.suggestion')}
      data-testid="suggestion"
      extra={
        required ? (
          <span style={{ color: '#cf1322' }}>{t('quality.forms.evaluate.suggestionRequired')}</span>
        ) : (
          t('quality.forms.evaluate.optional')
        )
      }
    >
      {required && !value.kind && (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('quality.forms.evaluate.suggestionWhy')} />
      )}
      <Space wrap>
        <Select
          allowClear
          value={value.kind}
          style={{ width: 180 }}
          placeholder={t('quality.forms.evaluate.suggestionKind')}
          data-testid="suggestion-kind"
          options={SUGGESTION_KINDS.map((k) => ({ value: k, label: t(`quality.forms.suggestions.${k}`) }))}
          onChange={(kind) => onChange({ ...value, kind, employeeId: kind === 'sit_beside' ? value.employeeId : null })}
        />
        {value.kind === 'sit_beside' && (
          <AgentSelect
            value={value.employeeId}
            exclude={agentId}
            onChange={(employeeId) => onChange({ ...value, employeeId })}
            placeholder={t('quality.forms.evaluate.strongAgent')}
            testId="suggestion-agent"
          />
        )}
      </Space>
      <Input.TextArea
        autoSize
        style={{ marginTop: 8 }}
        value={value.note ?? ''}
        placeholder={t('quality.forms.evaluate.suggestionNote')}
        maxLength={2000}
        onChange={(e) => onChange({ ...value, note: e.target.value })}
        data-testid="suggestion-note"
      />
    </Card>
  );
}
