// errorCode texts of the appraisal module (/api/appraisal/*, SPEC §9), merged into `errors`.
// Plans (A1) first; the cycles, sheets, appeals and results parts add theirs below.
export default {
  // plans: the content's rules (src/common/appraisal-plans.ts)
  WEIGHTS_NOT_100: '指标权重合计为 {total}，须正好为 100',
  KPI_SET_EMPTY: '该岗位类型的指标组还没有指标',
  DUPLICATE_KPI: '同一指标在一个指标组中出现了两次',
  KPI_SET_MISSING: '考核范围中的团队所属岗位类型没有指标组',
  DUPLICATE_TEAM: '同一团队在考核范围中出现了两次',
  LINEAR_FLOOR_EQUALS_TARGET: '线性计分的 0 分线与满分目标不能相同',
  BAND_EMPTY: '分档的上限须大于下限',
  BANDS_OVERLAP: '分档区间有重叠',
  GRADES_ORDER: '等级须按 S、A、B、C、D 的顺序排列',
  GRADES_NOT_DESCENDING: '等级分数线须从 S 到 D 逐级降低',
  // plans: scope and publication
  PLAN_OUT_OF_SCOPE: '只能设置本部门的考核方案',
  TEAM_NOT_IN_DEPARTMENT: '该团队不属于此方案的部门',
  TEAM_IN_OTHER_PLAN: '该团队已在已发布的考核方案“{plan}”中',
  PLAN_HAS_NO_TEAMS: '请先选择方案覆盖的团队再发布',
};
