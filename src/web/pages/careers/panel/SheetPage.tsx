import { Alert, Button, Card, Input, InputNumber, message, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { NotFoundResult, PageSpin } from '../../../components/Results';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { panelApi, panelKey, type MyScoringSheet } from './api';
import { itemLabel } from './labels';

type Candidate = MyScoringSheet['candidates'][number];
type Draft = Record<string, { score: number | null; comment: string }>;

/** One round's sheets: a card per shortlisted candidate with the items to score; one column, phone width. */
export default function SheetPage() {
  const t = useT();
  const { roundId = '' } = useParams();
  const { data, loading, error } = useApiQuery(panelKey('scoring', roundId), () => panelApi.mySheet(roundId), {
    quiet: true,
  });
  if (error) return <NotFoundResult />;
  if (!data) return loading ? <PageSpin /> : null;
  return (
    <>
      <PageHeader
        title={data.round.name}
        extra={<Link to="/careers/scoring">{t('careers.panel.scoring.back')}</Link>}
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag color={data.open ? 'blue' : undefined}>
          {data.open ? t('careers.panel.scoring.open') : t('careers.panel.scoring.closed')}
        </Tag>
        <Tag>{t('careers.panel.scoring.as', { kind: t(`careers.panel.kind.${data.kind}`) })}</Tag>
        {data.round.talkDay && <span>{t('careers.panel.scoring.talkDay', { day: data.round.talkDay })}</span>}
        <span>{t('careers.panel.scoring.talkMinutes', { minutes: data.round.talkMinutes })}</span>
      </Space>
      {data.candidates.map((c) => (
        <CandidateSheet key={c.nominationId} roundId={roundId} sheet={data} candidate={c} />
      ))}
    </>
  );
}

function CandidateSheet({
  roundId,
  sheet,
  candidate: c,
}: {
  roundId: string;
  sheet: MyScoringSheet;
  candidate: Candidate;
}) {
  const t = useT();
  const initial = (): Draft =>
    Object.fromEntries(
      sheet.items.map((i) => {
        const mine = c.mine?.find((m) => m.key === i.key);
        return [i.key, { score: mine?.score ?? null, comment: mine?.comment ?? '' }];
      }),
    );
  const [draft, setDraft] = useState<Draft>(initial);
  const submit = useApiMutation(
    () =>
      panelApi.submit(roundId, c.nominationId, {
        scores: sheet.items.map((i) => ({
          key: i.key,
          score: draft[i.key].score ?? 0,
          comment: draft[i.key].comment.trim() || null,
        })),
      }),
    { invalidates: [panelKey()], onSuccess: () => void message.success(t('careers.panel.scoring.saved')) },
  );
  const complete = sheet.items.every((i) => draft[i.key].score !== null);
  const total = sheet.items.reduce((a, i) => a + (draft[i.key].score ?? 0), 0);
  const set = (key: string, patch: Partial<Draft[string]>) =>
    setDraft((d) => ({ ...d, [key]: { ...d[key], ...patch } }));

  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid={`sheet-${c.nominationId}`}
      title={
        <Space wrap>
          <span>{c.name}</span>
          {c.teamName && <Typography.Text type="secondary">{c.teamName}</Typography.Text>}
        </Space>
      }
      extra={
        c.total !== null ? (
          <Tag color="green">{t('careers.panel.scoring.total', { total: c.total })}</Tag>
        ) : (
          <Tag>{t('careers.panel.scoring.notScored')}</Tag>
        )
      }
    >
      {c.statement && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, expandable: true }}>
          {t('careers.panel.scoring.statement')}：{c.statement}
        </Typography.Paragraph>
      )}
      {c.self ? (
        <Alert type="info" showIcon message={t('careers.panel.scoring.self')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {sheet.items.map((i) => (
            <div key={i.key}>
              <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                <span>{itemLabel(i, sheet.isDefault)}</span>
                <Space>
                  <InputNumber
                    min={0}
                    max={i.maxScore}
                    step={0.5}
                    value={draft[i.key].score}
                    disabled={!sheet.open}
                    onChange={(v) => set(i.key, { score: v === null ? null : Number(v) })}
                    style={{ width: 88 }}
                    inputMode="decimal"
                    data-testid={`score-item-${i.key}`}
                  />
                  <Typography.Text type="secondary">
                    {t('careers.panel.scoring.max', { max: i.maxScore })}
                  </Typography.Text>
                </Space>
              </Space>
              <Input
                size="small"
                placeholder={t('careers.panel.scoring.comment')}
                value={draft[i.key].comment}
                maxLength={500}
                disabled={!sheet.open}
                onChange={(e) => set(i.key, { comment: e.target.value })}
                style={{ marginTop: 4 }}
                data-testid={`score-comment-${i.key}`}
              />
            </div>
          ))}
          {sheet.open && (
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text strong>{t('careers.panel.scoring.total', { total })}</Typography.Text>
              <Button
                type="primary"
                disabled={!complete}
                loading={submit.isPending}
                onClick={() => submit.mutate(undefined)}
                data-testid="submit-sheet"
              >
                {c.mine ? t('careers.panel.scoring.resubmit') : t('careers.panel.scoring.submit')}
              </Button>
            </Space>
          )}
        </Space>
      )}
    </Card>
  );
}
