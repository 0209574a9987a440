import { newId } from '../lib/ids.js';
import { COURSES, type TrainingDemo } from './training-data.js';

/** The course catalogue and the four trainers (three internal, one external consultant). */
export async function seedCatalogue(
  c: TrainingDemo,
  p: { trainerEmp: string; leadEmp: string; names: Map<string, string>; secondTrainer?: { id: string; name: string } },
) {
  const { trx, by, now } = c;
  const { trainerEmp, leadEmp, names, secondTrainer } = p;
  const course = new Map<string, string>();
  for (const [code, title, area, method, hours] of COURSES) {
    const id = newId();
    course.set(code, id);
    await trx
      .insertInto('training_courses')
      .values({
        id,
        code,
        title,
        content_area: area,
        method,
        hours,
        description: null,
        archived: 0,
        created_by: by,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  const trainer: Record<string, string> = {};
  const addTrainer = async (
    key: string,
    row: {
      kind: string;
      employee_id: string | null;
      name: string;
      category: string;
      organization?: string;
      certification: string;
    },
  ) => {
    trainer[key] = newId();
    await trx
      .insertInto('training_trainers')
      .values({
        id: trainer[key],
        organization: null,
        certified_on: '2025-03-01',
        certified_until: '2027-02-28',
        active: 1,
        notes: null,
        version: 1,
        created_at: now,
        updated_at: now,
        ...row,
      })
      .execute();
  };
  await addTrainer('A', {
    kind: 'internal',
    employee_id: trainerEmp,
    name: names.get(trainerEmp)!,
    category: 'hr_trainer',
    certification: '内训师（高级）',
  });
  await addTrainer('B', {
    kind: 'internal',
    employee_id: secondTrainer?.id ?? null,
    name: secondTrainer?.name ?? '培训讲师',
    category: 'hr_trainer',
    certification: '内训师（中级）',
  });
  await addTrainer('L', {
    kind: 'internal',
    employee_id: leadEmp,
    name: names.get(leadEmp)!,
    category: 'team_lead',
    certification: '内训师（初级）',
  });
  await addTrainer('X', {
    kind: 'external',
    employee_id: null,
    name: '李明远',
    category: 'external_consultant',
    organization: '华信服务管理咨询',
    certification: '国家二级企业培训师',
  });

  return { course, trainer };
}
