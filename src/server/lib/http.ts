import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Permission } from '../../common/permissions.js';
import { requirePermission } from './access.js';
import type { Actor } from './actor.js';
import { unauthorized } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (health, login, docs). */
    public?: boolean;
    /** Reachable while the user still has to change an initial password. */
    beforePasswordChange?: boolean;
    /** Public, but a request that carries a live session must carry its CSRF token (sign-out). */
    csrfWhenSignedIn?: boolean;
  }
}

export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthorized();
  return req.actor;
}

/** preHandler: the signed-in user must hold a role that grants the permission. */
export const allow = (permission: Permission) => async (req: FastifyRequest) => {
  requirePermission(actorOf(req), permission);
};

// The two reply shapes of CONVENTIONS.md, and their schemas for OpenAPI.
export const ok = <T>(data: T) => ({ success: true as const, data });
export const page = <T>(data: T[], total: number) => ({ success: true as const, data, total });

export const okSchema = <T extends z.ZodType>(data: T) => z.object({ success: z.literal(true), data });
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ success: z.literal(true), data: z.array(item), total: z.number().int() });

export const PagingQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const IdParams = z.object({ id: z.string().min(1).max(64) });

export type Reply = FastifyReply;
