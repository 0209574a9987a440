import { z } from 'zod';

const Code = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only');
const Name = z.string().trim().min(1).max(64);

export const DepartmentBody = z.object({ code: Code, name: Name });
export const DepartmentPatch = DepartmentBody.partial();
export const TeamBody = z.object({ departmentId: z.string().min(1).max(64), code: Code, name: Name });
export const TeamPatch = TeamBody.partial();

export const Team = z.object({
  id: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  code: z.string(),
  name: z.string(),
  headcount: z.number().int(),
});
export const Department = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  headcount: z.number().int(),
  teams: z.array(Team),
});
