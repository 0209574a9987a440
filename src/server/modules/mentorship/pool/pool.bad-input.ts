import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the mentor pool (see test/bad-input.test.ts): a valid body each, so breaking
// one field must be answered 400 naming it; ids that do not exist answer 404 unless said.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/mentorship/pool/candidates': { as: 'training' },
  'GET /api/mentorship/pool': { as: 'training' },
  'GET /api/mentorship/pool/history': { as: 'training' },
  'GET /api/mentorship/pool/config': { as: 'training' },
  'PUT /api/mentorship/pool/config': { as: 'training', body: { mentorCourseId: null, version: 0 } },
  // Selecting someone who does not exist is a broken rule on the body, not a missing path.
  'POST /api/mentorship/pool/members': {
    as: 'training',
    body: { employeeId: 'no-such-person', overrideReason: '破格入选' },
  },
  'POST /api/mentorship/pool/members/{id}/remove': { as: 'training', body: { reason: '不再带教' } },
};
