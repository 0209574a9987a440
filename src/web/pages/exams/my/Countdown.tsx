import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useEffect, useState } from 'react';

const pad = (n: number) => String(n).padStart(2, '0');
export const formatSeconds = (s: number) => {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h ? `${h}:` : ''}${pad(m)}:${pad(s % 60)}`;
};

/** Time left until `deadline` (ms, on the server's clock), `offset` = server − browser clock. */
export function Countdown({ deadline, offset, onZero }: { deadline: number; offset: number; onZero: () => void }) {
  const left = () => Math.max(0, Math.round((deadline - (Date.now() + offset)) / 1000));
  const [secs, setSecs] = useState(left);
  useEffect(() => {
    setSecs(left());
    const timer = window.setInterval(() => {
      const s = left();
      setSecs(s);
      if (s <= 0) {
        window.clearInterval(timer);
        onZero();
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [deadline, offset]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Tag
      icon={<ClockCircleOutlined />}
      color={secs < 300 ? 'red' : 'blue'}
      style={{ fontSize: 16, padding: '4px 10px' }}
      data-testid="exam-countdown"
      data-seconds={secs}
    >
      {formatSeconds(secs)}
    </Tag>
  );
}
