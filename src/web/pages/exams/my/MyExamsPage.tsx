import { Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { showError } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi, type Mine } from '../examsApi';
import { fmtScore, fmtTime } from '../format';
import { MyFeedback } from './MyFeedback';

/** 我的考试: the exams I am to take, start or resume one, and my released results. */
export default function MyExamsPage() {
  const t = useT();
  const navigate = useNavigate();
  const [starting, setStarting] = useState<string | null>(null);
  // The home page's work item opens this list on one exam (?id=): its row is marked.
  const focus = useSearchParams()[0].get('id');
  const { data, loading } = useApiQuery(keys.exams('my'), () => examsApi.my());
  const rows = data ?? [];
  // After a write here: this list, and what else shows it, read again.
  const invalidate = useInvalidate();
  const load = () => invalidate(keys.exams('my'));

  const start = async (examId: string) => {
    setStarting(examId);
    try {
      const a = await examsApi.start(examId);
      navigate(`/exams/attempts/${a.attemptId}`);
    } catch (err) {
      showError(err);
      await load();
    } finally {
      setStarting(null);
    }
  };

  return (
    <>
      <PageHeader title={t('exams.my.title')} />
      <Table
        rowKey="examId"
        loading={loading}
        dataSource={rows}
        data-testid="my-exams"
        onRow={(e) =>
          ({
            'data-testid': 'my-exam-row',
            'data-title': e.title,
            'data-focused': e.examId === focus ? 'true' : undefined,
            style: e.examId === focus ? { background: '#e6f4ff' } : undefined,
          }) as object
        }
        columns={[
          { title: t('exams.fields.title'), dataIndex: 'title' },
          {
            title: t('exams.my.state'),
            dataIndex: 'state',
            width: 90,
            render: (s: Mine['state']) => (
              <Tag color={s === 'open' ? 'green' : undefined}>{t(`exams.my.states.${s}`)}</Tag>
            ),
          },
          {
            title: t('exams.manage.window'),
            key: 'w',
            render: (_: unknown, e: Mine) => `${fmtTime(e.opensAt)} – ${fmtTime(e.closesAt)}`,
          },
          {
            title: t('exams.manage.timeLimit'),
            dataIndex: 'timeLimitMinutes',
            width: 100,
            render: (v: number | null) => v ?? '—',
          },
          {
            title: t('exams.my.attempts'),
            key: 'n',
            width: 90,
            render: (_: unknown, e: Mine) => `${e.attemptsUsed} / ${e.maxAttempts}`,
          },
          {
            title: t('exams.my.results'),
            key: 'r',
            render: (_: unknown, e: Mine) => (
              <Space direction="vertical" size={0}>
                {e.attempts.map((a) => (
                  <span key={a.attemptId}>
                    #{a.attemptNo}{' '}
                    {e.resultsReleased && a.score !== null ? (
                      <Link to={`/exams/attempts/${a.attemptId}/result`} data-testid="my-result-link">
                        {fmtScore(a.score)} {a.passed ? t('exams.results.pass') : t('exams.results.fail')}
                      </Link>
                    ) : (
                      t(`exams.my.attemptStatus.${a.status === 'in_progress' ? 'in_progress' : 'waiting'}`)
                    )}
                  </span>
                ))}
              </Space>
            ),
          },
          {
            title: '',
            key: 'a',
            width: 120,
            render: (_: unknown, e: Mine) =>
              e.inProgressAttemptId ? (
                <Button
                  type="primary"
                  onClick={() => navigate(`/exams/attempts/${e.inProgressAttemptId}`)}
                  data-testid="my-exam-resume"
                >
                  {t('exams.my.resume')}
                </Button>
              ) : e.canStart ? (
                <Button
                  type="primary"
                  loading={starting === e.examId}
                  onClick={() => start(e.examId)}
                  data-testid="my-exam-start"
                >
                  {t('exams.my.start')}
                </Button>
              ) : null,
          },
        ]}
      />
      <MyFeedback />
    </>
  );
}
