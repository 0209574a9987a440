import type { DisciplineDetailData, DisciplineEventData, DisciplineSummaryData } from '../../../common/discipline.js';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { allowedActions } from './discipline.access.js';
import * as repo from './discipline.repo.js';
import type { RecordRow } from './discipline.repo.js';

// A record as the API shows it: codes and dates, never display text.

type Row = Omit<RecordRow, 'hire_date' | 'department_id' | 'team_id'>;

export function toSummary(r: Row, today: string): DisciplineSummaryData {
  const expired = r.expires_on <= today;
  return {
    id: r.id,
    employeeId: r.employee_id,
    employeeNo: r.employee_no,
    employeeName: r.employee_name,
    teamName: r.team_name,
    kind: r.kind as DisciplineSummaryData['kind'],
    occurredOn: r.occurred_on,
    description: r.description,
    status: r.status as DisciplineSummaryData['status'],
    expiresOn: r.expires_on,
    expired,
    counts: r.status === 'confirmed' && !expired,
    responded: (r.response_kind as 'reply' | 'appeal' | null) ?? null,
    recordedBy: { userId: r.recorded_by, name: r.recorded_by_name },
    recordedAt: r.recorded_at,
  };
}

export const toEvent = (e: {
  kind: string;
  at: string;
  actor_user_id: string | null;
  actor_name: string;
  params: string;
}): DisciplineEventData => ({
  kind: e.kind as DisciplineEventData['kind'],
  at: e.at,
  actor: { userId: e.actor_user_id, name: e.actor_name },
  params: JSON.parse(e.params),
});

export async function toDetail(db: Db, actor: Actor, r: RecordRow, today: string): Promise<DisciplineDetailData> {
  const [events, files] = await Promise.all([repo.eventsOf(db, r.id), repo.attachmentsOf(db, r.id)]);
  return {
    ...toSummary(r, today),
    evidenceText: r.evidence_text,
    interactionId: r.interaction_id,
    attendanceSessionId: r.attendance_session_id,
    response: r.response_kind
      ? { kind: r.response_kind as 'reply' | 'appeal', text: r.response_text ?? '', at: r.responded_at ?? '' }
      : null,
    decision: r.decision
      ? {
          decision: r.decision as 'confirm' | 'withdraw',
          reason: r.decision_reason ?? '',
          by: { userId: r.decided_by, name: r.decided_by_name ?? '' },
          at: r.decided_at ?? '',
        }
      : null,
    attachments: files.map((f) => ({
      id: f.id,
      fileName: f.file_name,
      mime: f.mime,
      size: f.size,
      uploadedAt: f.uploaded_at,
    })),
    events: events.map(toEvent),
    can: allowedActions(actor, r),
  };
}
