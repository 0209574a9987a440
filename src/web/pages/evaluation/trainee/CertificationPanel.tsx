import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, List, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useCan } from '../../../access';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { localTime, noFuture, toIsoDate } from '../../../format';
import { translateMaybe, useT, type MsgKey } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { useRecordText } from '../../../recordText';
import { evaluationApi, type Check } from '../evaluationApi';

// Certification (SPEC §6): the next step for this person, what it rests on, what still stands
// in the way, and the steps already taken. The button asks for confirmation with the evidence.

function EvidenceList({ evidence }: { evidence: Check['evidence'] }) {
  const t = useT();
  const { result } = useRecordText();
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('evaluation.certify.evidence.examsPassed')}>
        {evidence.examsPassed.length
          ? evidence.examsPassed.map((e) => (
              <div key={`${e.title}-${e.attempt ?? 1}-${e.date}`}>
                {result(e)}：{e.score} / {e.passMark}（{e.date}）
              </div>
            ))
          : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('evaluation.board.attendance')}>
        {t('evaluation.certify.evidence.attendance', {
          score: evidence.attendance.score ?? '—',
          counted: evidence.attendance.counted,
          breaches: evidence.attendance.breaches,
        })}
      </Descriptions.Item>
      <Descriptions.Item label={t('evaluation.board.dailyAverage')}>
        {t('evaluation.certify.evidence.dailyAverage', { value: evidence.dailyAverage ?? '—' })}
      </Descriptions.Item>
      <Descriptions.Item label={t('evaluation.board.mentoring')}>
        {t('evaluation.certify.evidence.mentoringHours', { hours: evidence.mentoringHours })}
      </Descriptions.Item>
      <Descriptions.Item label={t('evaluation.certify.evidence.plans')}>
        {evidence.plans.length
          ? evidence.plans.map((p) => (
              <div key={p.id}>
                {t('evaluation.certify.evidence.planLine', {
                  title: p.title,
                  endDate: p.endDate,
                  status: t(`training.enums.planStatus.${p.status}` as MsgKey),
                })}
              </div>
            ))
          : '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}

export function CertificationPanel({ employeeId }: { employeeId: string }) {
  const t = useT();
  const can = useCan();
  const required = useRequired();
  const check = useApiQuery(keys.evaluation('certification', employeeId), () =>
    evaluationApi.certification(employeeId),
  ).data;
  const [confirming, setConfirming] = useState(false);
  // A certification changes the trainee's status: their evaluation, the board, the people lists.
  const certify = useApiMutation(
    (body: { step: 'shadowing' | 'regular'; effectiveDate?: string; note: string }) =>
      evaluationApi.certify(employeeId, body),
    { invalidates: [keys.evaluation(), keys.people()], quiet: true },
  );
  if (!check) return null;
  const stepName = check.step ? t(`evaluation.certify.steps.${check.step}`) : '';
  const blockerText = (b: { code: string; message: string }) =>
    translateMaybe(`evaluation.certify.blockers.${b.code}`) ?? b.message;

  return (
    <Card
      title={t('evaluation.certify.title')}
      size="small"
      data-testid="certification-panel"
      extra={
        check.step &&
        can('evaluation.certify') && (
          <Button
            type="primary"
            disabled={!check.ready}
            onClick={() => setConfirming(true)}
            data-testid="certify-button"
          >
            {t('evaluation.certify.button', { step: stepName })}
          </Button>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {check.step ? (
          <Typography.Text strong>{t('evaluation.certify.next', { step: stepName })}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('evaluation.certify.none')}</Typography.Text>
        )}
        {check.step &&
          (check.ready ? (
            <Alert type="success" showIcon title={t('evaluation.certify.ready')} />
          ) : (
            <Alert
              type="warning"
              showIcon
              title={t('evaluation.certify.blocked')}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {check.blockers.map((b) => (
                    <li key={b.code} title={b.message}>
                      {blockerText(b)}
                    </li>
                  ))}
                </ul>
              }
            />
          ))}
        {check.step && <EvidenceList evidence={check.evidence} />}
        {check.history.length > 0 && (
          <List
            size="small"
            header={t('evaluation.certify.history')}
            dataSource={check.history}
            renderItem={(h) => (
              <List.Item>
                <Space wrap>
                  <Tag color="blue">{t(`evaluation.certify.steps.${h.step}` as MsgKey)}</Tag>
                  <span>{h.effectiveDate}</span>
                  <span>{h.note}</span>
                  <Typography.Text type="secondary">
                    {t('evaluation.certify.by', { name: h.certifiedBy, at: localTime(h.certifiedAt) })}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Space>
      {confirming && check.step && (
        <FormModal<{ effectiveDate: Dayjs; note: string }>
          open
          width={640}
          testId="certify"
          okText={t('evaluation.certify.button', { step: stepName })}
          title={t('evaluation.certify.confirmTitle', { step: stepName })}
          onClose={() => setConfirming(false)}
          initialValues={{ effectiveDate: dayjs() }}
          onSubmit={async (v) => {
            await certify.mutateAsync({
              step: check.step!,
              effectiveDate: toIsoDate(v.effectiveDate),
              note: v.note,
            });
            showSuccess(t('evaluation.certify.done', { step: stepName }));
          }}
        >
          <Typography.Paragraph>{t('evaluation.certify.confirmHint')}</Typography.Paragraph>
          <EvidenceList evidence={check.evidence} />
          <Form.Item
            name="effectiveDate"
            label={t('evaluation.certify.effectiveDate')}
            rules={[required]}
            style={{ marginTop: 16 }}
          >
            <DatePicker disabledDate={noFuture} />
          </Form.Item>
          <Form.Item name="note" label={t('evaluation.certify.note')} rules={[required]}>
            <Input.TextArea rows={3} data-testid="certify-note" />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
