import { DatePicker, Input, Modal, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { localTime, noFuture, toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { formsApi, type InteractionRow } from '../forms/formsApi';

/** Pick an interaction to score: an agent's interactions on a day (GET /api/interactions, within
 *  the caller's scope), or an interaction ID typed in. */
export function PickInteractionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [agentId, setAgentId] = useState<string | null>(null);
  const [day, setDay] = useState(toIsoDate(dayjs().subtract(1, 'day')));
  const go = (id: string) => {
    onClose();
    navigate(`/quality/evaluate?interactionId=${encodeURIComponent(id)}`);
  };
  const calls = useApiQuery(
    keys.quality('interactions', agentId, day),
    () => formsApi.interactions({ agentId: agentId!, date: day, answered: '1', pageSize: 100 }),
    {
      enabled: !!agentId,
    },
  );
  const rows: InteractionRow[] = (agentId && calls.data?.data) || [];
  const loading = calls.loading;
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      width={760}
      title={t('quality.forms.evaluations.pickInteraction')}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <div style={{ display: 'grid', width: 240 }}>
          <EmployeeSelect
            value={agentId}
            onChange={setAgentId}
            placeholder={t('quality.forms.evaluate.agent')}
            data-testid="pick-agent"
          />
        </div>
        <DatePicker
          value={dayjs(day)}
          allowClear={false}
          disabledDate={noFuture}
          onChange={(d) => d && setDay(toIsoDate(d))}
        />
        <Input.Search
          placeholder={t('quality.forms.evaluations.interactionId')}
          enterButton={t('quality.forms.evaluations.open')}
          onSearch={(v) => v.trim() && go(v.trim())}
          data-testid="pick-id"
        />
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 10 }}
        onRow={(r) => ({ onClick: () => go(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('quality.forms.evaluate.started'), dataIndex: 'startedAt', render: (v: string) => localTime(v) },
          {
            title: t('quality.forms.evaluate.channel'),
            dataIndex: 'channel',
            render: (c: 'voice') => t(`quality.forms.channels.${c}`),
          },
          { title: t('quality.forms.evaluate.businessType'), dataIndex: 'businessType' },
          { title: t('quality.forms.evaluate.talk'), dataIndex: 'talkSeconds' },
        ]}
      />
    </Modal>
  );
}
