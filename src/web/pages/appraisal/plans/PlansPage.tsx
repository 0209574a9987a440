import { PlusOutlined } from '@ant-design/icons';
import { Button, type ButtonProps, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useDepartments } from '../../../components/useDepartments';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { useSession } from '../../../session';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { planKey, plansApi, type PlanSummary } from './plansApi';

/** 考核方案: the plans, their published and draft versions; HR, administrators and center managers make new ones. */
export default function PlansPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { departments } = useDepartments();
  const { data, loading } = useApiQuery(planKey('list'), () => plansApi.plans());
  const [creating, setCreating] = useState(false);
  const deptName = (id: string | null) =>
    id ? (departments.find((d) => d.id === id)?.name ?? id) : t('appraisalPlans.list.wholeCenter');
  const version = (n: number | null) => (n ? t('appraisalPlans.list.version', { n }) : t('appraisalPlans.list.none'));
  return (
    <>
      <PageHeader
        title={t('appraisalPlans.list.title')}
        extra={
          can('appraisal.plans') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="plan-new">
              {t('appraisalPlans.list.new')}
            </Button>
          )
        }
      />
      <Table<PlanSummary>
        rowKey="id"
        loading={loading}
        dataSource={data?.data ?? []}
        pagination={false}
        data-testid="plan-list"
        columns={[
          {
            title: t('appraisalPlans.list.name'),
            dataIndex: 'name',
            render: (n: string, p) => <Link to={`/appraisal/plans/${p.id}`}>{n}</Link>,
          },
          { title: t('appraisalPlans.list.department'), dataIndex: 'departmentId', render: deptName },
          {
            title: t('appraisalPlans.list.cycleKind'),
            dataIndex: 'cycleKind',
            width: 110,
            render: (k: PlanSummary['cycleKind']) => t(`appraisalPlans.cycleKinds.${k}`),
          },
          { title: t('appraisalPlans.list.teams'), dataIndex: 'teamCount', width: 100, align: 'right' },
          {
            title: t('appraisalPlans.list.published'),
            dataIndex: 'publishedVersion',
            width: 120,
            render: (n: number | null) => (n ? <Tag color="green">{version(n)}</Tag> : version(n)),
          },
          {
            title: t('appraisalPlans.list.draft'),
            dataIndex: 'draftVersion',
            width: 100,
            render: (n: number | null) => (n ? <Tag color="gold">{version(n)}</Tag> : version(n)),
          },
          { title: t('appraisalPlans.list.updatedAt'), dataIndex: 'updatedAt', width: 180, render: localTime },
        ]}
      />
      {creating && (
        <NewPlanModal onClose={() => setCreating(false)} onMade={(id) => navigate(`/appraisal/plans/${id}`)} />
      )}
    </>
  );
}

function NewPlanModal({ onClose, onMade }: { onClose: () => void; onMade: (id: string) => void }) {
  const t = useT();
  const { me } = useSession();
  const { departments } = useDepartments();
  // A center manager's plan is their department's; HR and administrators choose (or the whole center).
  const companyWide = !!me?.roles.some((r) => r === 'admin' || r === 'hr');
  const [form] = Form.useForm<{ name: string; departmentId?: string }>();
  const create = useApiMutation(plansApi.create, { invalidates: [planKey()], onSuccess: (p) => onMade(p.id) });
  return (
    <Modal
      open
      title={t('appraisalPlans.list.newTitle')}
      okText={t('appraisalPlans.list.create')}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'plan-create' } as ButtonProps}
      onOk={() =>
        form.validateFields().then((v) => create.mutate({ name: v.name, departmentId: v.departmentId ?? null }))
      }
    >
      <Typography.Paragraph type="secondary">{t('appraisalPlans.list.newHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="name"
          label={t('appraisalPlans.list.name')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input maxLength={100} data-testid="plan-name-new" />
        </Form.Item>
        {companyWide && (
          <Form.Item name="departmentId" label={t('appraisalPlans.list.department')}>
            <Select
              allowClear
              placeholder={t('appraisalPlans.list.wholeCenter')}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
