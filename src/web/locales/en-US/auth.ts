import type zh from '../zh-CN/auth';

const auth: typeof zh = {
  login: {
    title: 'Sign in',
    subtitle: 'Training, assessment, quality monitoring and people of the call center',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    demoHint: 'Demo sign-ins: admin, hr, training, trainer, mentor, teamlead, qa, manager, agent, trainee — password Seatwise2026',
  },
  changePassword: {
    title: 'Change password',
    forcedHint: 'This is an initial password. Choose a new one before you go on.',
    current: 'Current password',
    next: 'New password',
    confirm: 'Confirm new password',
    rules: 'At least the required length (8 by default), with letters and digits, and not containing your username.',
    mismatch: 'The two new passwords differ',
    submit: 'Change password',
    done: 'Password changed',
  },
};
export default auth;
