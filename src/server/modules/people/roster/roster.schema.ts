import { z } from 'zod';

// The roster import API (issue 2, item 4): template download, upload → preview, commit.

export const TemplateQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

/** What a problem names, so the web can say it in the reader's language (message is Chinese). */
export const RosterErrorParams = z.object({
  value: z.string().optional().describe('the value in the file'),
  department: z.string().optional().describe('UNKNOWN_TEAM: the department the team was looked for in'),
  lines: z.string().optional().describe('DUPLICATE_EMPLOYEE_NO: the lines with the same number'),
  max: z.number().optional().describe('ROW_TOO_LONG: the most characters allowed'),
  status: z.string().optional().describe('BAD_INITIAL_STATUS: the status (an EmployeeStatus value)'),
  from: z.string().optional(),
  to: z.string().optional().describe('STATUS_TRANSITION_NOT_ALLOWED: the statuses'),
});
export type RosterErrorParams = z.infer<typeof RosterErrorParams>;
export const RosterRowError = z.object({
  line: z.number().int(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
  params: RosterErrorParams.optional(),
});
export type RosterRowErrorDto = z.infer<typeof RosterRowError>;

/** What committing would do with a row; 'error' when the row has a problem (it is then none of the others). */
export const RosterAction = z.enum(['create', 'update', 'unchanged', 'error']);

export const RosterPreviewRow = z.object({
  line: z.number().int(),
  employeeNo: z.string(),
  name: z.string(),
  teamName: z.string(),
  departmentName: z.string(),
  /** The status after the import (an EmployeeStatus value), or '' when the file's value is not one. */
  status: z.string(),
  action: RosterAction,
  changes: z.array(z.string()).optional(),
});
export type RosterPreviewRowDto = z.infer<typeof RosterPreviewRow>;

export const RosterPreview = z.object({
  id: z.string(),
  fileName: z.string(),
  status: z.enum(['previewed', 'committed']),
  rowCount: z.number().int(),
  /** Problems found (a row may have several). */
  errorCount: z.number().int(),
  /** Rows with at least one problem; rowCount = creates + updates + unchanged + errorRows. */
  errorRows: z.number().int(),
  creates: z.number().int(),
  updates: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(RosterRowError),
  rows: z.array(RosterPreviewRow),
});
export type RosterPreviewDto = z.infer<typeof RosterPreview>;

export const CommitBody = z.object({}).optional();
export const CommitResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
