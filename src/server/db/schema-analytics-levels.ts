// The four levels' own table (issue 22 item 3); see migrations/20261230-analytics-levels.ts.
export interface AnalyticsLevelPairTable {
  id: string;
  plan_id: string; // training_plans.id
  pre_exam_id: string; // exams.id taken before the training
  post_exam_id: string; // exams.id taken after it
  created_by: string | null; // users.id
  created_at: string;
}

export interface AnalyticsLevelsDatabase {
  analytics_level_pairs: AnalyticsLevelPairTable;
}
