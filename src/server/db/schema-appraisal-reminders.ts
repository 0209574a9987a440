// The appraisal job's reminders, one per cycle, step and recipient (migration 20261218).
export interface AppraisalReminderTable {
  cycle_id: string;
  step: string;
  recipient: string;
  sent_at: string;
}

export interface AppraisalRemindersDatabase {
  appraisal_reminders: AppraisalReminderTable;
}
