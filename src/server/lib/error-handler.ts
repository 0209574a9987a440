import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors.js';

export const sendError = (
  reply: any,
  status: number,
  errorCode: string,
  errorMessage: string,
  field?: string,
  params?: Record<string, string | number>,
) =>
  reply
    .code(status)
    .send({ success: false, errorCode, errorMessage, ...(field ? { field } : {}), ...(params ? { params } : {}) });

// What the multipart parser (busboy) throws, without a status, on a broken or truncated form.
const MULTIPART_PARSE =
  /^(Unexpected end of (multipart data|form)|Malformed part header|Multipart: Boundary not found|Part terminated early)/;

// Every error leaves the server in one shape; a stack trace never does.
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError)
      return sendError(reply, err.statusCode, err.errorCode, err.message, err.field, err.params);

    if (hasZodFastifySchemaValidationErrors(err)) {
      const first = err.validation[0];
      const path = (first?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
      const where = err.validationContext ?? 'body';
      const field = path || (first?.params as any)?.issue?.path?.join('.') || undefined;
      const msg = first?.message ?? 'Invalid input';
      return sendError(reply, 400, 'VALIDATION_FAILED', `${where}${field ? '.' + field : ''}: ${msg}`, field);
    }
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
      case 'FST_REQ_FILE_TOO_LARGE':
        return sendError(reply, 413, 'PAYLOAD_TOO_LARGE', 'The request or file is larger than allowed');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendError(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON (application/json) or a multipart form');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendError(reply, 400, 'EMPTY_BODY', 'The request body is empty');
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendError(reply, 400, 'BAD_JSON', 'The request body is not valid JSON');
      case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
        return sendError(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data');
    }
    if (err instanceof SyntaxError) return sendError(reply, 400, 'BAD_JSON', 'The request body is not valid JSON');
    if (err.statusCode === undefined && req.isMultipart() && MULTIPART_PARSE.test(err.message)) {
      return sendError(reply, 400, 'BAD_MULTIPART', 'The multipart form is malformed or cut short');
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendError(reply, status, err.code ?? 'BAD_REQUEST', err.message);
    }
    req.log.error({ err }, 'unhandled error');
    return sendError(reply, 500, 'INTERNAL_ERROR', 'Something went wrong on the server; it has been logged');
  });
}
