import { DownloadOutlined, EditOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { GRADES } from '../../../../common/appraisal-plans';
import { useFitColumns, type FitColumn } from '../../../components/useFitColumns';
import { useFileUpload } from '../../../components/useFileUpload';
import { useI18n } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { appraisalApi, appraisalKey, type Bonus, type BonusRow, type CycleFull } from '../appraisalApi';
import { GradeTag, num, yuan } from '../labels';
import { MoneyModal } from './MoneyModal';

type TeamTotal = Bonus['teams'][number];
const PAYROLL_STEPS = new Set(['final', 'published']);

/** 奖金分配表: grade → coefficient × the person's base bonus (or each team's pool shared by
 *  coefficient); bases are entered here or imported, pools set per team; team totals reconcile. */
export function BonusPanel({ cycle: c }: { cycle: CycleFull }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const { data: b, loading } = useApiQuery(appraisalKey('bonus', c.id), () => appraisalApi.bonus(c.id));
  const [base, setBase] = useState<BonusRow | null>(null);
  const [pool, setPool] = useState<TeamTotal | null>(null);
  const upload = useFileUpload({
    send: (file) => appraisalApi.importBase(c.id, file),
    onDone: (r) => {
      void message.success(t('appraisal.bonus.imported', { rows: r.rows, changed: r.changed }));
      void invalidate(appraisalKey());
    },
    accept: ['.xlsx'],
    badTypeText: t('appraisal.external.xlsxOnly'),
  });
  const editable = c.status !== 'published';
  const columns: FitColumn<BonusRow>[] = [
    {
      key: 'person',
      title: t('appraisal.fields.person'),
      fixed: 'left',
      render: (_, r) => `${r.employeeName} · ${r.employeeNo}`,
    },
    { key: 'team', title: t('appraisal.fields.team'), dataIndex: 'teamName' },
    { key: 'total', title: t('appraisal.fields.total'), dataIndex: 'total', align: 'right', render: (v) => num(v) },
    {
      key: 'grade',
      title: t('appraisal.fields.grade'),
      dataIndex: 'grade',
      render: (g) => <GradeTag grade={g} />,
      empty: () => false,
    },
    {
      key: 'coef',
      title: t('appraisal.bonus.coefficient'),
      dataIndex: 'coefficient',
      align: 'right',
      render: (v) => num(v),
    },
    {
      key: 'base',
      title: t('appraisal.bonus.base'),
      dataIndex: 'baseCents',
      align: 'right',
      render: (v: number | null, r) => (
        <Space size={4}>
          {yuan(v)}
          {r.baseSource && <span className="ap-muted">{t(`appraisal.bonus.sources.${r.baseSource}`)}</span>}
          {editable && (
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={() => setBase(r)}
              aria-label={t('appraisal.bonus.editBase')}
              data-testid={`bonus-base-${r.employeeNo}`}
            />
          )}
        </Space>
      ),
    },
    {
      key: 'amount',
      title: t('appraisal.bonus.amount'),
      dataIndex: 'amountCents',
      align: 'right',
      render: (v: number) => <Typography.Text strong>{yuan(v)}</Typography.Text>,
    },
  ];
  const fit = useFitColumns('appraisal-bonus', columns, b?.rows ?? []);
  if (!b) return loading ? null : <Alert type="info" title={t('appraisal.bonus.none')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="bonus-panel" data-mode={b.mode}>
      <Card size="small">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'm', label: t('appraisal.bonus.mode'), children: t(`appraisal.bonus.modes.${b.mode}`) },
              {
                key: 'c',
                label: t('appraisal.bonus.coefficients'),
                children: GRADES.map((g) => `${g} ${num(b.coefficients[g])}`).join(' · '),
              },
              ...(b.mode === 'base'
                ? [{ key: 'd', label: t('appraisal.bonus.defaultBase'), children: yuan(b.defaultBaseCents) }]
                : []),
              {
                key: 'tot',
                label: t('appraisal.bonus.totalAll'),
                children: <b data-testid="bonus-total">{yuan(b.totalCents)}</b>,
              },
            ]}
          />
          <Space wrap>
            {b.mode === 'base' && editable && (
              <>
                <Button icon={<DownloadOutlined />} href={appraisalApi.baseTemplateUrl(c.id, locale)} download>
                  {t('appraisal.bonus.template')}
                </Button>
                <Upload
                  accept=".xlsx"
                  showUploadList={false}
                  customRequest={upload.customRequest}
                  beforeUpload={upload.beforeUpload}
                >
                  <Button icon={<UploadOutlined />} loading={upload.busy} data-testid="bonus-import">
                    {t('appraisal.bonus.import')}
                  </Button>
                </Upload>
              </>
            )}
            <Button
              type="primary"
              icon={<FileExcelOutlined />}
              href={appraisalApi.payrollUrl(c.id, locale)}
              download
              disabled={!PAYROLL_STEPS.has(c.status)}
              title={PAYROLL_STEPS.has(c.status) ? undefined : t('appraisal.bonus.exportAfterFinal')}
              data-testid="bonus-export"
            >
              {t('appraisal.bonus.export')}
            </Button>
          </Space>
        </Space>
        {!b.fixed && <Typography.Text type="secondary">{t('appraisal.bonus.notFixed')}</Typography.Text>}
      </Card>
      <Table<TeamTotal>
        rowKey="teamId"
        size="small"
        pagination={false}
        dataSource={b.teams}
        data-testid="bonus-teams"
        title={() => t('appraisal.bonus.teams')}
        columns={[
          { title: t('appraisal.fields.team'), dataIndex: 'teamName' },
          { title: t('appraisal.distribution.size'), dataIndex: 'people', align: 'right' },
          ...(b.mode === 'pool'
            ? [
                {
                  title: t('appraisal.bonus.pool'),
                  key: 'pool',
                  align: 'right' as const,
                  render: (_: unknown, r: TeamTotal) => (
                    <Space size={4}>
                      {r.poolCents === null ? t('appraisal.bonus.noPool') : yuan(r.poolCents)}
                      {editable && (
                        <Button
                          size="small"
                          type="text"
                          icon={<EditOutlined />}
                          onClick={() => setPool(r)}
                          aria-label={t('appraisal.bonus.editPool')}
                          data-testid={`bonus-pool-${r.teamId}`}
                        />
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
          {
            title: t('appraisal.bonus.amount'),
            dataIndex: 'amountCents',
            align: 'right',
            render: (v: number) => yuan(v),
          },
        ]}
      />
      <div>
        <div style={{ textAlign: 'right', marginBottom: 8 }}>{fit.picker}</div>
        <Table<BonusRow>
          rowKey="employeeId"
          size="small"
          dataSource={b.rows}
          columns={fit.columns}
          scroll={fit.scroll}
          pagination={{ pageSize: 50, showSizeChanger: true }}
          data-testid="bonus-rows"
        />
      </div>
      {base && (
        <MoneyModal
          title={t('appraisal.bonus.editBaseFor', { name: base.employeeName })}
          cents={base.baseCents}
          onClose={() => setBase(null)}
          onSave={(amountCents, reason) =>
            appraisalApi.putBase(c.id, { items: [{ employeeId: base.employeeId, amountCents }], reason })
          }
        />
      )}
      {pool && (
        <MoneyModal
          title={t('appraisal.bonus.editPoolFor', { team: pool.teamName })}
          cents={pool.poolCents}
          onClose={() => setPool(null)}
          onSave={(amountCents, reason) => appraisalApi.putPool(c.id, pool.teamId, { amountCents, reason })}
        />
      )}
    </Space>
  );
}
