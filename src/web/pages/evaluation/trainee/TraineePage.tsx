import { Button, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { LoadFailedResult, PageSpin } from '../../../components/Results';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { StateTag, statusLabel } from '../criteriaText';
import { evaluationApi } from '../evaluationApi';
import { CertificationPanel } from './CertificationPanel';
import { EvaluationView } from './EvaluationView';

/** One trainee's criteria 1–4 with their evidence, and certification. */
export default function TraineePage() {
  const t = useT();
  const { id = '' } = useParams();
  const {
    data: evaluation,
    error: failed,
    reload: load,
  } = useApiQuery(keys.evaluation('trainee', id), () => evaluationApi.trainee(id));
  if (failed) return <LoadFailedResult onRetry={load} />;
  if (!evaluation) return <PageSpin />;
  return (
    <>
      <PageHeader
        title={
          <Space>
            {t('evaluation.trainee.title')}：{evaluation.name}
            <Tag>{evaluation.employeeNo}</Tag>
            <Tag color="blue">{statusLabel(t, evaluation.status)}</Tag>
            <StateTag met={evaluation.met} atRisk={evaluation.atRisk} />
          </Space>
        }
        extra={
          <Link to={`/training/records/${evaluation.employeeId}`}>
            <Button>{t('evaluation.trainee.record')}</Button>
          </Link>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <CertificationPanel employeeId={evaluation.employeeId} />
        <EvaluationView evaluation={evaluation} />
      </Space>
    </>
  );
}
