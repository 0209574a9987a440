import { Button, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n';
import type { Appeal, SheetFull, SheetItemRow } from '../appraisalApi';
import { AppealStatusTag, num, useKpiValue, useRuleText } from '../labels';
import { EvidenceLink } from './EvidenceLink';

const SOURCE_COLORS: Record<SheetItemRow['source'], string> = {
  data: 'default',
  manual: 'blue',
  import: 'cyan',
  appeal: 'green',
  none: 'default',
};

/** The items of a sheet: each KPI's value, the rule that scores it, its points, weight and share of
 *  the total, the records behind it, and what the reader may do with it (enter, appeal). */
export function SheetItemsTable({
  sheet,
  appeals,
  canEnter,
  canAppeal,
  onEnter,
  onAppeal,
}: {
  sheet: SheetFull;
  appeals: Appeal[];
  canEnter: boolean;
  canAppeal: boolean;
  onEnter: (item: SheetItemRow) => void;
  onAppeal: (item: SheetItemRow) => void;
}) {
  const t = useT();
  const value = useKpiValue();
  const ruleText = useRuleText();
  const appealOf = (code: string) => appeals.find((a) => a.kpiCode === code);

  return (
    <Table<SheetItemRow>
      rowKey="code"
      size="small"
      bordered
      pagination={false}
      dataSource={sheet.items}
      className="ap-items"
      data-testid="sheet-items"
      onRow={(r) => ({ 'data-testid': `item-${r.code}`, 'data-points': r.points ?? '' }) as object}
      columns={[
        {
          title: t('appraisal.sheet.kpi'),
          key: 'kpi',
          width: 280,
          render: (_, r) => (
            <>
              <Typography.Text strong>{t(`appraisal.kpis.${r.code}`)}</Typography.Text>
              <div className="ap-formula" data-testid={`formula-${r.code}`}>
                {ruleText(r.code, r.rule)}
              </div>
            </>
          ),
        },
        {
          title: t('appraisal.sheet.value'),
          key: 'value',
          align: 'right',
          render: (_, r) => (
            <>
              <span data-testid={`value-${r.code}`}>{value(r.code, r.value)}</span>
              {r.source !== 'data' && (
                <div>
                  <Tag color={SOURCE_COLORS[r.source]} style={{ marginInlineEnd: 0 }}>
                    {t(`appraisal.sources.${r.source}`)}
                  </Tag>
                </div>
              )}
            </>
          ),
        },
        {
          title: t('appraisal.sheet.points'),
          dataIndex: 'points',
          align: 'right',
          render: (p: number | null) => (p === null ? t('appraisal.sheet.na') : num(p)),
        },
        {
          title: t('appraisal.sheet.weight'),
          dataIndex: 'weight',
          align: 'right',
          render: (w: number) => `${num(w)}%`,
        },
        {
          title: t('appraisal.sheet.effectiveWeight'),
          dataIndex: 'effectiveWeight',
          align: 'right',
          render: (w: number) => `${num(w)}%`,
        },
        {
          title: t('appraisal.sheet.contribution'),
          dataIndex: 'contribution',
          align: 'right',
          render: (c: number, r) => (
            <span data-testid={`contribution-${r.code}`} title={t('appraisal.sheet.contributionHint')}>
              {r.points === null ? '—' : num(c)}
            </span>
          ),
        },
        {
          title: t('appraisal.sheet.evidence'),
          key: 'evidence',
          width: 220,
          render: (_, r) => (
            <>
              <EvidenceLink evidence={r.evidence} code={r.code} />
              {r.comment && <div className="ap-formula">{r.comment}</div>}
            </>
          ),
        },
        {
          title: t('appraisal.sheet.actions'),
          key: 'actions',
          className: 'ap-no-print',
          render: (_, r) => {
            const appeal = appealOf(r.code);
            return (
              <Space orientation="vertical" size={2}>
                {appeal && (
                  <Link to={`/appraisal/appeals?appeal=${appeal.id}`} data-testid={`appeal-link-${r.code}`}>
                    <AppealStatusTag status={appeal.status} />
                  </Link>
                )}
                {canEnter && r.rule.kind === 'manual' && (
                  <Button size="small" onClick={() => onEnter(r)} data-testid={`enter-${r.code}`}>
                    {t('appraisal.sheet.enter')}
                  </Button>
                )}
                {canAppeal && !appeal && (
                  <Button size="small" onClick={() => onAppeal(r)} data-testid={`appeal-${r.code}`}>
                    {t('appraisal.sheet.appeal')}
                  </Button>
                )}
              </Space>
            );
          },
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={5}>
            <Typography.Text strong>{t('appraisal.sheet.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">
            <Typography.Text strong data-testid="sheet-total-cell">
              {num(sheet.total)}
            </Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={6} colSpan={2} />
        </Table.Summary.Row>
      )}
    />
  );
}
