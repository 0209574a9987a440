import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Issue 23 (speed and scale): evaluator oversight kept up to date incrementally.
//
// The oversight table summed every evaluation of its period on each call (300k evaluations:
// 4–6 s, 400 MB, most of it parsing each evaluation's item results). These tables hold the same
// sums per calendar month, kept by triggers in the transaction of every write to qa_evaluations
// (insert, delete, and an update of a column the figures read) and of a change of an agent's
// team (the figures compare by the agent's CURRENT team, so the agent's evaluations move with
// them). Triggers rather than calls in the services: every writer (the scoring service, imports,
// the demo and bench loaders, COPY on PostgreSQL) keeps them right without knowing of them.
//  - qa_oversight_scores: per evaluator, team, business type and month (with its quarter, 2026Q3)
//    — n, Σscore, Σscore².
//  - qa_oversight_items_e: per evaluator, form, item and month — n, Σshare, Σshare² of the item's
//    points awarded (100·earned/possible; N/A items and items worth no points left out).
//  - qa_oversight_items_s: the same per team, business type, form, item and month.
// A missing team or business type is stored as '' (part of the key). Rows whose n falls to 0
// stay; readers skip them. The service reads whole months here and the days of a period's
// partial months from qa_evaluations (oversight.cells.ts).
//
// Also: the sample queue's per-evaluator counts read evaluations by scored_at over all
// evaluators (quality/sampling scoredBetween); that scanned the table. An index leads with it.

const SCORE_KEY = 'evaluator_user_id, team_id, business_type, quarter, month';
const ITEM_E_KEY = 'evaluator_user_id, form_id, item_key, month';
const ITEM_S_KEY = 'team_id, business_type, form_id, item_key, month';
const addUp = `n = t.n + excluded.n, sum = t.sum + excluded.sum, sum_sq = t.sum_sq + excluded.sum_sq`;

// Adds (sign 1) or takes away (sign -1) the evaluations q of `source` (a FROM item over
// qa_evaluations' columns) that satisfy `where`, grouped, counting each under the team `team`.
function statements(d: DialectName, sign: string, source: string, where: string, team = TEAM) {
  const share =
    d === 'sqlite'
      ? `100.0 * json_extract(j.value, '$.earned') / json_extract(j.value, '$.possible')`
      : `100.0::float8 * (j.value->>'earned')::float8 / (j.value->>'possible')::float8`;
  const from = `FROM ${source} q LEFT JOIN employees e ON e.id = q.agent_id`;
  const items =
    d === 'sqlite'
      ? `${from} CROSS JOIN json_each(q.items) j WHERE ${where} AND coalesce(json_extract(j.value, '$.na'), 0) = 0 AND json_extract(j.value, '$.possible') > 0`
      : `${from} CROSS JOIN jsonb_each(q.items::jsonb) j WHERE ${where} AND coalesce((j.value->>'na')::boolean, false) = false AND (j.value->>'possible')::float8 > 0`;
  const month = `substr(q.day, 1, 7)`;
  const quarter = `substr(q.day, 1, 4) || 'Q' || ((cast(substr(q.day, 6, 2) as integer) + 2) / 3)`;
  const bt = `coalesce(q.business_type, '')`;
  return [
    `INSERT INTO qa_oversight_scores AS t (${SCORE_KEY}, n, sum, sum_sq)
       SELECT q.evaluator_user_id, ${team}, ${bt}, ${quarter}, ${month}, ${sign} * count(*), ${sign} * sum(q.score), ${sign} * sum(q.score * q.score)
       ${from} WHERE ${where} GROUP BY q.evaluator_user_id, ${team}, ${bt}, ${quarter}, ${month}
       ON CONFLICT (${SCORE_KEY}) DO UPDATE SET ${addUp}`,
    `INSERT INTO qa_oversight_items_e AS t (${ITEM_E_KEY}, n, sum, sum_sq)
       SELECT q.evaluator_user_id, q.form_id, j.key, ${month}, ${sign} * count(*), ${sign} * sum(${share}), ${sign} * sum((${share}) * (${share}))
       ${items} GROUP BY q.evaluator_user_id, q.form_id, j.key, ${month}
       ON CONFLICT (${ITEM_E_KEY}) DO UPDATE SET ${addUp}`,
    `INSERT INTO qa_oversight_items_s AS t (${ITEM_S_KEY}, n, sum, sum_sq)
       SELECT ${team}, ${bt}, q.form_id, j.key, ${month}, ${sign} * count(*), ${sign} * sum(${share}), ${sign} * sum((${share}) * (${share}))
       ${items} GROUP BY ${team}, ${bt}, q.form_id, j.key, ${month}
       ON CONFLICT (${ITEM_S_KEY}) DO UPDATE SET ${addUp}`,
  ];
}

