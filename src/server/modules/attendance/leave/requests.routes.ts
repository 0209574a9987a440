import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  LeaveDecision,
  LeaveFile,
  LeaveListQuery,
  LeavePreview,
  LeavePreviewQuery,
  LeaveRequest,
  LeaveRequestInput,
  LeaveStatus,
  LeaveStepRole,
} from '../../../../common/attendance-leave.js';
import { evidenceFileRoutes } from '../../../lib/evidence-routes.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import { addLeaveFile, readLeaveFile } from './files.js';
import { listRequests, requestDetail } from './requests.read.js';
import * as service from './requests.service.js';

// Leave requests: filing (your own; a lead, manager or HR for a person in sight), the approval
// chain's decisions, cancelling, evidence files.
export const requestsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['attendance'];
  const read = allow('attendance.read');
  const request = allow('attendance.request');

  app.get(
    '/requests',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Leave requests: scope=mine (your own), to_decide (waiting for a step you decide), all (everyone in your sight); newest first',
        querystring: LeaveListQuery,
        response: { 200: pageSchema(LeaveRequest) },
      },
    },
    async (req) => {
      const { data, total } = await listRequests(db, actorOf(req), req.query);
      return page(data, total);
    },
  );

  app.post(
    '/requests/preview',
    {
      preHandler: request,
      schema: {
        tags,
        summary:
          'The days a request would count, whether it is after the fact, and who would approve it, before filing',
        body: LeavePreviewQuery,
        response: { 200: okSchema(LeavePreview) },
      },
    },
    async (req) => ok(await service.previewRequest(db, actorOf(req), req.body)),
  );

  app.post(
    '/requests',
    {
      preHandler: request,
      schema: {
        tags,
        summary:
          'File a leave request; its first approver is told. 400 LEAVE_END_BEFORE_START; 409 LEAVE_OVERLAP; 422 LEAVE_KIND_UNKNOWN / LEAVE_NO_WORKING_DAYS / LEAVE_OVER_KIND_MAX / LEAVE_BEYOND_BALANCE / TOIL_BEYOND_BALANCE / LEAVE_ACROSS_YEARS / LEAVE_NO_EMPLOYEE / CALENDAR_YEAR_MISSING',
        body: LeaveRequestInput,
        response: {
          200: okSchema(z.object({ id: z.string(), days: z.number(), chain: z.array(LeaveStepRole) })),
        },
      },
    },
    async (req) => ok(await service.fileRequest(db, actorOf(req), req.body)),
  );

  app.get(
    '/requests/:id',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'One request with its chain and files (404 when out of your sight)',
        params: IdParams,
        response: { 200: okSchema(LeaveRequest) },
      },
    },
    async (req) => ok(await requestDetail(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/requests/:id/decide',
    {
      preHandler: allow('attendance.approve'),
      schema: {
        tags,
        summary:
          'Approve or reject the pending step: its role only (the team lead of the person’s team, their center manager, HR). 403 LEAVE_NOT_YOUR_STEP / LEAVE_NOT_YOUR_PEOPLE / LEAVE_SELF_APPROVAL; 409 LEAVE_NOT_PENDING; 422 LEAVE_EVIDENCE_MISSING',
        params: IdParams,
        body: LeaveDecision,
        response: { 200: okSchema(z.object({ status: LeaveStatus })) },
      },
    },
    async (req) => ok(await service.decide(db, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/requests/:id/cancel',
    {
      preHandler: request,
      schema: {
        tags,
        summary:
          'Cancel your own request before it starts; approved days open again. 409 LEAVE_NOT_CANCELLABLE; 422 LEAVE_ALREADY_STARTED',
        params: IdParams,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await service.cancel(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );

  evidenceFileRoutes(app, {
    tags,
    records: '/requests',
    maxMb: 'attendance.leave.fileMaxMb',
    upload: {
      preHandler: request,
      summary:
        'Attach evidence (multipart field "file": pdf, png, jpg, docx, xlsx, txt; at most attendance.leave.fileMaxMb), e.g. a sick note — the person, whoever filed it, or an approver',
      response: LeaveFile,
    },
    download: { preHandler: read, summary: 'Download an evidence file of a request you may see' },
    visible: service.visibleRequest,
    add: addLeaveFile,
    read: readLeaveFile,
  });
};
