import type { App, FormInstance } from 'antd';
import { ApiError } from './api';
import { translate, translateMaybe } from './i18n';

// Errors are shown one way: a message with the translation of the errorCode (or the server's
// own message when there is none), or, in a form, under the field the server named.

type MessageApi = ReturnType<typeof App.useApp>['message'];
let messageApi: MessageApi | null = null;
export const bindMessages = (api: MessageApi) => {
  messageApi = api;
};

export function errorText(err: unknown): string {
  if (err instanceof ApiError) return translateMaybe(`errors.${err.errorCode}`, err.params) ?? err.message;
  return translate('errors.UNKNOWN');
}

/**
 * Show an error. With `detail`, the server's own message goes beneath the translation when it
 * says more (which columns a file lacks, how many rows it may have).
 */
export function showError(err: unknown, { detail = false } = {}) {
  if (!(err instanceof ApiError)) console.error(err);
  const text = errorText(err);
  const more = detail && err instanceof ApiError && err.message !== text ? err.message : null;
  messageApi?.error(
    more ? (
      <span>
        {text}
        <span className="sw-detail" style={{ display: 'block' }}>
          {more}
        </span>
      </span>
    ) : (
      text
    ),
  );
}

export const showSuccess = (text: string) => {
  messageApi?.success(text);
};

/**
 * Put a server error on the form field it names (`teamId` may be shown on the field `team`
 * through `fieldMap`); anything else goes to showError. Returns true when a field took it.
 */
export function showFormError(form: FormInstance, err: unknown, fieldMap: Record<string, string> = {}): boolean {
  if (err instanceof ApiError && err.field) {
    const apiField = err.field.split('.')[0];
    const name = fieldMap[apiField] ?? apiField;
    if (name in form.getFieldsValue()) {
      form.setFields([{ name, errors: [errorText(err)] }]);
      return true;
    }
  }
  showError(err);
  return false;
}