/** The agent's current team (people module: employees.team_id). */
const TEAM = `coalesce(e.team_id, '')`;
// The columns whose change moves an evaluation's sums.
const READ_COLUMNS = 'evaluator_user_id, agent_id, business_type, form_id, day, score, items';

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const num = dialect === 'sqlite' ? 'real' : 'double precision';
  const run = (s: string) => sql.raw(s).execute(db);
  // Read folded by quarter in key order: on SQLite clustered by the key (WITHOUT ROWID), so the
  // GROUP BY walks the table in order with no sort.
  const clustered = dialect === 'sqlite' ? ' WITHOUT ROWID' : '';
  await run(`CREATE TABLE qa_oversight_scores (evaluator_user_id text NOT NULL, team_id text NOT NULL,
    business_type text NOT NULL, quarter text NOT NULL, month text NOT NULL, n integer NOT NULL, sum ${num} NOT NULL,
    sum_sq ${num} NOT NULL, PRIMARY KEY (${SCORE_KEY}))${clustered}`);
  await run(`CREATE TABLE qa_oversight_items_e (evaluator_user_id text NOT NULL, form_id text NOT NULL,
    item_key text NOT NULL, month text NOT NULL, n integer NOT NULL, sum ${num} NOT NULL, sum_sq ${num} NOT NULL,
    PRIMARY KEY (${ITEM_E_KEY}))`);
  await run(`CREATE TABLE qa_oversight_items_s (team_id text NOT NULL, business_type text NOT NULL,
    form_id text NOT NULL, item_key text NOT NULL, month text NOT NULL, n integer NOT NULL, sum ${num} NOT NULL,
    sum_sq ${num} NOT NULL, PRIMARY KEY (${ITEM_S_KEY}))`);
  // Item reads go by month range first (the scores are read in key order, above).
  await run(`CREATE INDEX qa_oversight_items_e_month_idx ON qa_oversight_items_e (month)`);
  await run(`CREATE INDEX qa_oversight_items_s_month_idx ON qa_oversight_items_s (month)`);
  await run(`CREATE INDEX qa_evaluations_scored_idx ON qa_evaluations (scored_at, evaluator_user_id, method)`);

  // What is there already.
  for (const s of statements(dialect, '1', 'qa_evaluations', 'true')) await run(s);

  const sqlite = dialect === 'sqlite';
  const join = (list: string[]) => list.map((s) => `${s};`).join('\n');
  // An agent who changes team takes their evaluations along: out of the old team, into the new.
  const move = join([
    ...statements(dialect, '-1', 'qa_evaluations', 'q.agent_id = NEW.id', `coalesce(OLD.team_id, '')`),
    ...statements(dialect, '1', 'qa_evaluations', 'q.agent_id = NEW.id', `coalesce(NEW.team_id, '')`),
  ]);
  if (sqlite) {
    // The row itself is selected: after an insert it is there; before a delete or an update it
    // still holds the old values.
    const one = (sign: string, row: 'NEW' | 'OLD') =>
      join(statements(dialect, sign, 'qa_evaluations', `q.id = ${row}.id`));
    await run(`CREATE TRIGGER qa_oversight_ins AFTER INSERT ON qa_evaluations BEGIN ${one('1', 'NEW')} END`);
    await run(`CREATE TRIGGER qa_oversight_del BEFORE DELETE ON qa_evaluations BEGIN ${one('-1', 'OLD')} END`);
    await run(
      `CREATE TRIGGER qa_oversight_upd_old BEFORE UPDATE OF ${READ_COLUMNS} ON qa_evaluations BEGIN ${one('-1', 'OLD')} END`,
    );
    await run(
      `CREATE TRIGGER qa_oversight_upd_new AFTER UPDATE OF ${READ_COLUMNS} ON qa_evaluations BEGIN ${one('1', 'NEW')} END`,
    );
    await run(`CREATE TRIGGER qa_oversight_team AFTER UPDATE OF team_id ON employees
      WHEN OLD.team_id IS NOT NEW.team_id BEGIN ${move} END`);
  } else {
    // A row trigger sees OLD/NEW as records: selected as a one-row relation.
    const one = (sign: string, row: 'NEW' | 'OLD') => join(statements(dialect, sign, `(SELECT (${row}).*)`, 'true'));
    await run(`CREATE FUNCTION qa_oversight_sums() RETURNS trigger AS $$ BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN ${one('-1', 'OLD')} END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN ${one('1', 'NEW')} END IF;
      RETURN NULL; END; $$ LANGUAGE plpgsql`);
    await run(`CREATE TRIGGER qa_oversight_ins_del AFTER INSERT OR DELETE ON qa_evaluations
      FOR EACH ROW EXECUTE FUNCTION qa_oversight_sums()`);
    await run(`CREATE TRIGGER qa_oversight_upd AFTER UPDATE OF ${READ_COLUMNS} ON qa_evaluations
      FOR EACH ROW EXECUTE FUNCTION qa_oversight_sums()`);
    await run(
      `CREATE FUNCTION qa_oversight_team() RETURNS trigger AS $$ BEGIN ${move} RETURN NULL; END; $$ LANGUAGE plpgsql`,
    );
    await run(`CREATE TRIGGER qa_oversight_team AFTER UPDATE OF team_id ON employees
      FOR EACH ROW WHEN (OLD.team_id IS DISTINCT FROM NEW.team_id) EXECUTE FUNCTION qa_oversight_team()`);
  }
}
