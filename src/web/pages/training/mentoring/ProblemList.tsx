import { Button, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showError, showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { trainingApi } from '../shared/trainingApi';
import type { Problem } from '../shared/types';

/** Problems met on the day, or carried over from earlier days, each closed with its resolution. */
export function ProblemList({
  items,
  empty,
  canEdit,
  onChanged,
  testid,
}: {
  items: Problem[];
  empty?: string;
  canEdit: boolean;
  onChanged: () => void;
  testid: string;
}) {
  const t = useT();
  const required = useRequired();
  const [closing, setClosing] = useState<Problem | null>(null);
  const close = async ({ resolution }: { resolution: string }) => {
    await trainingApi.mentoring.closeProblem(closing!.id, resolution.trim());
    showSuccess(t('training.mentoring.closed'));
    onChanged();
  };
  return (
    <>
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: empty ?? t('training.mentoring.noProblems') }}
        renderItem={(p) => (
          <List.Item
            data-testid={testid}
            data-status={p.status}
            data-carried={String(p.carriedOver)}
            actions={
              canEdit && p.status === 'open'
                ? [
                    <Button key="c" size="small" onClick={() => setClosing(p)} data-testid="problem-close">
                      {t('training.mentoring.close')}
                    </Button>,
                  ]
                : []
            }
          >
            <Space orientation="vertical" size={2}>
              <Space size={4} wrap>
                <Tag color={p.status === 'open' ? 'orange' : 'green'}>
                  {t(p.status === 'open' ? 'training.mentoring.open' : 'training.mentoring.closed')}
                </Tag>
                {p.carriedOver && <Tag color="red">{t('training.mentoring.carried', { n: p.daysOpen })}</Tag>}
                <Typography.Text type="secondary">{p.workDate}</Typography.Text>
              </Space>
              <span>{p.description}</span>
              {p.resolution && (
                <Typography.Text type="secondary">
                  {t('training.mentoring.resolution')}：{p.resolution}（{p.closedOn}）
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      <FormModal<{ resolution: string }>
        open={!!closing}
        title={t('training.mentoring.close')}
        onClose={() => setClosing(null)}
        onSubmit={close}
        testId="problem-close-form"
      >
        <Typography.Paragraph type="secondary">{closing?.description}</Typography.Paragraph>
        <Form.Item name="resolution" label={t('training.mentoring.resolution')} rules={[required, { max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** Log a problem met on the day. */
export function AddProblem({
  assignmentId,
  date,
  onChanged,
}: {
  assignmentId: string;
  date: string;
  onChanged: () => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    try {
      await trainingApi.mentoring.addProblem(assignmentId, date, text.trim());
      setText('');
      onChanged();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('training.mentoring.problemText')}
        maxLength={2000}
        data-testid="problem-text"
      />
      <Button type="primary" disabled={!text.trim()} loading={busy} onClick={add} data-testid="problem-add">
        {t('training.mentoring.addProblem')}
      </Button>
    </Space.Compact>
  );
}
