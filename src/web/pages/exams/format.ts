import type { MsgKey, Vars } from '../../i18n';
import type { Rule } from './examsApi';

type T = (k: MsgKey, v?: Vars) => string;
/** "5 × 单选 · 简单 · 标签 A" */
export function formatRule(t: T, r: Rule) {
  const parts = [r.type ? t(`exams.types.${r.type}`) : t('exams.papers.anyType')];
  if (r.difficulty) parts.push(t(`exams.difficulty.${r.difficulty}`));
  if (r.tag) parts.push(`#${r.tag}`);
  return `${r.count} × ${parts.join(' · ')}${r.points ? ` (${t('exams.papers.pointsN', { n: r.points })})` : ''}`;
}
export const fmtTime = (s: string | null | undefined) => (s ? new Date(s).toLocaleString() : '—');
export const fmtScore = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : (Math.round(n * 10) / 10).toString();
