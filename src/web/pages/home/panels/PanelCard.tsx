import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** A panel: a small card that opens its page when clicked (or on Enter, for the keyboard). */
export function PanelCard({
  title,
  path,
  testId,
  children,
}: {
  title: ReactNode;
  path: string;
  testId: string;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <Card
      size="small"
      hoverable
      title={title}
      role="link"
      tabIndex={0}
      data-testid={testId}
      data-path={path}
      onClick={() => navigate(path)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') navigate(path);
      }}
      styles={{ body: { padding: 8 } }}
    >
      {children}
    </Card>
  );
}
