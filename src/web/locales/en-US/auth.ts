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
    code: 'Code',
    codeHint: 'Two-step sign-in is on: enter the 6-digit code from your authenticator app',
    codeRequired: 'Enter the 6-digit code',
    demoHint:
      'Demo sign-ins: admin, hr, training, trainer, mentor, teamlead, qa, manager, agent, trainee — password Seatwise2026',
  },
  changePassword: {
    title: 'Change password',
    forcedHint: 'This is an initial password. Choose a new one before you go on.',
    current: 'Current password',
    next: 'New password',
    confirm: 'Confirm new password',
    rules:
      'At least {min} characters, with letters and digits, not containing your username, and not a common password (such as password1 or 12345678).',
    mismatch: 'The two new passwords differ',
    submit: 'Change password',
    done: 'Password changed',
  },
  security: {
    title: 'Sign-in security',
    intro:
      'With two-step sign-in on, signing in asks for the 6-digit code of an authenticator app on your phone (Google Authenticator, Microsoft Authenticator, FreeOTP…) after the password.',
    notAllowed: 'Two-step sign-in is offered to administrator and HR accounts.',
    on: 'Two-step sign-in is on (since {since})',
    lostPhone: 'Lost or replaced your phone? Ask an administrator to reset two-step sign-in, then set it up again.',
    start: 'Turn on two-step sign-in',
    secret: 'Secret key',
    link: 'Set-up link',
    howTo:
      'Add an account in your authenticator app: type the secret key above, or open the set-up link on your phone; then enter the 6-digit code the app shows.',
    confirm: 'Confirm',
    enabled: 'Two-step sign-in is on',
  },
};
export default auth;
