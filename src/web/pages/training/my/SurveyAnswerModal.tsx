import { Alert, Checkbox, Form, Input, Radio, Rate } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { trainingApi } from '../shared/trainingApi';
import type { AnswerValue, MySurvey } from '../shared/types';

type Values = Record<string, AnswerValue | undefined>;

/** Answer a needs survey (again, while it is open). */
export function SurveyAnswerModal({
  survey,
  onClose,
  onDone,
}: {
  survey: MySurvey;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const submit = async (v: Values) => {
    const answers = Object.fromEntries(
      Object.entries(v).filter(
        ([, a]) => a !== undefined && a !== null && a !== '' && !(Array.isArray(a) && !a.length),
      ),
    ) as Record<string, AnswerValue>;
    await trainingApi.surveys.answer(survey.id, answers);
    showSuccess(t('training.surveys.answerSaved'));
    onDone();
  };
  return (
    <FormModal<Values>
      open
      title={t('training.surveys.answerTitle', { title: survey.title })}
      onClose={onClose}
      onSubmit={submit}
      initialValues={survey.answers ?? {}}
      fieldMap={{ answers: survey.questions[0]?.id ?? 'answers' }}
      testId="survey-answer"
      width={640}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('training.surveys.asRespondent', { kind: t(`training.enums.respondent.${survey.respondentKind}`) })}
        description={survey.description ?? undefined}
      />
      {survey.questions.map((q, i) => (
        <Form.Item key={q.id} name={q.id} label={`${i + 1}. ${q.text}`}>
          {q.kind === 'rating' ? (
            <Rate style={{ fontSize: 26 }} />
          ) : q.kind === 'text' ? (
            <Input.TextArea rows={2} maxLength={5000} />
          ) : q.multiple ? (
            <Checkbox.Group options={q.options ?? []} />
          ) : (
            <Radio.Group options={q.options ?? []} />
          )}
        </Form.Item>
      ))}
    </FormModal>
  );
}
