// One error shape for the whole API: { success:false, errorCode, errorMessage, field?, params? }.
// params carry the values a translated message needs (a year, a count), so the web can say it in
// the user's language instead of showing the English errorMessage.
// Services throw AppError; the handler in app.ts turns anything else into a 500 without details.
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly errorCode: string,
    message: string,
    readonly field?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, message: string, field?: string) => new AppError(400, code, message, field);
export const unauthorized = (message = 'Sign-in required') => new AppError(401, 'UNAUTHORIZED', message);
export const forbidden = (message = 'You may not do this') => new AppError(403, 'FORBIDDEN', message);
export const notFound = (what: string) => new AppError(404, 'NOT_FOUND', `${what} not found`);
export const conflict = (code: string, message: string, field?: string) => new AppError(409, code, message, field);
export const ruleBroken = (code: string, message: string, field?: string) => new AppError(422, code, message, field);
