import { Alert, Card, Col, Descriptions, Row, Segmented, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { scoreEvaluation } from '../../../../common/quality-scoring';
import { PageHeader } from '../../../components/PageHeader';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { formsApi } from '../forms/formsApi';
import { ScorecardAnswers } from '../forms/ScorecardAnswers';
import { ScoreCell } from './columns';
import { InteractionFactsCard } from './InteractionFactsCard';
import { evaluationPanels } from './panels';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';

/** One evaluation, as the agent, their supervisors and the evaluator see it: the form version it
 *  was scored on with each answer and comment, the overall comment and suggestion, the final
 *  result beside the original after a dispute, and the panels of other parts (feedback, disputes). */
export default function EvaluationPage() {
  const t = useT();
  const { id } = useParams();
  const [view, setView] = useState<'final' | 'original'>('final');
  const { data: ev, reload: load } = useApiQuery(keys.quality('evaluation', id), () => formsApi.evaluation(id!));
  const changed = !!ev && ev.finalScore !== ev.score;
  const shown = ev && (view === 'final' ? ev.finalAnswers : ev.answers);
  const result = useMemo(() => (ev && shown ? scoreEvaluation(ev.content, shown, ev.passScore) : null), [ev, shown]);
  if (!ev) return <PageHeader title={t('quality.forms.evaluations.detail')} />;
  return (
    <>
      <PageHeader
        title={t('quality.forms.evaluations.detailOf', { name: ev.agentName, day: ev.day })}
        extra={<ScoreCell row={ev} />}
      />
      <Row gutter={16}>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Card size="small" data-testid="evaluation-facts">
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('quality.forms.evaluations.form')}>
                  {ev.formName} v{ev.formVersion} · {t(`quality.forms.kinds.${ev.formKind}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('quality.forms.evaluations.method')}>
                  {t(`quality.forms.methods.${ev.method}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('quality.forms.evaluations.evaluator')}>
                  {ev.evaluatorName}
                </Descriptions.Item>
                <Descriptions.Item label={t('quality.forms.evaluations.scoredAt')}>
                  {localTime(ev.scoredAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('quality.forms.score.passScore')}>{ev.passScore}</Descriptions.Item>
                {!ev.interaction && (
                  <Descriptions.Item label={t('quality.forms.evaluate.businessType')}>
                    {ev.businessType ?? '—'}
                  </Descriptions.Item>
                )}
                {['trainee', 'probation'].includes(ev.agentStatus) && (
                  <Descriptions.Item label={t('quality.forms.evaluations.status')}>
                    <Tag>{t('quality.forms.evaluations.beforeRegular')}</Tag>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            {ev.interaction && <InteractionFactsCard facts={ev.interaction} currentId={ev.id} />}
            {ev.comment && (
              <Card size="small" title={t('quality.forms.evaluate.overallComment')}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="evaluation-comment">
                  {ev.comment}
                </Typography.Paragraph>
              </Card>
            )}
            {ev.suggestion && (
              <Card size="small" title={t('quality.forms.evaluate.suggestion')} data-testid="evaluation-suggestion">
                <Tag color="blue">{t(`quality.forms.suggestions.${ev.suggestion.kind}`)}</Tag>
                {ev.suggestion.employeeName && (
                  <span>{t('quality.forms.evaluations.sitBesideWho', { name: ev.suggestion.employeeName })}</span>
                )}
                {ev.suggestion.note && (
                  <Typography.Paragraph style={{ marginTop: 8 }}>{ev.suggestion.note}</Typography.Paragraph>
                )}
              </Card>
            )}
            {/* Other parts' panels (acknowledge, dispute, feedback) go here: see panels.ts. */}
            <div data-testid="evaluation-panels">
              {evaluationPanels().map((Panel, i) => (
                <Panel key={i} evaluation={ev} reload={load} />
              ))}
            </div>
          </Space>
        </Col>
        <Col xs={24} xl={15}>
          {changed && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('quality.forms.evaluations.changedByDispute', { from: ev.score, to: ev.finalScore })}
              action={
                <Segmented
                  size="small"
                  value={view}
                  onChange={(v) => setView(v as typeof view)}
                  options={[
                    { value: 'final', label: t('quality.forms.evaluations.final') },
                    { value: 'original', label: t('quality.forms.evaluations.original') },
                  ]}
                />
              }
            />
          )}
          {shown && <ScorecardAnswers content={ev.content} answers={shown} result={result} readOnly />}
        </Col>
      </Row>
    </>
  );
}
