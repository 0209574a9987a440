import { Button, Space, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { LoadFailedResult, PageSpin } from '../../../components/Results';
import { showError } from '../../../feedback';
import { useT } from '../../../i18n';
import { StateTag, statusLabel } from '../criteriaText';
import { evaluationApi, type Evaluation } from '../evaluationApi';
import { CertificationPanel } from './CertificationPanel';
import { EvaluationView } from './EvaluationView';

/** One trainee's criteria 1–4 with their evidence, and certification. */
export default function TraineePage() {
  const t = useT();
  const { id = '' } = useParams();
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => {
    setFailed(false);
    evaluationApi
      .trainee(id)
      .then(setEvaluation)
      .catch((err) => {
        setFailed(true);
        showError(err);
      });
  }, [id]);
  useEffect(load, [load]);
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
        <CertificationPanel employeeId={evaluation.employeeId} onChanged={load} />
        <EvaluationView evaluation={evaluation} />
      </Space>
    </>
  );
}
