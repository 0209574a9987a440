import { Button, Card, Col, DatePicker, Empty, Input, Row, Segmented, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { FormKindName, MethodName } from '../../../../common/quality';
import { scoreEvaluation } from '../../../../common/quality-scoring';
import { PageHeader } from '../../../components/PageHeader';
import { showSuccess } from '../../../feedback';
import { noFuture, toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { formsApi, type Answers, type InteractionFacts } from '../forms/formsApi';
import { ScorecardAnswers } from '../forms/ScorecardAnswers';
import { ScoreSummary } from '../forms/ScoreSummary';
import { AgentSelect } from './AgentSelect';
import { InteractionFactsCard } from './InteractionFactsCard';
import { SuggestionFields, type SuggestionValue } from './SuggestionFields';

const kindOf = (f: InteractionFacts): FormKindName =>
  f.direction === 'out' ? 'outbound' : f.channel === 'voice' ? 'inbound' : 'nonvoice';

/** 评分: an interaction (?interactionId=…, from a sample with &sampleId=…) or a side-by-side / live
 *  session without one; the form's published version on the right with a running score. */
export default function EvaluatePage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const interactionId = params.get('interactionId');
  const sampleId = params.get('sampleId');
  const forms = useApiQuery(keys.quality('forms', { publishedOnly: '1' }), () =>
    formsApi.forms({ publishedOnly: '1' }),
  ).data;
  const context = useApiQuery(keys.quality('context', interactionId), () => formsApi.context(interactionId!), {
    enabled: !!interactionId,
  });
  const facts = context.data;
  const [picked, setPicked] = useState<string | null>(null);
  // Until the evaluator picks one: the form of the interaction's kind (inbound without one).
  const preferred =
    forms && (!interactionId || facts)
      ? (forms.find((x) => x.kind === (facts ? kindOf(facts) : 'inbound')) ?? forms[0])
      : undefined;
  const formId = picked ?? preferred?.id ?? null;
  const form = useApiQuery(keys.quality('form', formId), () => formsApi.form(formId!), { enabled: !!formId }).data;
  const [method, setMethod] = useState<MethodName>(interactionId ? 'recording' : 'side_by_side');
  const [session, setSession] = useState<{ agentId: string | null; day: string; businessType: string }>({
    agentId: null,
    day: toIsoDate(dayjs()),
    businessType: '',
  });
  const [answers, setAnswers] = useState<Answers>({});
  const [comment, setComment] = useState('');
  const [suggestion, setSuggestion] = useState<SuggestionValue>({});
  const score = useApiMutation(formsApi.score, {
    invalidates: [keys.quality('evaluations'), keys.quality('samples')],
    onSuccess: (saved) => {
      showSuccess(t('quality.forms.evaluate.submitted', { score: saved.score }));
      navigate(`/quality/evaluations/${saved.id}`);
    },
  });

  const version = form?.versions.find((v) => v.status === 'published');
  const result = useMemo(
    () => (version ? scoreEvaluation(version.content, answers, version.passScore) : null),
    [version, answers],
  );
  const mustSuggest = !!result && result.missing.length === 0 && !result.passed;
  const agentId = facts?.agentId ?? session.agentId;

  const submit = () => {
    if (!formId) return;
    const s = suggestion.kind
      ? { kind: suggestion.kind, employeeId: suggestion.employeeId ?? null, note: suggestion.note || null }
      : null;
    score.mutate({
      formId,
      method,
      answers,
      comment: comment || null,
      suggestion: s,
      sampleId,
      ...(interactionId
        ? { interactionId }
        : { agentId: session.agentId, day: session.day, businessType: session.businessType || null }),
    });
  };

  return (
    <>
      <PageHeader title={t('quality.forms.evaluate.title')} />
      <Row gutter={16}>
        <Col xs={24} xl={9}>
          {facts ? (
            <InteractionFactsCard facts={facts} />
          ) : (
            !interactionId && (
              <Card size="small" title={t('quality.forms.evaluate.session')} data-testid="session-card">
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <AgentSelect
                    value={session.agentId}
                    onChange={(id) => setSession({ ...session, agentId: id })}
                    placeholder={t('quality.forms.evaluate.agent')}
                    testId="session-agent"
                  />
                  <DatePicker
                    value={dayjs(session.day)}
                    disabledDate={noFuture}
                    allowClear={false}
                    onChange={(d) => d && setSession({ ...session, day: toIsoDate(d) })}
                  />
                  <Input
                    value={session.businessType}
                    placeholder={t('quality.forms.evaluate.businessType')}
                    maxLength={100}
                    onChange={(e) => setSession({ ...session, businessType: e.target.value })}
                  />
                </Space>
              </Card>
            )
          )}
          <Card size="small" style={{ marginTop: 12 }}>
            <Space orientation="vertical">
              <Typography.Text type="secondary">{t('quality.forms.evaluate.method')}</Typography.Text>
              <Segmented
                value={method}
                onChange={(v) => setMethod(v as MethodName)}
                data-testid="evaluate-method"
                options={(interactionId ? (['recording', 'live'] as const) : (['side_by_side', 'live'] as const)).map(
                  (m) => ({ value: m, label: t(`quality.forms.methods.${m}`) }),
                )}
              />
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Space wrap>
              <Select
                value={formId ?? undefined}
                style={{ width: 280 }}
                onChange={(v: string) => {
                  setPicked(v);
                  setAnswers({});
                }}
                placeholder={t('quality.forms.evaluate.pickForm')}
                data-testid="evaluate-form"
                options={(forms ?? []).map((f) => ({
                  value: f.id,
                  label: `${f.name} (${t(`quality.forms.kinds.${f.kind}`)} v${f.publishedVersion})`,
                }))}
              />
            </Space>
            {result && version && (
              <div style={{ marginTop: 12 }}>
                <ScoreSummary result={result} passScore={version.passScore} />
              </div>
            )}
          </Card>
          {forms?.length === 0 && <Empty description={t('quality.forms.evaluate.noForms')} />}
          {version && (
            <ScorecardAnswers content={version.content} answers={answers} onChange={setAnswers} result={result} />
          )}
          {version && (
            <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
              <Input.TextArea
                rows={3}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                placeholder={t('quality.forms.evaluate.overallComment')}
                maxLength={5000}
                data-testid="evaluate-comment"
              />
              <SuggestionFields value={suggestion} onChange={setSuggestion} required={mustSuggest} agentId={agentId} />
              <Button
                type="primary"
                loading={score.isPending}
                disabled={!agentId || !result || result.missing.length > 0 || (mustSuggest && !suggestion.kind)}
                onClick={submit}
                data-testid="evaluate-submit"
              >
                {t('quality.forms.evaluate.submit')}
              </Button>
            </Space>
          )}
        </Col>
      </Row>
    </>
  );
}
