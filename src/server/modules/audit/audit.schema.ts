import { z } from 'zod';

export const AuditQuery = z.object({
  entity: z.string().max(32).optional(),
  entityId: z.string().max(64).optional(),
  actorUserId: z.string().max(64).optional(),
  action: z.string().max(32).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const AuditEntryDto = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  reason: z.string().nullable(),
});
