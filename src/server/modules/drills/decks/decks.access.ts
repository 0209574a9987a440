import type { FastifyRequest } from 'fastify';
import { hasPermission } from '../../../../common/permissions.js';
import { forbidden } from '../../../lib/errors.js';
import { actorOf, allow } from '../../../lib/http.js';

// Who reaches the decks part: writes need drills.author; reads drills.author or drills.team (those
// who follow a team's practice see what it drills). Learners read cards through practice/.

export const tags = ['drills'];
export const author = allow('drills.author');
export const reader = async (req: FastifyRequest) => {
  const roles = actorOf(req).roles;
  if (!hasPermission(roles, 'drills.author') && !hasPermission(roles, 'drills.team'))
    throw forbidden('Your role may not do this (drills.author or drills.team)');
};
