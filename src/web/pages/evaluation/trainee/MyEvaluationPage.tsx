import { Alert, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { LoadFailedResult, PageSpin } from '../../../components/Results';
import { showError } from '../../../feedback';
import { useT } from '../../../i18n';
import { StateTag } from '../criteriaText';
import { evaluationApi, type Evaluation } from '../evaluationApi';
import { EvaluationView } from './EvaluationView';

/** 我的评估: the trainee's own criteria, computed from their own records, so nothing comes as a surprise. */
export default function MyEvaluationPage() {
  const t = useT();
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => {
    setFailed(false);
    evaluationApi
      .me()
      .then(setEvaluation)
      .catch((err) => {
        setFailed(true);
        showError(err);
      });
  }, []);
  useEffect(load, [load]);
  if (failed) return <LoadFailedResult onRetry={load} />;
  if (!evaluation) return <PageSpin />;
  return (
    <>
      <PageHeader
        title={
          <Space>
            {t('evaluation.trainee.myTitle')}
            <StateTag met={evaluation.met} atRisk={evaluation.atRisk} />
          </Space>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('evaluation.trainee.myHint')} />
        <EvaluationView evaluation={evaluation} own />
      </Space>
    </>
  );
}
