import { TeamSelect } from '../../../components/OrgPickers';
import { keys } from '../../../query/keys';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { SAMPLE_STATUSES } from '../../../../common/quality-sampling';
import type { Query } from '../../../api';
import { FormModal, useRequired } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { useDepartments } from '../../../components/useDepartments';
import { useTableQuery } from '../../../components/useTableQuery';
import { showSuccess } from '../../../feedback';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { AgentSelect } from '../evaluations/AgentSelect';
import { QuotaBars } from './QuotaBars';
import { reasonText, samplingApi, type Queue, type Sample } from './samplingApi';

/** A table cell's text, cut with an ellipsis by the column, whole in a tooltip. */
const withTip = (text: string) => (
  <Tooltip placement="topLeft" title={text}>
    {text}
  </Tooltip>
);

/** 我的质检任务: the evaluator's own samples with why each was picked, and today's progress
 *  against their quota per method, filtered by status, agent and team (kept in the address).
 *  "Score" opens the evaluation page on the interaction. */
export default function QueuePage() {
  const t = useT();
  const navigate = useNavigate();
  const required = useRequired();
  const [skipping, setSkipping] = useState<Sample | null>(null);
  const load = useCallback(async (q: Query) => {
    const r = await samplingApi.queue(q);
    return { data: r.items, total: r.total, head: { day: r.day, level: r.level, progress: r.progress, open: r.open } };
  }, []);
  const list = useTableQuery<Sample, { head: Omit<Queue, 'items' | 'total'> }>(keys.quality('samples', 'queue'), load, {
    pageSize: 50,
  });
  const head = list.page?.head ?? null;
  const { departments } = useDepartments();
  const agentId = list.get('agentId');
  const shownAgent = list.tableProps.dataSource.find((s) => s.agentId === agentId); // to name a filter restored from the address

  return (
    <>
      <PageHeader
        title={t('quality.sampling.queue.title')}
        extra={
          head && (
            <Space>
              {head.level && (
                <Tag color="blue">
                  {t('quality.sampling.queue.level', { level: t(`quality.sampling.levels.${head.level}`) })}
                </Tag>
              )}
              <Tag>{t('quality.sampling.queue.open', { n: head.open })}</Tag>
            </Space>
          )
        }
      />
      {head && (
        <Card size="small" title={t('quality.sampling.queue.progress', { day: head.day })} style={{ marginBottom: 16 }}>
          <QuotaBars progress={head.progress} />
        </Card>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('quality.sampling.queue.showStatus')}</Typography.Text>
        <Select
          style={{ width: 140 }}
          value={list.get('status') ?? 'open'}
          onChange={(status) => list.update({ status })}
          data-testid="queue-status"
          options={SAMPLE_STATUSES.filter((s) => s !== 'cancelled').map((s) => ({
            value: s,
            label: t(`quality.sampling.status.${s}`),
          }))}
        />
        <AgentSelect
          value={agentId ?? null}
          onChange={(id) => list.update({ agentId: id })}
          placeholder={t('quality.sampling.queue.allAgents')}
          testId="queue-agent"
          current={
            shownAgent && {
              id: shownAgent.agentId,
              name: shownAgent.agentName,
              employeeNo: shownAgent.employeeNo,
              teamName: shownAgent.teamName,
            }
          }
        />
        <TeamSelect<string>
          departments={departments}
          allowClear
          style={{ width: 220 }}
          placeholder={t('quality.sampling.queue.allTeams')}
          value={list.get('teamId')}
          onChange={(teamId?: string) => list.update({ teamId })}
          data-testid="queue-team"
        />
      </Space>
      {/* Fits a 1280 px window: fixed widths, long texts cut with the whole text on hover, and the
          actions pinned to the right edge so 评分 / 跳过 stay in view when a narrower window scrolls. */}
      <Table<Sample>
        {...list.tableProps}
        rowKey="id"
        size="small"
        data-testid="queue-list"
        locale={{ emptyText: t('quality.sampling.queue.empty') }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('quality.sampling.queue.day'), dataIndex: 'day', width: 104 },
          {
            title: t('quality.sampling.queue.time'),
            dataIndex: 'startedAt',
            width: 64,
            render: (v: string) => localTime(v).slice(11, 16),
          },
          {
            title: t('quality.sampling.queue.agent'),
            key: 'agent',
            width: 220,
            ellipsis: { showTitle: false },
            render: (_: unknown, r) => withTip(`${r.agentName}（${r.employeeNo}）· ${r.teamName}`),
          },
          {
            title: t('quality.sampling.queue.businessType'),
            dataIndex: 'businessType',
            width: 104,
            ellipsis: { showTitle: false },
            render: withTip,
          },
          {
            title: t('quality.sampling.queue.channel'),
            dataIndex: 'channel',
            width: 72,
            render: (c: string) => t(`quality.forms.channels.${c as 'voice'}`),
          },
          {
            title: t('quality.sampling.queue.why'),
            key: 'why',
            ellipsis: { showTitle: false },
            render: (_: unknown, r) => withTip(reasonText(r.reason)),
          },
          {
            title: t('quality.sampling.queue.actions'),
            key: 'actions',
            width: 136,
            fixed: 'right',
            render: (_: unknown, r) =>
              r.status === 'open' ? (
                <Space size={8}>
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`score-${r.id}`}
                    onClick={() =>
                      navigate(
                        `/quality/evaluate?interactionId=${encodeURIComponent(r.interactionId)}&sampleId=${encodeURIComponent(r.id)}`,
                      )
                    }
                  >
                    {t('quality.sampling.queue.score')}
                  </Button>
                  <Button size="small" onClick={() => setSkipping(r)} data-testid={`skip-${r.id}`}>
                    {t('quality.sampling.queue.skip')}
                  </Button>
                </Space>
              ) : (
                <Tag>{t(`quality.sampling.status.${r.status}`)}</Tag>
              ),
          },
        ]}
      />
      <FormModal<{ reason: string }>
        open={!!skipping}
        title={t('quality.sampling.queue.skip')}
        onClose={() => setSkipping(null)}
        testId="skip-form"
        onSubmit={async (v) => {
          await samplingApi.skip(skipping!.id, v.reason);
          showSuccess(t('quality.sampling.queue.skipped'));
          list.reload();
        }}
      >
        <Form.Item name="reason" label={t('quality.sampling.queue.skipReason')} rules={[required]}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
      </FormModal>
    </>
  );
}
