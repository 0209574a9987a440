import type { z } from 'zod';
import type { DraftSave, FormCreate } from '../../../../common/quality-forms.js';
import type { FormKindName, ScorecardContentShape } from '../../../../common/quality.js';
import { contentProblems } from '../../../../common/quality-scoring.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { QaFormTable, QaFormVersionTable } from '../../../db/schema-quality.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { badRequest, conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import * as repo from './forms.repo.js';

// Scorecards (SPEC §8, issue 7 item 1). A form's content lives in numbered versions. Editing a
// form edits its draft; when only a published version exists, the edit starts a new draft
// copied from it. Publishing freezes the draft (its content never changes again) and makes it
// the version new evaluations use; the previous published version becomes "superseded" and
// stays, because evaluations keep the version they were scored on.

type Row = QaFormTable & {
  published_number?: number | null;
  draft_number?: number | null;
  evaluations?: number | string | null;
};

export const versionDto = (v: QaFormVersionTable) => ({
  id: v.id,
  number: v.number,
  status: v.status as 'draft' | 'published' | 'superseded',
  passScore: v.pass_score,
  content: JSON.parse(v.content) as ScorecardContentShape,
  publishedAt: v.published_at,
  publishedBy: v.published_by,
  createdAt: v.created_at,
  updatedAt: v.updated_at,
});

const summaryDto = (f: Row) => ({
  id: f.id,
  name: f.name,
  kind: f.kind as FormKindName,
  description: f.description,
  archived: f.archived === 1,
  publishedVersion: f.published_number ?? null,
  publishedVersionId: f.published_version_id,
  draftVersion: f.draft_number ?? null,
  evaluations: Number(f.evaluations ?? 0),
  version: f.version,
  updatedAt: f.updated_at,
});

function assertContent(content: ScorecardContentShape) {
  const problem = contentProblems(content)[0];
  if (problem) throw badRequest('INVALID_FORM', `${problem.path}: ${problem.message}`, problem.path);
}

export async function loadForm(db: Db, id: string) {
  const form = await repo.findForm(db, id);
  if (!form) throw notFound('Form');
  return form;
}

export const listForms = async (db: Db, f: { kind?: string; includeArchived?: boolean; publishedOnly?: boolean }) =>
  (await repo.listForms(db, f)).map(summaryDto);

export async function getForm(db: Db, id: string) {
  const form = await loadForm(db, id);
  const versions = await repo.versionsOf(db, id);
  const num = (vid: string | null) => versions.find((v) => v.id === vid)?.number ?? null;
  return {
    ...summaryDto({
      ...form,
      published_number: num(form.published_version_id),
      draft_number: num(form.draft_version_id),
      evaluations: await repo.countEvaluations(db, id),
    }),
    versions: versions.map(versionDto),
  };
}

const nameTaken = (err: unknown) => {
  if (isUniqueViolation(err)) return conflict('FORM_NAME_TAKEN', 'Another form already has this name', 'name');
  return err;
};

export async function createForm(db: Db, actor: Actor, input: z.infer<typeof FormCreate>) {
  assertContent(input.content);
  const passScore = input.passScore ?? (await getSetting(db, 'quality.forms.defaultPassScore'));
  const at = nowIso();
  const id = newId();
  const versionId = newId();
  try {
    await db.transaction().execute(async (trx) => {
      await repo.insertForm(trx, {
        id,
        name: input.name,
        kind: input.kind,
        description: input.description ?? null,
        archived: 0,
        published_version_id: null,
        draft_version_id: versionId,
        created_by: actor.userId,
        version: 1,
        created_at: at,
        updated_at: at,
      });
      await repo.insertVersion(trx, {
        id: versionId,
        form_id: id,
        number: 1,
        status: 'draft',
        content: JSON.stringify(input.content),
        pass_score: passScore,
        published_at: null,
        published_by: null,
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
      });
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'qa_form',
        entityId: id,
        newValue: { name: input.name, kind: input.kind, passScore },
      });
    });
  } catch (err) {
    throw nameTaken(err);
  }
  return { id, versionId };
}

