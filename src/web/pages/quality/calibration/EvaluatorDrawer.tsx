import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { scoreEvaluation } from '../../../../common/quality-scoring';
import { useCan } from '../../../access';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showError, showSuccess } from '../../../feedback';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { useSession } from '../../../session';
import type { Answers, Content } from '../forms/formsApi';
import { ScorecardAnswers } from '../forms/ScorecardAnswers';
import { calibrationApi, type CoscoreForm } from './calibrationApi';

/** An evaluator's record: status, entry test, co-scores against experienced evaluators, the
 *  difference from others per quarter and the quarterly reviews; a QA lead records the test,
 *  enters co-scores and certifies from here. */
export function EvaluatorDrawer({ userId, onClose }: { userId: string | null; onClose: () => void }) {
  const t = useT();
  const can = useCan();
  const required = useRequired();
  const [testing, setTesting] = useState(false);
  const [coscoring, setCoscoring] = useState(false);
  const [certifying, setCertifying] = useState(false);
  const { data: d, reload: load } = useApiQuery(
    keys.quality('evaluator', userId),
    () => calibrationApi.evaluator(userId!),
    { enabled: !!userId },
  );
  const lead = can('quality.lead');
  const { me } = useSession();

  return (
    <Drawer
      open={!!userId}
      onClose={onClose}
      size="large"
      title={d ? `${t('quality.calibration.evaluator.title')} · ${d.name}` : ''}
    >
      {!d ? (
        <Spin />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="evaluator-detail">
          <Descriptions
            size="small"
            column={2}
            items={[
              {
                key: 's',
                label: t('quality.calibration.evaluators.status'),
                children: <Tag>{t(`quality.calibration.evaluators.statuses.${d.status}`)}</Tag>,
              },
              { key: 'm', label: t('quality.calibration.evaluators.mentor'), children: d.mentorName ?? '—' },
              {
                key: 't',
                label: t('quality.calibration.evaluator.test'),
                children: d.test ? (
                  <span>
                    {d.test.score} / {d.test.passMark}{' '}
                    <Tag color={d.test.passed ? 'green' : 'red'}>
                      {t(
                        d.test.passed
                          ? 'quality.calibration.evaluator.testPassed'
                          : 'quality.calibration.evaluator.testFailed',
                      )}
                    </Tag>
                  </span>
                ) : (
                  t('quality.calibration.evaluator.noTest')
                ),
              },
              {
                key: 'c',
                label: t('quality.calibration.evaluator.coscores'),
                children: t('quality.calibration.evaluator.coscoresNeed', {
                  within: d.coscoresWithin,
                  needed: d.coscoresNeeded,
                }),
              },
            ]}
          />
          {d.paused && (
            <Alert
              type="error"
              showIcon
              message={t('quality.calibration.evaluator.pausedSince', {
                at: localTime(d.pausedAt),
                reason: d.pausedReason ?? '',
              })}
            />
          )}
          <Space wrap>
            {lead && d.stage === 'training' && (
              <Button onClick={() => setTesting(true)} data-testid="evaluator-test">
                {t('quality.calibration.evaluator.recordTest')}
              </Button>
            )}
            {(lead || d.userId === me?.id) && d.stage === 'co_scoring' && (
              <Button onClick={() => setCoscoring(true)} data-testid="evaluator-coscore">
                {t('quality.calibration.evaluator.coscore')}
              </Button>
            )}
            {lead && d.stage === 'co_scoring' && (
              <Button type="primary" onClick={() => setCertifying(true)} data-testid="evaluator-certify">
                {t('quality.calibration.evaluator.certify')}
              </Button>
            )}
          </Space>
          <Typography.Title level={5}>{t('quality.calibration.evaluator.coscores')}</Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.coscores}
            columns={[
              { title: t('quality.calibration.evaluator.reference'), dataIndex: 'referenceName' },
              { title: t('quality.calibration.evaluator.myScore'), dataIndex: 'score' },
              { title: t('quality.calibration.evaluator.referenceScore'), dataIndex: 'referenceScore' },
              {
                title: t('quality.calibration.evaluator.deviation'),
                dataIndex: 'deviation',
                render: (v: number, r) => (
                  <Tag color={r.withinTolerance ? 'green' : 'red'}>
                    {v > 0 ? '+' : ''}
                    {v}
                  </Tag>
                ),
              },
              { title: '', dataIndex: 'createdAt', render: (v: string) => localTime(v) },
            ]}
          />
          <Typography.Title level={5}>{t('quality.calibration.evaluator.quarters')}</Typography.Title>
          <Table
            rowKey="quarter"
            size="small"
            pagination={false}
            dataSource={d.quarters}
            columns={[
              { title: t('quality.calibration.evaluators.quarter'), dataIndex: 'quarter' },
              { title: 'n', dataIndex: 'n' },
              {
                title: t('quality.calibration.evaluators.leniency'),
                dataIndex: 'difference',
                render: (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${v}`),
              },
            ]}
          />
          <Typography.Title level={5}>{t('quality.calibration.evaluator.reviews')}</Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.reviews}
            columns={[
              { title: t('quality.calibration.evaluators.quarter'), dataIndex: 'quarter' },
              {
                title: t('quality.calibration.evaluators.result'),
                dataIndex: 'result',
                render: (r: 'pass') => t(`quality.calibration.evaluators.results.${r}`),
              },
              { title: t('quality.calibration.evaluator.reviewer'), dataIndex: 'reviewerName' },
              { title: t('quality.calibration.evaluators.notes'), dataIndex: 'notes' },
            ]}
          />
        </Space>
      )}
      {d && (
        <>
          <FormModal<{ score?: number; passMark?: number; examId?: string }>
            open={testing}
            onClose={() => setTesting(false)}
            title={t('quality.calibration.evaluator.recordTest')}
            onSubmit={async (v) => {
              const r = await calibrationApi.recordTest(d.userId, {
                score: v.score ?? undefined,
                passMark: v.passMark ?? undefined,
                examId: v.examId || null,
              });
              showSuccess(
                t(r.passed ? 'quality.calibration.evaluator.testPassed' : 'quality.calibration.evaluator.testFailed'),
              );
              load();
            }}
          >
            <Form.Item
              name="score"
              label={t('quality.calibration.evaluator.testScore')}
              extra={t('quality.calibration.evaluator.testHint')}
            >
              <InputNumber min={0} max={100} />
            </Form.Item>
            <Form.Item name="passMark" label={t('quality.calibration.evaluator.passMark')}>
              <InputNumber min={0} max={100} />
            </Form.Item>
            <Form.Item name="examId" label={t('quality.calibration.evaluator.examId')}>
              <Input maxLength={64} />
            </Form.Item>
          </FormModal>
          <FormModal<{ reason: string }>
            open={certifying}
            onClose={() => setCertifying(false)}
            title={t('quality.calibration.evaluator.certify')}
            onSubmit={async (v) => {
              await calibrationApi.certify(d.userId, v.reason);
              showSuccess(t('quality.calibration.evaluator.certified'));
              load();
            }}
          >
            <Form.Item name="reason" label={t('quality.calibration.evaluators.reason')} rules={[required]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </FormModal>
          <CoscoreModal open={coscoring} userId={d.userId} onClose={() => setCoscoring(false)} onDone={load} />
        </>
      )}
    </Drawer>
  );
}

/** A co-score: an experienced evaluator's evaluation, by id, scored again blind (the form and
 *  the call only; the reference answers are never sent). */
function CoscoreModal({
  open,
  userId,
  onClose,
  onDone,
}: {
  open: boolean;
  userId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [evaluationId, setEvaluationId] = useState('');
  const [form, setForm] = useState<CoscoreForm | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const content = form?.content as Content | undefined;
  const result = useMemo(
    () => (form && content ? scoreEvaluation(content, answers, form.passScore) : null),
    [form, content, answers],
  );
  const close = () => {
    setForm(null);
    setAnswers({});
    setEvaluationId('');
    onClose();
  };
  const save = async () => {
    try {
      const r = await calibrationApi.coscore(userId, form!.evaluationId, answers);
      showSuccess(t('quality.calibration.evaluator.coscored', { deviation: r.deviation }));
      onDone();
      close();
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Modal
      open={open}
      onCancel={close}
      width={760}
      title={t('quality.calibration.evaluator.coscore')}
      okButtonProps={{ disabled: !form || (result?.missing.length ?? 1) > 0 }}
      onOk={save}
    >
      <Space.Compact style={{ marginBottom: 12 }}>
        <Input
          value={evaluationId}
          onChange={(e) => setEvaluationId(e.target.value)}
          placeholder={t('quality.calibration.evaluator.evaluationId')}
          style={{ width: 360 }}
          data-testid="coscore-evaluation"
        />
        <Button
          onClick={() =>
            calibrationApi.coscoreForm(userId, evaluationId.trim()).then((x) => {
              setForm(x);
              setAnswers({});
            }, showError)
          }
        >
          {t('quality.calibration.evaluator.load')}
        </Button>
      </Space.Compact>
      {form && content && result && (
        <>
          <Typography.Paragraph type="secondary">
            {form.day} · {form.formName} v{form.formVersion} · {form.businessType ?? ''}{' '}
            {form.recordingUrl && (
              <a href={form.recordingUrl} target="_blank" rel="noreferrer">
                {t('quality.calibration.session.play')}
              </a>
            )}
          </Typography.Paragraph>
          <ScorecardAnswers
            content={content}
            answers={answers}
            onChange={setAnswers}
            result={result}
            comments={false}
          />
        </>
      )}
    </Modal>
  );
}
