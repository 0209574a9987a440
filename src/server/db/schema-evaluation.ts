// New-hire evaluation tables (SPEC §6, issue 5). As in schema.ts: JSON columns are text,
// timestamps ISO-8601 UTC text, calendar dates 'YYYY-MM-DD' text.

/** One certification step: trainee → probation (shadowing), probation → regular. Append-only. */
export interface EvaluationCertificationTable {
  id: string;
  employee_id: string;
  step: string; // shadowing | regular
  from_status: string;
  to_status: string;
  effective_date: string;
  note: string;
  evidence: string; // JSON CertificationEvidence
  certified_by: string | null; // user id
  certified_by_name: string;
  created_at: string;
}

export interface EvaluationDatabase {
  evaluation_certifications: EvaluationCertificationTable;
}
