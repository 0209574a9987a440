import type zh from '../zh-CN/users';

const users: typeof zh = {
  title: 'Users and roles',
  search: 'Search username or name',
  roleFilter: 'Role',
  add: 'New user',
  fields: {
    username: 'Username',
    displayName: 'Display name',
    roles: 'Roles',
    employee: 'Linked person',
    locale: 'Language',
    state: 'State',
    createdAt: 'Created',
    disabled: 'Disable account',
    reason: 'Reason',
  },
  state: {
    active: 'Active',
    disabled: 'Disabled',
    locked: 'Locked',
    secondStep: 'Two-step',
    mustChange: 'Must change password',
  },
  actions: {
    resetPassword: 'Reset password',
    resetConfirm: 'Reset the password of “{name}”? They must change it at next sign-in.',
    unlock: 'Unlock',
    unlockConfirm: 'Lift the sign-in lock of “{name}” now?',
    unlocked: '“{name}” can sign in again',
    resetTotp: 'Reset two-step',
    resetTotpConfirm:
      'Turn off two-step sign-in for “{name}” (a lost phone)? They sign in with the password alone and may set it up again.',
    totpReset: 'Two-step sign-in of “{name}” is off',
  },
  form: {
    createTitle: 'New user',
    editTitle: 'Edit user',
    usernameRule: '3–32 letters, digits, ., - or _',
    rolesRequired: 'Choose at least one role',
  },
  password: {
    title: 'Initial password',
    createdHint:
      'User “{name}” was created. The initial password is shown only this once: copy it and hand it over; it must be changed at first sign-in.',
    resetHint:
      'The password of “{name}” was reset. It is shown only this once: copy it and hand it over; it must be changed at next sign-in.',
  },
  localeNames: { 'zh-CN': '中文', 'en-US': 'English' },
};
export default users;
