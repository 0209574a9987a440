import type { z } from 'zod';
import type { AnswerValue, SurveyQuestion } from '../../../../common/training-plans.js';
import type { Db } from '../../../db/connect.js';
import { getSetting } from '../../../lib/settings.js';
import { findSurvey } from './needs.service.js';
import { parseJson } from '../shared/store.js';
import { answersOfSurvey } from './needs.repo.js';

// The needs summary (SPEC §3: "organization needs weigh more than individual wishes").
// Two weights, both settings: wO = training.needsWeightOrganization (default 2) for the answers
// of supervisors and team leads, wI = training.needsWeightIndividual (default 1) for the
// audience's own. Each group is first reduced to a share or a mean, so a large cohort does not
// outvote its few supervisors by headcount:
//   choice  share of the group's respondents (to that question) who picked the option;
//           weightedScore = (wO × supervisorShare + wI × individualShare) / (wO + wI)
//   rating  mean of the group's 1–5 answers; weightedMean = (wO × supMean + wI × indMean) / (wO + wI)
// When only one group answered a question its own share or mean is the result. Options are
// ranked by weightedScore. Free-text answers are listed with the respondent's kind, no name.

type Question = z.output<typeof SurveyQuestion>;
type Answer = z.output<typeof AnswerValue>;
const r3 = (n: number) => Math.round(n * 1000) / 1000;

function blend(sup: number | null, ind: number | null, wO: number, wI: number) {
  if (sup === null) return ind;
  if (ind === null) return sup;
  return (wO * sup + wI * ind) / (wO + wI);
}

export async function surveySummary(db: Db, surveyId: string) {
  const survey = await findSurvey(db, surveyId);
  const [wO, wI] = await Promise.all([
    getSetting(db, 'training.needsWeightOrganization'),
    getSetting(db, 'training.needsWeightIndividual'),
  ]);
  const rows = await answersOfSurvey(db, surveyId);
  const answered = rows.map((r) => ({
    kind: r.respondent_kind as 'individual' | 'supervisor',
    answers: parseJson<Record<string, Answer>>(r.answers) ?? {},
  }));
  const group = (kind: 'individual' | 'supervisor', id: string) =>
    answered.filter((a) => a.kind === kind && a.answers[id] !== undefined).map((a) => a.answers[id]);

  const questions = parseJson<Question[]>(survey.questions).map((q) => {
    const sup = group('supervisor', q.id);
    const ind = group('individual', q.id);
    const base = { id: q.id, kind: q.kind, text: q.text };
    if (q.kind === 'choice') {
      const share = (answers: Answer[], option: string) =>
        answers.length
          ? answers.filter((a) => (Array.isArray(a) ? a.includes(option) : a === option)).length / answers.length
          : null;
      const options = q
        .options!.map((option) => {
          const s = share(sup, option);
          const i = share(ind, option);
          return {
            option,
            supervisorShare: r3(s ?? 0),
            individualShare: r3(i ?? 0),
            weightedScore: r3(blend(s, i, wO, wI) ?? 0),
          };
        })
        .sort((a, b) => b.weightedScore - a.weightedScore);
      return { ...base, options };
    }
    if (q.kind === 'rating') {
      const mean = (a: Answer[]) => (a.length ? a.reduce<number>((t, v) => t + Number(v), 0) / a.length : null);
      const s = mean(sup);
      const i = mean(ind);
      const w = blend(s, i, wO, wI);
      return {
        ...base,
        rating: {
          supervisorMean: s === null ? null : r3(s),
          individualMean: i === null ? null : r3(i),
          weightedMean: w === null ? null : r3(w),
          supervisorCount: sup.length,
          individualCount: ind.length,
        },
      };
    }
    const texts = answered
      .filter((a) => typeof a.answers[q.id] === 'string' && (a.answers[q.id] as string).trim())
      .map((a) => ({ respondentKind: a.kind, text: a.answers[q.id] as string }));
    return { ...base, texts };
  });
  return {
    surveyId,
    weights: { organization: wO, individual: wI },
    respondents: {
      individuals: answered.filter((a) => a.kind === 'individual').length,
      supervisors: answered.filter((a) => a.kind === 'supervisor').length,
    },
    questions,
  };
}
