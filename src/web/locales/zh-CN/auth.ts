export default {
  login: {
    title: '登录',
    subtitle: '坐席培训、考核、质检与人员管理',
    username: '用户名',
    password: '密码',
    submit: '登录',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    demoHint: '演示账号：admin、hr、training、trainer、mentor、teamlead、qa、manager、agent、trainee，密码均为 Seatwise2026',
  },
  changePassword: {
    title: '修改密码',
    forcedHint: '这是初始密码，请先设置新密码再继续使用系统。',
    current: '当前密码',
    next: '新密码',
    confirm: '确认新密码',
    rules: '长度不少于系统要求（默认 8 位），同时包含字母和数字，且不能包含用户名。',
    mismatch: '两次输入的新密码不一致',
    submit: '修改密码',
    done: '密码已修改',
  },
};
