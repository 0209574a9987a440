import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import type { RateBy, RateRow } from '../../../../common/analytics-rates';
import { useT } from '../../../i18n';
import { RateBar } from './RateBar';
import type { Outcome } from './api';

// One dimension's table: the group, first attempts with the pass rate and its interval, the mean
// first score, and for programs and trainers the eliminated share; the total row last. Clicking a
// count opens the people behind it.

export interface Drill {
  key: string | undefined;
  label: string;
  outcome: Outcome;
}

export function RatesTable({
  by,
  rows,
  overall,
  confidence,
  loading,
  onDrill,
}: {
  by: RateBy;
  rows: RateRow[];
  overall: RateRow | undefined;
  confidence: number;
  loading: boolean;
  onDrill: (d: Drill) => void;
}) {
  const t = useT();
  const withExits = by === 'program' || by === 'trainer';
  const columns = useMemo<ColumnsType<RateRow>>(() => {
    const label = (r: RateRow) =>
      r.key === 'all' && r === overall ? t('analytics.rates.all') : (r.label ?? t('analytics.rates.none'));
    const keyOf = (r: RateRow) => (r === overall ? undefined : r.key);
    return [
      {
        title: t(`analytics.rates.dimension.${by}`),
        key: 'label',
        fixed: 'left',
        width: 150,
        render: (_: unknown, r) => (r === overall ? <strong>{label(r)}</strong> : label(r)),
      },
      {
        title: t('analytics.rates.columns.rate', { confidence }),
        key: 'rate',
        render: (_: unknown, r) => (
          <RateBar
            p={r.firstAttempts}
            testId={`rates-rate-${r === overall ? 'all' : r.key}`}
            onOpen={() => onDrill({ key: keyOf(r), label: label(r), outcome: 'all' })}
          />
        ),
      },
      {
        title: t('analytics.rates.columns.meanScore'),
        dataIndex: 'meanScore',
        align: 'right',
        width: 110,
        responsive: ['md'],
        render: (m: number | null) => (m === null ? '—' : m.toFixed(1)),
      },
      {
        title: t('analytics.rates.columns.people'),
        dataIndex: 'people',
        align: 'right',
        width: 90,
        responsive: ['lg'],
      },
      ...(withExits
        ? [
            {
              title: t('analytics.rates.columns.eliminated', { confidence }),
              key: 'eliminated',
              render: (_: unknown, r: RateRow) =>
                r.eliminated ? (
                  <RateBar
                    p={r.eliminated}
                    onOpen={() => onDrill({ key: keyOf(r), label: label(r), outcome: 'eliminated' })}
                  />
                ) : null,
            },
          ]
        : []),
    ];
  }, [t, by, confidence, overall, withExits, onDrill]);
  return (
    <Table<RateRow>
      size="small"
      rowKey={(r) => (r === overall ? '__all' : r.key)}
      loading={loading}
      columns={columns}
      dataSource={overall && rows.length ? [...rows, overall] : rows}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: <Typography.Text type="secondary">{t('analytics.rates.empty')}</Typography.Text> }}
      data-testid={`rates-table-${by}`}
    />
  );
}
