import { AppError } from './errors.js';

// An upload over its size setting answers 413 saying the limit and the setting that sets it, so
// the person uploading knows what to do (split the file, or ask an administrator).

const isTooLarge = (err: unknown) => (err as { code?: string })?.code === 'FST_REQ_FILE_TOO_LARGE';

export const uploadTooLarge = (maxMb: number, setting: string) =>
  new AppError(
    413,
    'FILE_TOO_LARGE',
    `The file is larger than ${maxMb} MB (setting ${setting}); split it into smaller files or ask an administrator to raise the limit`,
    'file',
    { maxMb },
  );

/** Runs the reading of a multipart file; the multipart parser's own "too large" becomes uploadTooLarge. */
export async function withinUploadLimit<T>(read: () => Promise<T>, tooLarge: () => AppError): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (isTooLarge(err)) throw tooLarge();
    throw err;
  }
}
