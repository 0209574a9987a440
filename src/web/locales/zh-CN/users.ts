export default {
  title: '用户与角色',
  search: '搜索用户名或姓名',
  roleFilter: '角色',
  add: '新建用户',
  fields: {
    username: '用户名',
    displayName: '显示名称',
    roles: '角色',
    employee: '关联人员',
    locale: '语言',
    state: '状态',
    createdAt: '创建时间',
    disabled: '停用账号',
    reason: '原因',
  },
  state: {
    active: '正常',
    disabled: '已停用',
    locked: '已锁定',
    mustChange: '待改初始密码',
  },
  actions: {
    resetPassword: '重置密码', resetConfirm: '重置「{name}」的密码？对方下次登录时必须修改。',
    unlock: '解锁', unlockConfirm: '立即解除「{name}」的登录锁定？', unlocked: '「{name}」可以重新登录了',
  },
  form: {
    createTitle: '新建用户',
    editTitle: '编辑用户',
    usernameRule: '3–32 位字母、数字、.、- 或 _',
    rolesRequired: '至少选择一个角色',
  },
  password: {
    title: '初始密码',
    createdHint: '用户「{name}」已创建。初始密码只显示这一次，请复制后交给本人；首次登录时必须修改。',
    resetHint: '「{name}」的密码已重置。新密码只显示这一次，请复制后交给本人；下次登录时必须修改。',
  },
  localeNames: { 'zh-CN': '中文', 'en-US': 'English' },
};
