import { Alert, Space, Statistic, Tag } from 'antd';
import { useT } from '../../../i18n';
import type { ScoreResult } from './formsApi';

/** The running score of a form being answered: score against the pass score, critical failures. */
export function ScoreSummary({ result, passScore }: { result: ScoreResult; passScore: number }) {
  const t = useT();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="score-summary">
      <Space size="large" align="end">
        <Statistic
          title={t('quality.forms.score.score')}
          value={result.score ?? '—'}
          precision={result.score === null ? undefined : 2}
          styles={{ content: { color: result.passed ? '#3f8600' : '#cf1322' } }}
          data-testid="score-value"
        />
        <Statistic title={t('quality.forms.score.passScore')} value={passScore} />
        {result.missing.length > 0 && result.criticalFailure === 'none' ? (
          <Tag data-testid="score-passed">{t('quality.forms.score.inProgress')}</Tag>
        ) : (
          <Tag color={result.passed ? 'green' : 'red'} data-testid="score-passed">
            {t(result.passed ? 'quality.forms.score.passed' : 'quality.forms.score.failed')}
          </Tag>
        )}
      </Space>
      {result.criticalFailure !== 'none' && (
        <Alert
          type="error"
          showIcon
          title={t(`quality.forms.score.criticalFailure.${result.criticalFailure}`)}
          data-testid="score-critical"
        />
      )}
      {result.missing.length > 0 && (
        <Alert type="info" showIcon title={t('quality.forms.score.missing', { n: result.missing.length })} />
      )}
      {result.problems.map((p) => (
        <Alert key={p.key} type="warning" showIcon title={p.message} />
      ))}
    </Space>
  );
}
