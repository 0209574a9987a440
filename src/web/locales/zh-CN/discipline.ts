// 纪律记录 (issue 17 item 6): the list, the new-record form, the record drawer with the person's
// reply or appeal and HR's decision, and the timeline on the person's file.
export default {
  title: '纪律记录',
  menu: '纪律记录',
  newRecord: '新增纪律记录',
  empty: '暂无纪律记录',
  notFound: '找不到该纪律记录，或你无权查看',
  kinds: {
    lateness: '迟到', early_leave: '早退', absence: '缺勤', rudeness: '言行不当', rule_breach: '违反规章制度', data_security: '违反信息安全与保密', other: '其他违纪',
  },
  statuses: { pending: '待人力资源确认', appealed: '申诉中', confirmed: '已确认', withdrawn: '已撤销' },
  states: { all: '全部', active: '生效中', expired: '已过期' },
  fields: {
    person: '人员', team: '班组', kind: '类型', occurredOn: '发生日期', description: '情况说明', status: '状态', expiresOn: '有效期至',
    recordedBy: '记录人', recordedAt: '记录时间', evidenceText: '书面证据', interactionId: '关联通话/会话编号', attendanceSessionId: '关联培训场次（考勤记录）',
    attachments: '证据附件', response: '本人回复/申诉', decision: '人力资源决定', counts: '是否计入', period: '发生日期范围',
  },
  counts: '计入（已确认、未过期）',
  notCounting: '不计入',
  expired: '已过期',
  evidenceHelp: '须有证据：书面说明，或关联本人的通话/会话，或本人在培训场次中的考勤记录；附件可在保存后上传。记录保存后会通知本人与人力资源。',
  attendanceHelp: '填写培训场次编号；迟到、早退、缺勤类记录的考勤状态必须一致。',
  create: { title: '新增纪律记录', submit: '保存并通知本人' },
  respond: {
    title: '本人回复或申诉', kind: '方式', reply: '回复（说明情况，存档）', appeal: '申诉（请求人力资源撤销）', text: '内容', submit: '提交',
    once: '每条记录只能回复或申诉一次。', appealNote: '申诉期间该记录暂不计入，人力资源答复后为最终结果。',
  },
  decide: { title: '人力资源决定', confirm: '确认', withdraw: '撤销', reason: '理由', submit: '提交决定' },
  upload: '上传证据附件',
  uploadHint: '可上传 PDF、图片、Word、Excel、文本，单个不超过设置的大小',
  timeline: '记录经过',
  events: {
    recorded: '{actor} 记录了「{kind}」（{occurredOn}），有效期至 {expiresOn}',
    attachment: '{actor} 上传了证据附件 {fileName}',
    reply: '{actor} 回复了此记录',
    appeal: '{actor} 提出申诉',
    confirmed: '{actor}（人力资源）确认了此记录',
    withdrawn: '{actor}（人力资源）撤销了此记录',
  },
  onAppeal: '（答复申诉）',
  person: { title: '纪律记录', empty: '无纪律记录', openAll: '在纪律记录中查看' },
  view: '查看',
};
