import type { FastifyInstance } from 'fastify';
import { badRequest } from './errors.js';

// A NUL character is never meaningful text, and PostgreSQL refuses to store it (SQLite cuts
// the string there), so it is turned away as bad input before it can reach a query.
const NUL = '\u0000';

/** The dotted path of the first string under `value` that holds a NUL, or null when none does. */
export function findNul(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path.join('.') : null;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNul(v, [...path, k]);
      if (hit !== null) return hit;
    }
  }
  return null;
}

export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    for (const [where, value] of [['params', req.params], ['query', req.query], ['body', req.body]] as const) {
      const field = findNul(value);
      if (field !== null) throw badRequest('BAD_CHARACTER', `${where}${field ? '.' + field : ''}: text may not contain a NUL character`, field || undefined);
    }
  });
}
