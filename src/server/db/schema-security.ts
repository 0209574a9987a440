// Tables of sign-in security (migration 20261211-user-totp).
export interface UserTotpTable {
  user_id: string;
  /** base32; set once a code confirmed it. */
  secret: string | null;
  /** base32; shown during set-up, not yet confirmed. */
  pending_secret: string | null;
  enabled_at: string | null;
  /** The TOTP step of the last code accepted (a code works once). */
  last_step: number | null;
  updated_at: string;
}

export interface SecurityDatabase {
  user_totp: UserTotpTable;
}
