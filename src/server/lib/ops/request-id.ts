import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// Every request carries an id in its log lines and in the X-Request-Id answer header, so an
// operator can follow one request from the proxy's log to ours. A proxy's own id is kept when it
// looks like an id (bounded, no spaces or control characters), so it cannot forge log lines.
export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE = /^[\w.:@/+=-]{1,128}$/;

export function genReqId(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  return value && ACCEPTABLE.test(value) ? value : randomUUID();
}