export async function saveDraft(db: Db, actor: Actor, id: string, input: z.infer<typeof DraftSave>) {
  assertContent(input.content);
  const at = nowIso();
  try {
    return await db.transaction().execute(async (trx) => {
      const form = await loadForm(trx, id);
      if (form.archived) throw ruleBroken('FORM_ARCHIVED', 'This form is archived; restore it before editing');
      let draftId = form.draft_version_id;
      const content = JSON.stringify(input.content);
      if (draftId) {
        await repo.updateVersion(trx, draftId, { content, pass_score: input.passScore, updated_at: at });
      } else {
        draftId = newId();
        await repo.insertVersion(trx, {
          id: draftId,
          form_id: id,
          number: await repo.nextNumber(trx, id),
          status: 'draft',
          content,
          pass_score: input.passScore,
          published_at: null,
          published_by: null,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
      }
      const changes = {
        name: input.name,
        description: input.description ?? null,
        draft_version_id: draftId,
        updated_at: at,
      };
      if (!(await repo.updateForm(trx, id, input.version, changes)))
        throw conflict('STALE_VERSION', 'Someone changed this form since you opened it; reload it', 'version');
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'qa_form',
        entityId: id,
        newValue: { draftVersionId: draftId, name: input.name, passScore: input.passScore },
      });
      return { draftVersionId: draftId, version: input.version + 1 };
    });
  } catch (err) {
    throw nameTaken(err);
  }
}

export async function publish(db: Db, actor: Actor, id: string, version: number) {
  return db.transaction().execute(async (trx) => {
    const form = await loadForm(trx, id);
    if (form.archived) throw ruleBroken('FORM_ARCHIVED', 'This form is archived; restore it before publishing');
    if (!form.draft_version_id) throw ruleBroken('NO_DRAFT', 'There is no draft to publish: edit the form first');
    const draft = (await repo.findVersion(trx, form.draft_version_id))!;
    assertContent(JSON.parse(draft.content));
    const at = nowIso();
    if (
      !(await repo.updateForm(trx, id, version, {
        published_version_id: draft.id,
        draft_version_id: null,
        updated_at: at,
      }))
    ) {
      throw conflict('STALE_VERSION', 'Someone changed this form since you opened it; reload it', 'version');
    }
    if (form.published_version_id)
      await repo.updateVersion(trx, form.published_version_id, { status: 'superseded', updated_at: at });
    await repo.updateVersion(trx, draft.id, {
      status: 'published',
      published_at: at,
      published_by: actor.userId,
      updated_at: at,
    });
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'qa_form',
      entityId: id,
      oldValue: { publishedVersionId: form.published_version_id },
      newValue: { publishedVersionId: draft.id, number: draft.number },
    });
    return { publishedVersionId: draft.id, number: draft.number, version: version + 1 };
  });
}

export async function setArchived(db: Db, actor: Actor, id: string, archived: boolean, version: number) {
  await db.transaction().execute(async (trx) => {
    const form = await loadForm(trx, id);
    if (!(await repo.updateForm(trx, id, version, { archived: archived ? 1 : 0, updated_at: nowIso() }))) {
      throw conflict('STALE_VERSION', 'Someone changed this form since you opened it; reload it', 'version');
    }
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'qa_form',
      entityId: id,
      oldValue: { archived: form.archived === 1 },
      newValue: { archived },
    });
  });
}

/** The version an evaluation of this form is scored on now: the published one. */
export async function publishedVersionOf(db: Db, formId: string) {
  const form = await loadForm(db, formId);
  if (form.archived) throw ruleBroken('FORM_ARCHIVED', 'This form is archived and takes no new evaluations', 'formId');
  if (!form.published_version_id)
    throw ruleBroken('FORM_NOT_PUBLISHED', 'This form has no published version yet', 'formId');
  return { form, version: (await repo.findVersion(db, form.published_version_id))! };
}
