import type { ScorecardItemShape } from '../../../../common/quality';
import { itemMax } from '../../../../common/quality-scoring';
import type { MsgKey } from '../../../i18n';

// The one way an item's answer value is shown and chosen on the quality pages (the evaluation
// form and detail, the builder's preview, disputes, the calibration report): yes/no items read
// 是/否 (Yes/No) — never 1/0 —, scale and points items their number, N/A (null) 不适用.
// Pure functions: the caller passes its translate function (useT()).

/** What showing or entering a value needs to know of its item (a form item, or a dispute item's facts). */
export interface ValueItem {
  kind: ScorecardItemShape['kind'];
  max?: number;
  allowNa?: boolean;
}
type Translate = (key: Extract<MsgKey, `quality.forms.score.${'yes' | 'no' | 'na'}`>) => string;

/** A choice's value for N/A; a number's choice is its text ('1', '0', '3'). */
export const NA = 'na';

/** An item's answer value as the reader says it: 是/否 for yes/no, the number for a scale or points, 不适用 for N/A (null). */
export function itemValueText(item: Pick<ValueItem, 'kind'>, value: number | null, t: Translate): string {
  if (value === null) return t('quality.forms.score.na');
  if (item.kind === 'yes_no' && (value === 1 || value === 0))
    return t(value === 1 ? 'quality.forms.score.yes' : 'quality.forms.score.no');
  return String(value);
}

/** The answers a yes/no or scale item offers (yes, no; 0..max), and N/A when `na` (default: the item allows it).
 *  Points are typed, so a points item offers N/A only. Values are choice texts: see toChoice / fromChoice. */
export function itemChoices(
  item: ValueItem,
  t: Translate,
  { na = item.allowNa ?? false } = {},
): { value: string; label: string }[] {
  const values =
    item.kind === 'yes_no'
      ? [1, 0]
      : item.kind === 'scale'
        ? Array.from({ length: itemMax(item) + 1 }, (_, v) => v)
        : [];
  const out = values.map((v) => ({ value: String(v), label: itemValueText(item, v, t) }));
  if (na) out.push({ value: NA, label: t('quality.forms.score.na') });
  return out;
}

/** A value (number, null for N/A, undefined for none) as the text of its choice, and back. */
export const toChoice = (v: number | null | undefined): string | undefined =>
  v === undefined ? undefined : v === null ? NA : String(v);
export const fromChoice = (c: string | null | undefined): number | null | undefined =>
  c === undefined || c === null ? undefined : c === NA ? null : Number(c);
