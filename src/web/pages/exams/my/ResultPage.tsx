import { Alert, Card, Descriptions, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { LoadFailedResult, PageSpin } from '../../../components/Results';
import { errorText } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi, type Result } from '../examsApi';
import { fmtScore, fmtTime } from '../format';
import { QuestionText } from '../QuestionText';
import { BoostedCards } from '../../drills/errors/BoostedCards';

type Item = Result['items'][number];

/** My released result: the score, pass/fail, my answers, the correct answers and explanations. */
export default function ResultPage() {
  const t = useT();
  const { id = '' } = useParams();
  // Quiet: a result not released yet is a state of the exam, told in the page, not an error.
  const {
    data: result,
    error,
    reload,
  } = useApiQuery(keys.exams('result', id), () => examsApi.result(id), { quiet: true });
  if (error?.errorCode === 'RESULTS_NOT_RELEASED')
    return <Alert type="info" showIcon message={errorText(error)} data-testid="result-not-released" />;
  if (error) return <LoadFailedResult onRetry={reload} />;
  if (!result) return <PageSpin />;
  return (
    <div data-testid="exam-result">
      <PageHeader title={result.examTitle} extra={<Link to="/exams/my">{t('exams.take.backToMy')}</Link>} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={4}>
          <Descriptions.Item label={t('exams.results.score')}>
            <b data-testid="result-score">{fmtScore(result.score)}</b>
          </Descriptions.Item>
          <Descriptions.Item label={t('exams.manage.passMark')}>{result.passMark}</Descriptions.Item>
          <Descriptions.Item label={t('exams.results.passed')}>
            {result.passed === null ? (
              '—'
            ) : (
              <Tag color={result.passed ? 'green' : 'red'} data-testid="result-passed">
                {result.passed ? t('exams.results.pass') : t('exams.results.fail')}
              </Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('exams.results.submittedAt')}>{fmtTime(result.submittedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <BoostedCards attemptId={result.attemptId} />
      {result.items.map((item) => (
        <ResultItemCard key={item.questionId} item={item} />
      ))}
    </div>
  );
}

function ResultItemCard({ item }: { item: Item }) {
  const t = useT();
  const a = item.answer;
  const mine = (() => {
    if (!a) return t('exams.result.noAnswer');
    if (item.type === 'single' || item.type === 'multiple')
      return (
        item.options
          .filter((o) => a.optionIds?.includes(o.id))
          .map((o) => o.text)
          .join('；') || t('exams.result.noAnswer')
      );
    if (item.type === 'true_false')
      return a.value === true
        ? t('exams.take.true')
        : a.value === false
          ? t('exams.take.false')
          : t('exams.result.noAnswer');
    if (item.type === 'fill_blank') return (a.blanks ?? []).join(' / ');
    if (item.type === 'matching') return item.pairs.map((p) => `${p.prompt} → ${a.matches?.[p.id] || '—'}`).join('\n');
    return a.text || t('exams.result.noAnswer');
  })();
  const correct = (() => {
    if (item.type === 'single' || item.type === 'multiple')
      return item.options
        .filter((o) => o.correct)
        .map((o) => o.text)
        .join('；');
    if (item.type === 'true_false') return item.correctAnswer ? t('exams.take.true') : t('exams.take.false');
    if (item.type === 'fill_blank') return item.acceptedBlanks.map((b) => b.join(' | ')).join(' / ');
    if (item.type === 'matching') return item.pairs.map((p) => `${p.prompt} → ${p.answer}`).join('\n');
    if (item.type === 'numerical') {
      const unit = item.units[0] ? ` ${item.units[0]}` : '';
      return item.numeric
        .filter((n) => n.fraction >= 1)
        .map((n) => (n.value === null ? '*' : `${n.value}${n.tolerance ? ` ± ${n.tolerance}` : ''}${unit}`))
        .join(' | ');
    }
    return item.referenceAnswer ?? '—';
  })();
  const full = item.score !== null && item.score >= item.points;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="result-item"
      data-type={item.type}
      title={
        <Space>
          <span>{item.position}.</span>
          <Tag>{t(`exams.types.${item.type}`)}</Tag>
        </Space>
      }
      extra={
        <Tag color={item.score === null ? 'default' : full ? 'green' : item.score > 0 ? 'gold' : 'red'}>
          {fmtScore(item.score)} / {item.points}
        </Tag>
      }
    >
      <QuestionText text={item.stem} files={item.files} />
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('exams.result.mine')}>
          <span data-testid="result-mine" style={{ whiteSpace: 'pre-wrap' }}>
            {mine}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('exams.result.correct')}>
          <span data-testid="result-correct" style={{ whiteSpace: 'pre-wrap' }}>
            {correct}
          </span>
        </Descriptions.Item>
        {item.feedback.length > 0 && (
          <Descriptions.Item label={t('exams.result.feedback')}>
            <span data-testid="result-feedback">{item.feedback.join('；')}</span>
          </Descriptions.Item>
        )}
        {item.explanation && (
          <Descriptions.Item label={t('exams.fields.explanation')}>
            <span data-testid="result-explanation">{item.explanation}</span>
          </Descriptions.Item>
        )}
        {item.comment && <Descriptions.Item label={t('exams.result.comment')}>{item.comment}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}
