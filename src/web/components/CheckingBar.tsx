import { Progress, Typography } from 'antd';

/**
 * The bar shown while an uploaded file is read and checked on the server (issue 16 item 5). The
 * check is one request, so there is no percentage to show: an active bar says it is working.
 */
export function CheckingBar({ text, testId }: { text: string; testId: string }) {
  return (
    <div data-testid={testId}>
      <Progress percent={100} status="active" showInfo={false} />
      <Typography.Text type="secondary">{text}</Typography.Text>
    </div>
  );
}
