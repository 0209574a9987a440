import { keys } from '../../../query/keys';
import { Table, Typography } from 'antd';
import { PageHeader } from '../../../components/PageHeader';
import { useFitColumns } from '../../../components/useFitColumns';
import { useTableQuery } from '../../../components/useTableQuery';
import { useT } from '../../../i18n';
import { formsApi, type EvaluationRow } from '../forms/formsApi';
import { useEvaluationColumns } from './columns';

/** 我的质检: an agent's own evaluations (mine=1; the server never shows anyone else's). */
export default function MyEvaluationsPage() {
  const t = useT();
  const list = useTableQuery<EvaluationRow>(keys.quality('evaluations', 'mine'), (q) =>
    formsApi.evaluations({ ...q, mine: '1' }),
  );
  const fit = useFitColumns(
    'quality-my-evaluations',
    useEvaluationColumns({ agent: false, evaluator: true }),
    list.tableProps.dataSource,
  );
  return (
    <>
      <PageHeader title={t('quality.forms.mine.title')} extra={fit.picker} />
      <Typography.Paragraph type="secondary">{t('quality.forms.mine.hint')}</Typography.Paragraph>
      <Table<EvaluationRow>
        {...list.tableProps}
        columns={fit.columns}
        scroll={fit.scroll}
        data-testid="my-evaluations"
        locale={{ emptyText: t('quality.forms.mine.empty') }}
      />
    </>
  );
}
