import { keys } from '../../../query/keys';
import { Button, DatePicker, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { METHODS } from '../../../../common/quality';
import { useCan } from '../../../access';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { PageHeader } from '../../../components/PageHeader';
import { useFitColumns } from '../../../components/useFitColumns';
import { useTableQuery } from '../../../components/useTableQuery';
import { toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { formsApi, type EvaluationRow } from '../forms/formsApi';
import { useEvaluationColumns } from './columns';
import { PickInteractionModal } from './PickInteractionModal';

/** 质检记录: the evaluations the caller may see (the server scopes them), with filters. */
export default function EvaluationsPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const list = useTableQuery<EvaluationRow>(keys.quality('evaluations', 'page'), formsApi.evaluations);
  const forms =
    useApiQuery(keys.quality('forms', { includeArchived: '1' }), () => formsApi.forms({ includeArchived: '1' })).data ??
    [];
  const [picking, setPicking] = useState(false);
  const fit = useFitColumns(
    'quality-evaluations',
    useEvaluationColumns({ agent: true, evaluator: true }),
    list.tableProps.dataSource,
  );
  const from = list.get('from');
  const to = list.get('to');
  return (
    <>
      <PageHeader
        title={t('quality.forms.evaluations.title')}
        extra={
          can('quality.evaluate') && (
            <Space>
              <Button onClick={() => setPicking(true)} data-testid="evaluate-interaction">
                {t('quality.forms.evaluations.scoreInteraction')}
              </Button>
              <Button type="primary" onClick={() => navigate('/quality/evaluate')} data-testid="evaluate-session">
                {t('quality.forms.evaluations.sideBySide')}
              </Button>
            </Space>
          )
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <div style={{ display: 'grid', width: 220 }}>
          {/* a grid cell stretches the select to the width */}
          <EmployeeSelect
            value={list.get('agentId') ?? null}
            onChange={(agentId) => list.update({ agentId })}
            placeholder={t('quality.forms.evaluations.agent')}
          />
        </div>
        <DatePicker.RangePicker
          value={from && to ? [dayjs(from), dayjs(to)] : null}
          onChange={(r) =>
            list.update({ from: r?.[0] ? toIsoDate(r[0]) : undefined, to: r?.[1] ? toIsoDate(r[1]) : undefined })
          }
        />
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('quality.forms.evaluations.form')}
          value={list.get('formId')}
          onChange={(formId) => list.update({ formId })}
          options={forms.map((f) => ({ value: f.id, label: f.name }))}
        />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('quality.forms.evaluations.result')}
          value={list.get('passed')}
          onChange={(passed) => list.update({ passed })}
          data-testid="filter-passed"
          options={[
            { value: '1', label: t('quality.forms.score.passed') },
            { value: '0', label: t('quality.forms.score.failed') },
          ]}
        />
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('quality.forms.evaluations.method')}
          value={list.get('method')}
          onChange={(method) => list.update({ method })}
          options={METHODS.map((m) => ({ value: m, label: t(`quality.forms.methods.${m}`) }))}
        />
        {fit.picker}
      </Space>
      <Table<EvaluationRow>
        {...list.tableProps}
        columns={fit.columns}
        scroll={fit.scroll}
        data-testid="evaluation-list"
      />
      <PickInteractionModal open={picking} onClose={() => setPicking(false)} />
    </>
  );
}
