import { formatRecordLabel, recordLabel, type RecordLabel } from '../common/record-labels';
import { useMemo } from 'react';
import { useI18n } from './i18n';

// Lines the server words by code (src/common/record-labels.ts) shown in the reader's language:
// a record line's label, or an exam result's title with its attempt ("{title} (attempt 2)").
// A line with only a title (data, or one stored before codes) shows that title as it is.
export function useRecordText() {
  const { locale } = useI18n();
  // Stable per language, so a table's memoized columns recompute only when the language changes.
  return useMemo(
    () => ({
      line: (title: string, label: RecordLabel | null | undefined) =>
        label ? formatRecordLabel(locale, label) : title,
      result: (r: { title: string; attempt?: number }) =>
        r.attempt && r.attempt > 1
          ? formatRecordLabel(locale, recordLabel('theory.retake', { title: r.title, n: r.attempt }))
          : r.title,
    }),
    [locale],
  );
}
