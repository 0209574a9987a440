import type { FastifyInstance } from 'fastify';
import { badRequest } from './errors.js';

// A NUL character is never meaningful text, and PostgreSQL refuses to store it (SQLite cuts
// the string there), so it is turned away as bad input before it can reach a query.
const NUL = '\u0000';

// JSON nested deeper than this is no form Seatwise sends: it is refused before anything walks it
// (a 5,000-deep body once overflowed the stack here and answered 500).
export const MAX_DEPTH = 64;

type Node = { value: unknown; key: string; parent: Node | null; depth: number };
const pathOf = (node: Node) => {
  const keys: string[] = [];
  for (let n: Node | null = node; n?.parent; n = n.parent) keys.push(n.key);
  return keys.reverse().join('.');
};

/**
 * What is wrong with a parsed input, walked without recursion: the dotted path of the first
 * string that holds a NUL, or 'tooDeep' when containers nest more than maxDepth levels.
 */
export function inspectInput(value: unknown, maxDepth = MAX_DEPTH): { nul: string } | 'tooDeep' | null {
  const stack: Node[] = [{ value, key: '', parent: null, depth: 0 }];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node.value === 'string') {
      if (node.value.includes(NUL)) return { nul: pathOf(node) };
    } else if (node.value && typeof node.value === 'object') {
      if (node.depth >= maxDepth) return 'tooDeep';
      const entries = Object.entries(node.value);
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i][1], key: entries[i][0], parent: node, depth: node.depth + 1 });
    }
  }
  return null;
}

/** The dotted path of the first string under `value` that holds a NUL, or null when none does. */
export function findNul(value: unknown): string | null {
  const problem = inspectInput(value, Infinity);
  return problem && problem !== 'tooDeep' ? problem.nul : null;
}

export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    for (const [where, value] of [
      ['params', req.params],
      ['query', req.query],
      ['body', req.body],
    ] as const) {
      const problem = inspectInput(value);
      if (problem === 'tooDeep')
        throw badRequest('INPUT_TOO_DEEP', `${where}: nested more than ${MAX_DEPTH} levels deep`);
      if (problem)
        throw badRequest(
          'BAD_CHARACTER',
          `${where}${problem.nul ? '.' + problem.nul : ''}: text may not contain a NUL character`,
          problem.nul || undefined,
        );
    }
  });
}
