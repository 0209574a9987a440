import { Button, Card, Checkbox, DatePicker, Empty, Form, Input, Radio, Space, Typography, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { swapsApi, swapsKey } from './api';
import { EntryText, ProblemTag } from './SwapParts';

// Propose a swap: pick my day (and the colleague's, when not the same), see each colleague of my
// team with their shift and whether a swap fits (the server's check), pick one, give a reason.

const fmt = (d: Dayjs) => d.format('YYYY-MM-DD');

export function ProposeCard() {
  const t = useT();
  const [myDay, setMyDay] = useState<Dayjs>(dayjs().add(1, 'day'));
  const [sameDay, setSameDay] = useState(true);
  const [theirDay, setTheirDay] = useState<Dayjs>(dayjs().add(1, 'day'));
  const [colleagueId, setColleagueId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const requesterDay = fmt(myDay);
  const colleagueDay = sameDay ? requesterDay : fmt(theirDay);
  const { data, loading } = useApiQuery(swapsKey('options', requesterDay, colleagueDay), () =>
    swapsApi.options(requesterDay, colleagueDay),
  );
  const send = useApiMutation(
    () => swapsApi.propose({ colleagueId: colleagueId ?? '', requesterDay, colleagueDay, reason }),
    {
      invalidates: [swapsKey()],
      onSuccess: () => {
        message.success(t('attendance.swaps.propose.sent'));
        setColleagueId(null);
        setReason('');
      },
    },
  );
  const chosen = data?.colleagues.find((c) => c.colleagueId === colleagueId);

  return (
    <Card title={t('attendance.swaps.propose.title')} size="small" loading={loading && !data}>
      <Form layout="vertical">
        <Space wrap>
          <Form.Item label={t('attendance.swaps.propose.requesterDay')}>
            <DatePicker value={myDay} onChange={(d) => d && setMyDay(d)} allowClear={false} data-testid="swap-day" />
          </Form.Item>
          <Form.Item label=" ">
            <Checkbox checked={sameDay} onChange={(e) => setSameDay(e.target.checked)}>
              {t('attendance.swaps.propose.sameDay')}
            </Checkbox>
          </Form.Item>
          {!sameDay && (
            <Form.Item label={t('attendance.swaps.propose.colleagueDay')}>
              <DatePicker value={theirDay} onChange={(d) => d && setTheirDay(d)} allowClear={false} />
            </Form.Item>
          )}
        </Space>
        <Form.Item label={t('attendance.swaps.propose.mine')}>
          <Space wrap>
            {data?.mine.length ? data.mine.map((e) => <EntryText key={e.day} e={e} />) : <EntryText e={null} />}
          </Space>
        </Form.Item>
        <Form.Item label={t('attendance.swaps.propose.colleague')}>
          {data && !data.colleagues.length ? (
            <Empty description={t('attendance.swaps.propose.noColleague')} />
          ) : (
            <Radio.Group value={colleagueId} onChange={(e) => setColleagueId(e.target.value)} style={{ width: '100%' }}>
              <Space direction="vertical" style={{ width: '100%' }}>
                {data?.colleagues.map((c) => (
                  <Radio key={c.colleagueId} value={c.colleagueId} data-testid="swap-colleague">
                    <Space wrap size={4}>
                      <Typography.Text strong>{c.colleagueName}</Typography.Text>
                      {c.entries.length ? (
                        c.entries.map((e) => <EntryText key={e.day} e={e} />)
                      ) : (
                        <EntryText e={null} />
                      )}
                      {c.problems.length ? (
                        c.problems.map((p, i) => (
                          <ProblemTag
                            key={i}
                            p={p}
                            name={
                              p.employeeId === c.colleagueId ? c.colleagueName : t('attendance.swaps.list.requester')
                            }
                          />
                        ))
                      ) : (
                        <Typography.Text type="success">{t('attendance.swaps.propose.fits')}</Typography.Text>
                      )}
                    </Space>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          )}
        </Form.Item>
        <Form.Item label={t('attendance.swaps.propose.reason')}>
          <Input.TextArea
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="swap-reason"
          />
        </Form.Item>
        <Button
          type="primary"
          disabled={!chosen || chosen.problems.length > 0 || reason.trim().length < 2}
          loading={send.isPending}
          onClick={() => send.mutate(undefined)}
          data-testid="swap-send"
        >
          {t('attendance.swaps.propose.send')}
        </Button>
      </Form>
    </Card>
  );
}
