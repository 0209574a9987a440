import type { MonthlyReport } from '../../../../common/analytics-report.js';
import type { Locale } from '../../../../common/roles.js';
import type { Table } from '../../../lib/workbook.js';

// The sheets of the other parts' sections (retention, pass rates, levels, trainer effects), one
// per table, when the section is there.
export function otherTables(_r: MonthlyReport, _locale: Locale): Table[] {
  return [];
}
