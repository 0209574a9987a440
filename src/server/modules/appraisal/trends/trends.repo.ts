import type { Db } from '../../../db/connect.js';

// SQL for the team trend: the grades fixed in published cycles, with their cycle, oldest first.

export const publishedGrades = (db: Db, q: { from?: string; to?: string }) => {
  let query = db
    .selectFrom('appraisal_grades as g')
    .innerJoin('appraisal_cycles as c', 'c.id', 'g.cycle_id')
    .select(['g.cycle_id', 'g.team_id', 'g.total', 'g.grade', 'c.name', 'c.period_start', 'c.period_end'])
    .where('c.status', '=', 'published');
  if (q.from) query = query.where('c.period_start', '>=', q.from);
  if (q.to) query = query.where('c.period_start', '<=', q.to);
  return query.orderBy('c.period_start').orderBy('c.id').execute();
};
