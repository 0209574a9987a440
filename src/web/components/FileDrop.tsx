import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import type { ReactNode } from 'react';
import type { useFileUpload } from './useFileUpload';

/**
 * The one drop zone for a single file: what `useFileUpload` returns does the sending, this draws
 * the box. `testId` goes on a wrapper so journeys can find the file input inside it.
 */
export function FileDrop(props: {
  upload: ReturnType<typeof useFileUpload>;
  /** Accepted endings, the same list given to `useFileUpload`. */
  accept: readonly string[];
  text: ReactNode;
  hint?: ReactNode;
  testId?: string;
}) {
  const { busy, beforeUpload, customRequest } = props.upload;
  return (
    <div data-testid={props.testId}>
      <Upload.Dragger
        accept={props.accept.join(',')}
        multiple={false}
        maxCount={1}
        showUploadList={false}
        disabled={busy}
        beforeUpload={beforeUpload}
        customRequest={customRequest}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{props.text}</p>
        {props.hint && <p className="ant-upload-hint">{props.hint}</p>}
      </Upload.Dragger>
    </div>
  );
}
