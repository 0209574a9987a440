export default {
  login: {
    title: '登录',
    subtitle: '坐席培训、考核、质检与人员管理',
    username: '用户名',
    password: '密码',
    submit: '登录',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    code: '动态码',
    codeHint: '已开启两步验证：请输入身份验证器 App 中的 6 位动态码',
    codeRequired: '请输入 6 位动态码',
    demoHint:
      '演示账号：admin、hr、training、trainer、mentor、teamlead、qa、manager、agent、trainee，密码均为 Seatwise2026',
  },
  changePassword: {
    title: '修改密码',
    forcedHint: '这是初始密码，请先设置新密码再继续使用系统。',
    current: '当前密码',
    next: '新密码',
    confirm: '确认新密码',
    rules: '至少 {min} 位，同时包含字母和数字，不能包含用户名，也不能是常见密码（如 password1、12345678）。',
    mismatch: '两次输入的新密码不一致',
    submit: '修改密码',
    done: '密码已修改',
  },
  security: {
    title: '登录安全',
    intro:
      '开启两步验证后，登录时除密码外还需输入手机身份验证器 App（如 Google Authenticator、Microsoft Authenticator、腾讯身份验证器）中的 6 位动态码。',
    notAllowed: '两步验证面向系统管理员和人力资源账号。',
    on: '两步验证已开启（{since} 起）',
    lostPhone: '手机丢失或更换时，请联系系统管理员重置两步验证，然后重新绑定。',
    start: '开启两步验证',
    secret: '密钥',
    link: '绑定链接',
    howTo:
      '在身份验证器 App 中添加账号：手动输入上面的密钥，或在手机上打开绑定链接；然后输入 App 显示的 6 位动态码完成绑定。',
    confirm: '确认绑定',
    enabled: '两步验证已开启',
  },
};
