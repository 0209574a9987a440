import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title line of a page, with its main actions on the right. */
export function PageHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  return (
    <div className="sw-toolbar">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <span className="sw-toolbar-spacer" />
      {extra}
    </div>
  );
}
