import { Button, Card, Form, Input, List, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { casesApi, type CaseDetail } from './casesApi';

type Appeal = CaseDetail['appeals'][number];

/** 申诉: appeals during the notice (anyone who sees the case), answered in writing by the training manager or a superior. */
export function AppealsCard({ c, onChange }: { c: CaseDetail; onChange: () => void }) {
  const t = useT();
  const required = useRequired();
  const [filing, setFiling] = useState(false);
  const [answering, setAnswering] = useState<Appeal | null>(null);
  if (!c.notice && !c.appeals.length) return null;
  return (
    <Card
      title={t('elimination.appeal.title')}
      data-testid="case-appeals"
      extra={
        c.can.appeal && (
          <Button type="primary" onClick={() => setFiling(true)} data-testid="appeal-new">
            {t('elimination.appeal.add')}
          </Button>
        )
      }
    >
      <List
        dataSource={c.appeals}
        locale={{ emptyText: t('elimination.appeal.none') }}
        renderItem={(a) => (
          <List.Item
            data-testid="appeal"
            data-outcome={a.outcome ?? 'pending'}
            actions={[
              !a.outcome && c.can.answer && (
                <Button key="a" size="small" onClick={() => setAnswering(a)} data-testid="appeal-answer">
                  {t('elimination.appeal.answer')}
                </Button>
              ),
            ]}
          >
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{a.reason}</Typography.Text>
              <Typography.Text type="secondary">
                {t('elimination.appeal.by', { name: a.appellant.name, time: localTime(a.filedAt) })}
              </Typography.Text>
              {a.outcome ? (
                <>
                  <span>
                    <Tag color={a.outcome === 'upheld' ? 'green' : 'red'}>
                      {t(`elimination.appeal.outcomes.${a.outcome}`)}
                    </Tag>
                  </span>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{a.answer}</Typography.Text>
                  {a.answeredBy && (
                    <Typography.Text type="secondary">
                      {t('elimination.appeal.answeredBy', { name: a.answeredBy.name, time: localTime(a.answeredAt) })}
                    </Typography.Text>
                  )}
                </>
              ) : (
                <span>
                  <Tag color="orange">{t('elimination.appeal.pending')}</Tag>
                </span>
              )}
            </Space>
          </List.Item>
        )}
      />
      {filing && (
        <FormModal<{ reason: string }>
          open
          title={t('elimination.appeal.add')}
          onClose={() => setFiling(false)}
          okText={t('elimination.appeal.submit')}
          testId="appeal-form"
          onSubmit={async (v) => {
            await casesApi.appeal(c.id, v);
            showSuccess(t('elimination.done'));
            onChange();
          }}
        >
          <Form.Item name="reason" label={t('elimination.appeal.reason')} rules={[required]}>
            <Input.TextArea rows={4} maxLength={4000} data-testid="appeal-reason" />
          </Form.Item>
        </FormModal>
      )}
      {answering && (
        <FormModal<{ outcome: 'upheld' | 'rejected'; answer: string }>
          open
          title={t('elimination.appeal.answer')}
          onClose={() => setAnswering(null)}
          testId="answer-form"
          onSubmit={async (v) => {
            await casesApi.answer(answering.id, v);
            showSuccess(t('elimination.done'));
            onChange();
          }}
        >
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{answering.reason}</Typography.Paragraph>
          <Form.Item name="outcome" label={t('elimination.appeal.outcome')} rules={[required]}>
            <Radio.Group data-testid="answer-outcome">
              <Space direction="vertical">
                {(['rejected', 'upheld'] as const).map((o) => (
                  <Radio key={o} value={o} data-testid={`answer-${o}`}>
                    {t(`elimination.appeal.outcomes.${o}`)}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          <Typography.Paragraph type="secondary" data-testid="answer-who-decides">
            {t('elimination.appeal.whoDecides')}
          </Typography.Paragraph>
          <Form.Item name="answer" label={t('elimination.appeal.answerText')} rules={[required]}>
            <Input.TextArea rows={4} maxLength={4000} data-testid="answer-text" />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
