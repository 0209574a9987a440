import { Alert, Space } from 'antd';
import { PageHeader } from '../../../components/PageHeader';
import { LoadFailedResult, PageSpin } from '../../../components/Results';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { StateTag } from '../criteriaText';
import { evaluationApi } from '../evaluationApi';
import { EvaluationView } from './EvaluationView';

/** 我的评估: the trainee's own criteria, computed from their own records, so nothing comes as a surprise. */
export default function MyEvaluationPage() {
  const t = useT();
  const {
    data: evaluation,
    error: failed,
    reload: load,
  } = useApiQuery(keys.evaluation('me'), () => evaluationApi.me());
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
