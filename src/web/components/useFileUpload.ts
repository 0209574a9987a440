import { Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api';
import { showError } from '../feedback';

/**
 * The one way a page sends a dropped file: `send` uploads it through the API client, errors are
 * shown with their detail, and files of another type are refused before anything is sent.
 */
export function useFileUpload<T>(opts: {
  send: (file: File) => Promise<T>;
  onDone: (result: T) => void;
  /** Accepted endings, e.g. ['.xlsx', '.csv']; leave out to accept any file. */
  accept?: string[];
  badTypeText?: string;
}) {
  const [busy, setBusy] = useState(false);

  const customRequest: UploadProps['customRequest'] = async ({ file, onSuccess, onError }) => {
    setBusy(true);
    try {
      const result = await opts.send(file as File);
      onSuccess?.(result);
      opts.onDone(result);
    } catch (err) {
      showError(err, { detail: true });
      onError?.(err as Error);
    } finally {
      setBusy(false);
    }
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!opts.accept || opts.accept.some((ext) => file.name.toLowerCase().endsWith(ext))) return true;
    showError(new ApiError(0, 'UNSUPPORTED_FILE_TYPE', opts.badTypeText ?? ''));
    return Upload.LIST_IGNORE;
  };

  return { busy, customRequest, beforeUpload };
}
