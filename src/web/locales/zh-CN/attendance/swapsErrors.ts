// errorCode texts of /api/attendance (swaps part), merged into errors.
export default {
  TOIL_BEYOND_BALANCE: '{day} 可用的调休只有 {balance} 小时，申请了 {hours} 小时',
  TOIL_HOURS_INVALID: '调休时长须为正数（小时）',
};
