import { keys } from '../../../query/keys';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useTableQuery } from '../../../components/useTableQuery';
import { showError, showSuccess } from '../../../feedback';
import { localTime, testId } from '../../../format';
import { useT } from '../../../i18n';
import { trainingApi } from '../shared/trainingApi';
import type { Survey } from '../shared/types';
import { SurveyFormModal } from './SurveyFormModal';

/** 需求调研: the needs surveys sent, how many answered, and their results. */
export default function SurveysPage() {
  const t = useT();
  const navigate = useNavigate();
  const list = useTableQuery(keys.training('surveys', 'page'), trainingApi.surveys.list);
  const [adding, setAdding] = useState(false);
  const f = (k: 'title' | 'audience' | 'responses' | 'closesOn' | 'plans' | 'status') =>
    t(`training.surveys.fields.${k}`);

  const close = async (s: Survey) => {
    try {
      await trainingApi.surveys.close(s.id);
      showSuccess(t('training.surveys.closedDone'));
      list.reload();
    } catch (err) {
      showError(err);
    }
  };

  const columns: TableColumnsType<Survey> = [
    {
      title: f('title'),
      dataIndex: 'title',
      key: 'title',
      render: (v: string, s) => <Link to={`/training/surveys/${s.id}`}>{v}</Link>,
    },
    {
      title: f('audience'),
      key: 'audience',
      render: (_, s) => <Tag>{t(`training.enums.surveyAudience.${s.audienceKind}`)}</Tag>,
    },
    {
      title: f('responses'),
      key: 'responses',
      render: (_, s) =>
        t('training.surveys.responseCount', {
          ai: s.recipients.answeredIndividuals,
          i: s.recipients.individuals,
          as: s.recipients.answeredSupervisors,
          s: s.recipients.supervisors,
        }),
    },
    {
      title: f('closesOn'),
      dataIndex: 'closesOn',
      key: 'closesOn',
      responsive: ['md'],
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: f('plans'),
      key: 'plans',
      responsive: ['lg'],
      render: (_, s) =>
        s.planIds.map((id) => (
          <Link key={id} to={`/training/plans/${id}`}>
            <Tag color="blue">{t('training.common.plan')}</Tag>
          </Link>
        )),
    },
    {
      title: f('status'),
      key: 'status',
      render: (_, s) => (
        <Tag color={s.status === 'open' ? 'processing' : 'default'}>{t(`training.enums.surveyStatus.${s.status}`)}</Tag>
      ),
    },
    {
      title: t('users.fields.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      responsive: ['xl'],
      render: localTime,
    },
    {
      key: 'actions',
      fixed: 'right',
      render: (_, s) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => navigate(`/training/surveys/${s.id}`)}>
            {t('training.surveys.summary')}
          </Button>
          {s.status === 'open' && (
            <Popconfirm
              title={t('training.surveys.closeConfirm')}
              onConfirm={() => close(s)}
              okText={t('common.actions.ok')}
              cancelText={t('common.actions.cancel')}
            >
              <Button type="link" size="small" danger>
                {t('training.surveys.close')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('training.surveys.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="survey-add">
            {t('training.surveys.add')}
          </Button>
        }
      />
      <Table<Survey>
        columns={columns}
        onRow={(s) => ({ ...testId('survey-row'), 'data-survey-id': s.id }) as object}
        {...list.tableProps}
      />
      {adding && (
        <SurveyFormModal onClose={() => setAdding(false)} onSaved={(id) => navigate(`/training/surveys/${id}`)} />
      )}
    </>
  );
}
