import { QUESTION_TYPES, DIFFICULTIES } from './consts';
import type { MsgKey } from '../../i18n';

// Option lists for the type and difficulty pickers, labelled through t().
export const typeOptions = (t: (k: MsgKey) => string) =>
  QUESTION_TYPES.map((v) => ({ value: v, label: t(`exams.types.${v}`) }));
export const difficultyOptions = (t: (k: MsgKey) => string) =>
  DIFFICULTIES.map((v) => ({ value: v, label: t(`exams.difficulty.${v}`) }));
