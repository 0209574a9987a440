import type { z } from 'zod';
import type { PaperInput, PaperItem, PaperRule } from '../../../../common/exams-papers.js';
import type { Db } from '../../../db/connect.js';
import type { ExamPaperTable } from '../../../db/schema-exams.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { runsAll } from '../shared/exams.access.js';
import { inCategory } from '../questions/category.js';
import * as qrepo from '../questions/questions.repo.js';
import { shuffled } from './seeded.js';
import { attemptDrawnFrom, insertPaper, paperRow, papers, updatePaperAtVersion } from './papers.repo.js';

// Papers (SPEC §4): a fixed list of questions, or rules that draw at random per attempt
// ("10 single-choice easy from tag A"). A rule's tag matches a question's course, knowledge
// point or any of its tags. Rules draw distinct questions, in the order they are listed.

type Rule = z.infer<typeof PaperRule>;
type Item = z.infer<typeof PaperItem>;
type Input = z.output<typeof PaperInput>;

export const toDto = (p: ExamPaperTable) => ({
  id: p.id,
  title: p.title,
  mode: p.mode as 'fixed' | 'random',
  items: JSON.parse(p.items) as Item[],
  rules: JSON.parse(p.rules) as Rule[],
  version: p.version,
  createdAt: p.created_at,
  updatedAt: p.updated_at,
});

export async function findPaper(db: Db, id: string) {
  const row = await paperRow(db, id);
  if (!row) throw notFound('Paper');
  return row;
}

export async function listPapers(db: Db, actor: Actor) {
  return (await papers(db, runsAll(actor) ? undefined : actor.userId)).map(toDto);
}

export function describeRule(r: Rule) {
  return [
    `${r.count} question(s)`,
    r.type && `type ${r.type}`,
    r.difficulty && `difficulty ${r.difficulty}`,
    r.tag && `tag "${r.tag}"`,
    r.category && `category "${r.category}"`,
  ]
    .filter(Boolean)
    .join(', ');
}

const matchesTag = (q: { course: string | null; knowledge_point: string | null; tags: string }, tag?: string) =>
  !tag || q.course === tag || q.knowledge_point === tag || (JSON.parse(q.tags) as string[]).includes(tag);

async function ruleCandidates(db: Db, rules: Rule[]) {
  return Promise.all(
    rules.map(async (r) =>
      (await qrepo.candidates(db, r)).filter((q) => matchesTag(q, r.tag) && inCategory(q.category, r.category)),
    ),
  );
}

/** How many questions each rule can count on, assuming earlier rules take the overlap first. */
export async function checkRules(db: Db, rules: Rule[]) {
  const cands = await ruleCandidates(db, rules);
  return rules.map((r, i) => {
    const mine = new Set(cands[i].map((c) => c.id));
    const taken = cands
      .slice(0, i)
      .reduce((s, prev, j) => s + Math.min(rules[j].count, prev.filter((c) => mine.has(c.id)).length), 0);
    const available = Math.max(0, mine.size - taken);
    return { rule: i + 1, description: describeRule(r), needed: r.count, available, ok: available >= r.count };
  });
}

async function checkItems(db: Db, items: Item[]) {
  const found = await qrepo.findQuestions(
    db,
    items.map((i) => i.questionId),
  );
  const live = new Set(found.filter((q) => q.archived === 0).map((q) => q.id));
  const missing = items.find((i) => !live.has(i.questionId));
  if (missing)
    throw ruleBroken('QUESTION_UNAVAILABLE', `Question ${missing.questionId} does not exist or is archived`, 'items');
}

/** Called when an exam opens: 422 naming the first rule that is short of questions. */
export async function assertDrawable(db: Db, paperId: string) {
  const p = toDto(await findPaper(db, paperId));
  if (p.mode === 'fixed') return checkItems(db, p.items);
  const short = (await checkRules(db, p.rules)).find((c) => !c.ok);
  if (short)
    throw ruleBroken(
      'PAPER_RULE_SHORT',
      `Rule ${short.rule} (${short.description}) needs ${short.needed} but only ${short.available} question(s) are available`,
      `rules.${short.rule - 1}`,
    );
}

export interface Drawn {
  questionId: string;
  versionId: string;
  points: number;
}

/** The questions of one attempt, in paper order (the caller shuffles). */
export async function draw(db: Db, paperId: string, rand: () => number): Promise<Drawn[]> {
  const p = toDto(await findPaper(db, paperId));
  if (p.mode === 'fixed') {
    const rows = new Map(
      (
        await qrepo.findQuestions(
          db,
          p.items.map((i) => i.questionId),
        )
      ).map((q) => [q.id, q]),
    );
    return p.items.map((i) => {
      const q = rows.get(i.questionId);
      if (!q || q.archived)
        throw ruleBroken(
          'QUESTION_UNAVAILABLE',
          'A question of this paper was archived; ask the author to fix the paper',
        );
      return { questionId: q.id, versionId: q.current_version_id, points: i.points ?? q.points };
    });
  }
  const cands = await ruleCandidates(db, p.rules);
  const chosen = new Set<string>();
  const out: Drawn[] = [];
  p.rules.forEach((r, i) => {
    const pool = shuffled(
      cands[i].filter((c) => !chosen.has(c.id)),
      rand,
    ).slice(0, r.count);
    if (pool.length < r.count)
      throw ruleBroken('PAPER_RULE_SHORT', `Rule ${i + 1} (${describeRule(r)}) is short of questions`);
    for (const q of pool) {
      chosen.add(q.id);
      out.push({ questionId: q.id, versionId: q.current_version_id, points: r.points ?? q.points });
    }
  });
  return out;
}

export async function createPaper(db: Db, actor: Actor, input: Input) {
  if (input.mode === 'fixed') await checkItems(db, input.items);
  const id = newId();
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await insertPaper(trx, {
      id,
      title: input.title,
      mode: input.mode,
      items: JSON.stringify(input.mode === 'fixed' ? input.items : []),
      rules: JSON.stringify(input.mode === 'random' ? input.rules : []),
      created_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, actor, { action: 'create', entity: 'exam_paper', entityId: id, newValue: input });
  });
  return id;
}

export async function updatePaper(db: Db, actor: Actor, id: string, input: Input & { version: number }) {
  const row = await findPaper(db, id);
  if (!runsAll(actor) && row.created_by !== actor.userId) throw notFound('Paper');
  if (input.mode === 'fixed') await checkItems(db, input.items);
  const used = await attemptDrawnFrom(db, id);
  if (used) throw conflict('PAPER_IN_USE', 'Examinees have already drawn from this paper; copy it to change it');
  const next = {
    title: input.title,
    mode: input.mode,
    items: JSON.stringify(input.mode === 'fixed' ? input.items : []),
    rules: JSON.stringify(input.mode === 'random' ? input.rules : []),
  };
  const { oldValue, newValue } = diff(row as unknown as Record<string, unknown>, next);
  await db.transaction().execute(async (trx) => {
    const n = await updatePaperAtVersion(trx, id, input.version, {
      ...next,
      version: row.version + 1,
      updated_at: nowIso(),
    });
    if (n !== 1)
      throw conflict('STALE_VERSION', 'Someone changed this paper since you opened it; reload it', 'version');
    await recordAudit(trx, actor, { action: 'update', entity: 'exam_paper', entityId: id, oldValue, newValue });
  });
}
