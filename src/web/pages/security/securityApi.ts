import type { z } from 'zod';
import { http } from '../../api';
import type { SignInOptions, TotpEnrolment, TotpStatus } from '../../../server/modules/auth/auth.schema';
import type { Me } from '../../types';

// Sign-in security requests (issue 25): what the sign-in page may say, sign-in with the second
// step's code, and setting that step up.
export const securityApi = {
  options: () => http.get<z.infer<typeof SignInOptions>>('/auth/options'),
  login: (username: string, password: string, code?: string) =>
    http.post<Me>('/auth/login', { username, password, ...(code ? { code } : {}) }),
  totp: () => http.get<z.infer<typeof TotpStatus>>('/auth/totp'),
  enrol: () => http.post<z.infer<typeof TotpEnrolment>>('/auth/totp/enrol'),
  confirm: (code: string) => http.post('/auth/totp/confirm', { code }),
};
