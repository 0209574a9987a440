import type { FastifyPluginAsync } from 'fastify';
import { appraisalModule } from './appraisal/index.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { calendarRoutes } from './calendar/calendar.routes.js';
import { disciplineModule } from './discipline/index.js';
import { evaluationModule } from './evaluation/index.js';
import { eliminationModule } from './elimination/index.js';
import { examsModule } from './exams/index.js';
import { interactionsModule } from './interactions/interactions.routes.js';
import { notificationRoutes } from './notifications/notifications.routes.js';
import { employeeRoutes } from './people/employees.routes.js';
import { orgRoutes } from './people/org.routes.js';
import { qualityModule } from './quality/index.js';
import { rosterRoutes } from './people/roster/roster.routes.js';
import { systemRoutes } from './system/system.routes.js';
import { trainingModule } from './training/index.js';
import { userRoutes } from './users/users.routes.js';

// Every API module, mounted under /api. A new module adds one line here.
export const registerModules: FastifyPluginAsync<{ secureCookies: boolean }> = async (app, opts) => {
  await app.register(systemRoutes);
  await app.register(authRoutes, { prefix: '/auth', secureCookies: opts.secureCookies });
  await app.register(orgRoutes);
  await app.register(employeeRoutes);
  await app.register(rosterRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(notificationRoutes);
  await app.register(calendarRoutes);
  await app.register(trainingModule);
  await app.register(interactionsModule);
  await app.register(examsModule);
  await app.register(eliminationModule);
  await app.register(disciplineModule);
  await app.register(evaluationModule, { prefix: '/evaluation' });
  await app.register(qualityModule, { prefix: '/quality' });
  await app.register(appraisalModule, { prefix: '/appraisal' });
};
