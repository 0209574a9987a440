import { Alert } from 'antd';
import type { PlanProblem } from '../../../../common/appraisal-plans';
import { translateMaybe, useT, type MsgKey } from '../../../i18n';

/** Where a problem is, in words: "呼入岗指标组", "覆盖团队第 2 行", "等级 B". */
function useWhere() {
  const t = useT();
  return (field: string) => {
    const [head, a] = field.split('.');
    if (head === 'kpiSets' && a)
      return t('appraisalPlans.fields.kpiSets', { type: t(`appraisalPlans.positionTypes.${a}` as MsgKey) });
    if (head === 'teams' && a) return t('appraisalPlans.fields.teams', { n: Number(a) + 1 });
    if (head === 'grades' && a)
      return t('appraisalPlans.fields.grades', { grade: ['S', 'A', 'B', 'C', 'D'][Number(a)] ?? a });
    return '';
  };
}

/** The plan's broken rules, as the server would name them (errors.<code>), with where each one is. */
export function ProblemList({ problems }: { problems: PlanProblem[] }) {
  const t = useT();
  const where = useWhere();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="plan-problems"
      title={t('appraisalPlans.editor.problems', { n: problems.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.map((p, i) => {
            const place = where(p.field);
            const text = translateMaybe(`errors.${p.code}`, p.params) ?? p.message;
            return (
              <li key={i} data-code={p.code}>
                {place ? `${place}：${text}` : text}
              </li>
            );
          })}
        </ul>
      }
    />
  );
}
