// The home page's work items of this area (issue 26): home.kinds.<kind>, with the item's params.
export default {
  attendanceLeaveToDecide: 'Decide {name}’s leave: {from} to {to}, {days} days',
  attendanceLeaveApproved: 'Your leave ({from} to {to}, {days} days) was approved',
  attendanceLeaveRejected: 'Your leave ({from} to {to}, {days} days) was not approved',
  attendanceSwapToAnswer: '{name} asks to swap shifts with you: {day} ↔ {colleagueDay}',
  attendanceSwapToApprove: 'Approve a swap: {name} and {colleague}, {day} ↔ {colleagueDay}',
  attendanceShift: 'Shift on {day}: {shift} ({start}–{end})',
  appraisalReview: 'Appraisal “{cycle}”: {count} team sheets to review',
  appraisalConfirm: 'Your appraisal result in “{cycle}” is out ({grade}): confirm or appeal',
  appraisalAppealToReview: 'Review {name}’s appraisal appeal on {kpi}',
  appraisalAppealToDecide: 'Decide {name}’s appraisal appeal on {kpi} (reviewed by the lead)',
  appraisalPublish: 'Appraisal “{cycle}” is in its final step: publish the results',
  appraisalFollowUp: 'Follow up {name}’s improvement (grade {grade})',
  analyticsWarning: '{name}’s {metric} keeps declining: act on it',
};
