import { keys } from '../../../query/keys';
import { Button, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useTableQuery } from '../../../components/useTableQuery';
import { useT } from '../../../i18n';
import { useSession } from '../../../session';
import { EvaluatorDrawer } from './EvaluatorDrawer';
import { calibrationApi, type CalibrationSummary } from './calibrationApi';
import { CreateCalibrationModal } from './CreateCalibrationModal';

/** 校准会: the sessions the caller facilitates or is invited to (QA leads and HR see all). */
export default function CalibrationsPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const list = useTableQuery<CalibrationSummary>(keys.quality('calibrations', 'page'), calibrationApi.sessions);
  const [creating, setCreating] = useState(false);
  const [record, setRecord] = useState<string | null>(null);
  const { me } = useSession();
  const open = (id: string) => navigate(`/quality/calibrations/${encodeURIComponent(id)}`);
  return (
    <>
      <PageHeader
        title={t('quality.calibration.sessions.title')}
        extra={
          <Space>
            {can('quality.evaluate') && me && (
              <Button onClick={() => setRecord(me.id)} data-testid="my-evaluator-record">
                {t('quality.calibration.sessions.myRecord')}
              </Button>
            )}
            {can('quality.lead') && (
              <Button type="primary" onClick={() => setCreating(true)} data-testid="calibration-new">
                {t('quality.calibration.sessions.create')}
              </Button>
            )}
          </Space>
        }
      />
      <Space style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('quality.calibration.sessions.status')}
          value={list.get('status')}
          onChange={(status) => list.update({ status })}
          options={(['open', 'closed'] as const).map((s) => ({
            value: s,
            label: t(`quality.calibration.sessions.${s}`),
          }))}
        />
      </Space>
      <Table<CalibrationSummary>
        {...list.tableProps}
        data-testid="calibration-list"
        locale={{ emptyText: t('quality.calibration.sessions.noneOpen') }}
        onRow={(r) => ({ onClick: () => open(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('quality.calibration.sessions.day'), dataIndex: 'day', width: 120 },
          { title: t('quality.calibration.sessions.titleField'), dataIndex: 'title' },
          { title: t('quality.calibration.sessions.form'), render: (_, r) => `${r.formName} · v${r.formVersion}` },
          { title: t('quality.calibration.sessions.facilitator'), dataIndex: 'facilitatorName' },
          { title: t('quality.calibration.sessions.interactions'), dataIndex: 'interactionCount', width: 100 },
          {
            title: t('quality.calibration.sessions.progress'),
            width: 120,
            render: (_, r) => `${r.submitted}/${r.evaluators * r.interactionCount}`,
          },
          {
            title: t('quality.calibration.sessions.status'),
            dataIndex: 'status',
            width: 120,
            render: (s: 'open' | 'closed') => (
              <Tag color={s === 'open' ? 'blue' : 'default'}>{t(`quality.calibration.sessions.${s}`)}</Tag>
            ),
          },
        ]}
      />
      <CreateCalibrationModal open={creating} onClose={() => setCreating(false)} onCreated={open} />
      <EvaluatorDrawer userId={record} onClose={() => setRecord(null)} />
    </>
  );
}
