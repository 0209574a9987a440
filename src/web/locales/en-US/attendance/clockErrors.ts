import type zh from '../../zh-CN/attendance/clockErrors';

// errorCode texts of /api/attendance (clock part), merged into errors.
const clockErrors: typeof zh = {
  CLOCK_IMPORT_HAS_ERRORS:
    '{rejected} row(s) have errors (the first on line {line}), so nothing was imported; preview the file and fix them first',
  CLOCK_RESOLVE_OWN: 'Nobody resolves their own attendance exceptions',
  CLOCK_REASON_REQUIRED: 'Give a reason to excuse a day or turn it into leave',
  CLOCK_LEAVE_KIND_REQUIRED: 'Choose the kind of leave',
  CLOCK_NOT_EXCEPTION: 'This day has no attendance exception to resolve',
  MAPPED_COLUMN_MISSING: 'The file has no column by the name you mapped; check the column mapping',
};
export default clockErrors;
