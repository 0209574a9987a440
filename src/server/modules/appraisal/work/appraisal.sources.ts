import type { WorkItem } from '../../../../common/home.js';
import type { WorkSource } from '../../../lib/work.js';
import { identities, teamLeads } from '../../people/identity.service.js';
import { link as appealLink } from '../appeals/appeals.service.js';
import { cycleLink, followUpLink, sheetLink } from './links.js';
import * as repo from './work.repo.js';

// Appraisal on the home page (issue 26), each due on the cycle's timetable (working days, with
// the provisional mark of a year the calendar lacks): the lead reviews the team's sheets by the
// review step's day and reviews appeals within the appeal window; the person confirms their sheet
// by the confirmation step's day; HR and the center manager decide reviewed appeals before the
// final step ends, and HR publishes a cycle in its final step; the owner of a follow-up keeps it
// by its own due day.

function stepDue(timetable: string, step: string) {
  const t = (JSON.parse(timetable) as { step: string; dueOn: string; provisionalYear?: number | null }[]).find(
    (x) => x.step === step,
  );
  return { due: t?.dueOn ?? null, provisional: t?.provisionalYear != null };
}

/** The team the actor leads (as the identity read-model has it), or null. */
async function ledTeam(db: Parameters<WorkSource['items']>[0], actor: Parameters<WorkSource['appliesTo']>[0]) {
  if (!actor.roles.includes('team_lead') || !actor.teamId || !actor.employeeId) return null;
  const leads = await teamLeads(db, [actor.teamId]);
  return leads.some((l) => l.employeeId === actor.employeeId) ? actor.teamId : null;
}

const isLead = (actor: Parameters<WorkSource['appliesTo']>[0]) => actor.roles.includes('team_lead') && !!actor.teamId;

export const reviewSheets: WorkSource = {
  name: 'appraisal.reviewSheets',
  kinds: ['appraisalReview'],
  menus: ['appraisal-cycles'],
  appliesTo: isLead,
  async items(db, actor) {
    const team = await ledTeam(db, actor);
    if (!team) return [];
    const rows = await repo.sheetsToReview(db, team, actor.employeeId);
    return rows.map((c): WorkItem => ({
      key: `appraisalReview:${c.id}`,
      kind: 'appraisalReview',
      menu: 'appraisal-cycles',
      ...stepDue(c.timetable, 'review'),
      link: cycleLink(c.id),
      params: { cycle: c.name, count: Number(c.n) },
    }));
  },
};

export const confirmSheet: WorkSource = {
  name: 'appraisal.confirmSheet',
  kinds: ['appraisalConfirm'],
  menus: ['appraisal-my'],
  appliesTo: (actor) => !!actor.employeeId,
  async items(db, actor) {
    const rows = await repo.sheetsToConfirm(db, actor.employeeId!);
    return rows.map((s): WorkItem => ({
      key: `appraisalConfirm:${s.id}`,
      kind: 'appraisalConfirm',
      menu: 'appraisal-my',
      ...stepDue(s.timetable, 'confirmation'),
      link: sheetLink(s.id),
      params: { cycle: s.name, grade: s.grade ?? '-', total: s.total ?? '-' },
    }));
  },
};

export const reviewAppeals: WorkSource = {
  name: 'appraisal.reviewAppeals',
  kinds: ['appraisalAppealToReview'],
  menus: ['appraisal-appeals'],
  appliesTo: isLead,
  async items(db, actor) {
    const team = await ledTeam(db, actor);
    if (!team) return [];
    const rows = await repo.appealsToReview(db, team, actor.employeeId);
    const names = await identities(
      db,
      rows.map((r) => r.employee_id),
    );
    return rows.map((a): WorkItem => ({
      key: `appraisalAppealToReview:${a.id}`,
      kind: 'appraisalAppealToReview',
      menu: 'appraisal-appeals',
      due: a.window_ends_on,
      provisional: false,
      link: appealLink(a.id),
      params: { name: names.get(a.employee_id)?.name ?? '', kpiKey: `appraisal.kpis.${a.kpi_code}` },
    }));
  },
};

export const decideAppeals: WorkSource = {
  name: 'appraisal.decideAppeals',
  kinds: ['appraisalAppealToDecide'],
  menus: ['appraisal-appeals'],
  appliesTo: (actor) => actor.roles.includes('hr') || (actor.roles.includes('center_manager') && !!actor.departmentId),
  async items(db, actor) {
    const department = actor.roles.includes('hr') ? null : actor.departmentId;
    const rows = await repo.appealsToDecide(db, department, actor.employeeId);
    const names = await identities(
      db,
      rows.map((r) => r.employee_id),
    );
    return rows.map((a): WorkItem => ({
      key: `appraisalAppealToDecide:${a.id}`,
      kind: 'appraisalAppealToDecide',
      menu: 'appraisal-appeals',
      ...stepDue(a.timetable, 'final'),
      link: appealLink(a.id),
      params: { name: names.get(a.employee_id)?.name ?? '', kpiKey: `appraisal.kpis.${a.kpi_code}` },
    }));
  },
};

export const publishCycles: WorkSource = {
  name: 'appraisal.publishCycles',
  kinds: ['appraisalPublish'],
  menus: ['appraisal-cycles'],
  appliesTo: (actor) => actor.roles.includes('hr'),
  async items(db) {
    const rows = await repo.cyclesInFinal(db);
    return rows.map((c): WorkItem => ({
      key: `appraisalPublish:${c.id}`,
      kind: 'appraisalPublish',
      menu: 'appraisal-cycles',
      ...stepDue(c.timetable, 'final'),
      link: cycleLink(c.id),
      params: { cycle: c.name },
    }));
  },
};

export const keepFollowUps: WorkSource = {
  name: 'appraisal.followUps',
  kinds: ['appraisalFollowUp'],
  menus: ['appraisal-followups'],
  appliesTo: (actor) => actor.roles.includes('team_lead'),
  async items(db, actor) {
    const rows = await repo.followUpsOwned(db, actor.userId);
    const names = await identities(
      db,
      rows.map((r) => r.employee_id),
    );
    return rows.map((f): WorkItem => ({
      key: `appraisalFollowUp:${f.id}`,
      kind: 'appraisalFollowUp',
      menu: 'appraisal-followups',
      due: f.due_on,
      provisional: false,
      link: followUpLink(f.id),
      params: { name: names.get(f.employee_id)?.name ?? '', grade: f.grade },
    }));
  },
};
