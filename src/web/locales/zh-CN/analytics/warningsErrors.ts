// errorCode texts of the warnings part of /api/analytics (issue 22).
export default {
  WARNING_RESOLVED: '下降已结束，该预警已解除，不能再记录措施',
  WARNING_DUE_PAST: '完成期限不能早于今天',
};
