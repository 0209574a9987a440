import type { QueryKey } from '@tanstack/react-query';

// Query keys: [area, resource, ...params]. Invalidating a prefix (['training'] or
// ['training', 'sessions']) refreshes every read under it.

const area =
  (name: string) =>
  (...parts: unknown[]): QueryKey => [name, ...parts];

export const keys = {
  people: area('people'),
  org: area('org'),
  users: area('users'),
  audit: area('audit'),
  roster: area('roster'),
  calendar: area('calendar'),
  notifications: area('notifications'),
  settings: area('settings'),
  training: area('training'),
  interactions: area('interactions'),
  exams: area('exams'),
  evaluation: area('evaluation'),
  elimination: area('elimination'),
  quality: area('quality'),
};
