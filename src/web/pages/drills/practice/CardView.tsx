import { Button, Card, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CLOZE_JOIN, type ReviewInput } from '../../../../common/drills-practice';
import { useT } from '../../../i18n';
import { Recorder } from '../recordings/Recorder';
import type { QueueCard } from './api';
import { WhyTag } from './labels';

export type Answer = Omit<ReviewInput, 'cardId' | 'durationMs'>;

const RATINGS = [1, 2, 3, 4] as const;
const RATING_COLOR = { 1: '#cf1322', 2: '#d46b08', 3: '#389e0d', 4: '#1f6feb' } as const;
const RATING_NAME = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' } as const;

/**
 * One card to answer, by kind: recall — type it; choice — one button per option; cloze — one
 * input per blank; read aloud — the script, then the learner's own rating.
 */
export function CardView(props: { card: QueueCard; busy: boolean; onAnswer: (a: Answer) => void }) {
  const { card, busy, onAnswer } = props;
  const t = useT();
  return (
    <Card
      size="small"
      data-testid="drill-card"
      title={
        <Space size={4} wrap>
          <Tag>{t(`drills.practice.kind.${card.kind}`)}</Tag>
          <WhyTag card={card} />
          <Typography.Text type="secondary">{card.deckName}</Typography.Text>
        </Space>
      }
    >
      <Typography.Paragraph strong style={{ fontSize: 16 }} data-testid="drill-prompt">
        {card.prompt}
      </Typography.Paragraph>
      {card.kind === 'recall' && <RecallForm busy={busy} onAnswer={onAnswer} />}
      {card.kind === 'cloze' && <ClozeForm parts={card.clozeParts ?? []} busy={busy} onAnswer={onAnswer} />}
      {card.kind === 'choice' && (
        <Space direction="vertical" style={{ width: '100%' }}>
          {(card.choices ?? []).map((c, i) => (
            <Button
              key={c}
              block
              size="large"
              disabled={busy}
              onClick={() => onAnswer({ choice: c })}
              data-testid={`drill-choice-${i}`}
            >
              {c}
            </Button>
          ))}
        </Space>
      )}
      {card.kind === 'read_aloud' && <ReadAloud card={card} busy={busy} onAnswer={onAnswer} />}
    </Card>
  );
}

export function RateButtons({ busy, onRate }: { busy: boolean; onRate: (r: 1 | 2 | 3 | 4) => void }) {
  const t = useT();
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 8, marginTop: 8 }}>
      {RATINGS.map((r) => (
        <Button
          key={r}
          size="large"
          disabled={busy}
          onClick={() => onRate(r)}
          style={{ minWidth: 0, paddingInline: 0, color: RATING_COLOR[r], borderColor: RATING_COLOR[r] }}
          data-testid={`drill-rate-${r}`}
        >
          {t(`drills.practice.rate.${RATING_NAME[r]}`)}
        </Button>
      ))}
    </div>
  );
}

/** The script, H6's Recorder, then the self-rating; a recording made is saved with the review. */
function ReadAloud(props: { card: QueueCard; busy: boolean; onAnswer: (a: Answer) => void }) {
  const { card, busy, onAnswer } = props;
  const t = useT();
  const [recordingId, setRecordingId] = useState<string | null>(null);
  return (
    <>
      <Typography.Text type="secondary">{t('drills.practice.card.script')}</Typography.Text>
      <Typography.Paragraph style={{ fontSize: 18, lineHeight: 1.8 }} data-testid="drill-script">
        {card.script}
      </Typography.Paragraph>
      <div style={{ marginBottom: 12 }}>
        <Recorder cardId={card.cardId} onRecorded={setRecordingId} />
      </div>
      {recordingId && (
        <Typography.Paragraph type="success" data-testid="drill-recorded">
          {t('drills.practice.card.recorded')}
        </Typography.Paragraph>
      )}
      <Typography.Text type="secondary">{t('drills.practice.card.selfRate')}</Typography.Text>
      <RateButtons busy={busy} onRate={(r) => onAnswer({ selfRating: r, ...(recordingId ? { recordingId } : {}) })} />
    </>
  );
}

function RecallForm({ busy, onAnswer }: { busy: boolean; onAnswer: (a: Answer) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  return (
    <>
      <Input.TextArea
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 8 }}
        placeholder={t('drills.practice.card.answerPlaceholder')}
        data-testid="drill-answer"
      />
      <Button
        type="primary"
        block
        size="large"
        style={{ marginTop: 8 }}
        loading={busy}
        disabled={!text.trim()}
        onClick={() => onAnswer({ answer: text })}
        data-testid="drill-submit"
      >
        {t('drills.practice.card.submit')}
      </Button>
    </>
  );
}

function ClozeForm(props: { parts: string[]; busy: boolean; onAnswer: (a: Answer) => void }) {
  const { parts, busy, onAnswer } = props;
  const t = useT();
  const [blanks, setBlanks] = useState<string[]>(() => parts.slice(1).map(() => ''));
  const set = (i: number, v: string) => setBlanks((b) => b.map((x, j) => (j === i ? v : x)));
  return (
    <>
      <div style={{ lineHeight: 2.4, fontSize: 16 }}>
        {parts.map((p, i) => (
          <span key={i}>
            {p}
            {i < parts.length - 1 && (
              <Input
                size="small"
                value={blanks[i]}
                onChange={(e) => set(i, e.target.value)}
                placeholder={t('drills.practice.card.blank', { n: i + 1 })}
                style={{ width: 110, margin: '0 4px' }}
                data-testid={`drill-blank-${i}`}
              />
            )}
          </span>
        ))}
      </div>
      <Button
        type="primary"
        block
        size="large"
        style={{ marginTop: 8 }}
        loading={busy}
        disabled={blanks.every((b) => !b.trim())}
        onClick={() => onAnswer({ answer: blanks.map((b) => b.trim()).join(CLOZE_JOIN) })}
        data-testid="drill-submit"
      >
        {t('drills.practice.card.submit')}
      </Button>
    </>
  );
}
