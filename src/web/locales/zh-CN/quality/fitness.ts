// 质量监控 · 质检员适任（issue 17 item 3）：偏差标记、暂停、复核、恢复。
export default {
  column: '适任',
  columnHint: '校准评分相对共识的平均偏差（正为偏宽，负为偏严）；超出上限即标记，可暂停其评分资格',
  states: { ok: '适任', too_few: '校准不足', flagged: '已标记', suspended: '已暂停' },
  figureTip: '{from} 至 {to} 的 {n} 次校准评分；至少 {min} 次才判断，上限 ±{max} 分',
  suspendedTip: '暂停原因：{reason}。{from} 至 {to} 的评估已标记，{open} 条待复核',
  suspend: '暂停评分资格',
  reinstate: '恢复评分资格',
  suspendHint: '暂停后该质检员不能评分、不再分配样本；其 {from} 至 {to} 的评估将被标记，复核前不计入绩效。',
  reinstateHint: '请先安排重新培训，再选择暂停之后结束的校准场次：该质检员在其中的平均偏差须在 ±{max} 分以内。',
  session: '重新校准场次',
  suspended: '已暂停；标记 {marked} 条评估，释放 {released} 个样本',
  reinstated: '已恢复；重新校准平均偏差 {deviation}',
  mark: {
    tag: '待复核',
    flagged: '评分人因适任问题被暂停：本评估待质检主管复核',
    flaggedHint: '复核（确认或重评）之前，本评估不计入绩效考核。',
    confirmed: '质检主管已确认本评估 {at}：{reason}',
    rescored: '质检主管已重新评分 {at}：{reason}',
    confirm: '确认无误',
    rescore: '重新评分',
  },
};
