import { Button, Card, Col, Input, Rate, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { localTime } from '../../../format';
import { useI18n, type MsgKey } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { recordingsApi, recordingsKey, type Recording } from './api';

// One reading: the player and the card's script side by side (stacked on a phone), the learner's
// own rating, and the mentor's — given here by a mentor or lead who may rate it.

const SELF: Record<number, MsgKey> = {
  1: 'drills.recordings.self.again',
  2: 'drills.recordings.self.hard',
  3: 'drills.recordings.self.good',
  4: 'drills.recordings.self.easy',
};

export function RecordingCard({ r, showPerson }: { r: Recording; showPerson: boolean }) {
  const { t } = useI18n();
  const title = showPerson ? `${r.employeeName}${r.teamName ? ` · ${r.teamName}` : ''}` : r.prompt;
  return (
    <Card
      size="small"
      title={<span style={{ whiteSpace: 'normal' }}>{title}</span>}
      extra={<Typography.Text type="secondary">{localTime(r.createdAt).slice(0, 16)}</Typography.Text>}
      data-testid={`recording-${r.id}`}
    >
      <Row gutter={[16, 12]}>
        <Col xs={24} md={12}>
          <audio
            controls
            preload="none"
            src={recordingsApi.fileUrl(r.id)}
            style={{ width: '100%' }}
            data-testid="recording-audio"
          />
          <Space wrap size={[8, 4]} style={{ marginTop: 8 }}>
            {r.deckName && <Tag>{r.deckName}</Tag>}
            {r.seconds !== null && <Tag>{t('drills.recordings.seconds', { seconds: r.seconds })}</Tag>}
            <Tag color={r.selfRating ? 'blue' : undefined} data-testid="recording-self">
              {r.selfRating
                ? t('drills.recordings.selfRated', { rating: t(SELF[r.selfRating]!) })
                : t('drills.recordings.notSelfRated')}
            </Tag>
          </Space>
        </Col>
        <Col xs={24} md={12}>
          {showPerson && <Typography.Text strong>{r.prompt}</Typography.Text>}
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="recording-script">
            {r.script}
          </Typography.Paragraph>
        </Col>
        <Col span={24}>{r.canRate ? <RateForm r={r} /> : <MentorRating r={r} />}</Col>
      </Row>
    </Card>
  );
}

function MentorRating({ r }: { r: Recording }) {
  const { t } = useI18n();
  if (r.mentorRating === null)
    return <Typography.Text type="secondary">{t('drills.recordings.notRated')}</Typography.Text>;
  return (
    <div data-testid="recording-mentor">
      <Space wrap>
        <Typography.Text>{t('drills.recordings.ratedBy', { name: r.mentorName ?? '' })}</Typography.Text>
        <Rate disabled value={r.mentorRating} style={{ fontSize: 14 }} />
      </Space>
      {r.mentorNote && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{r.mentorNote}</Typography.Paragraph>}
    </div>
  );
}

function RateForm({ r }: { r: Recording }) {
  const { t } = useI18n();
  const [rating, setRating] = useState(r.mentorRating ?? 0);
  const [note, setNote] = useState(r.mentorNote ?? '');
  // A stale version (someone rated meanwhile) is shown the one way; the list then reloads.
  const save = useApiMutation(
    () => recordingsApi.rate(r.id, { rating, note: note.trim() || null, version: r.version }),
    {
      invalidates: [recordingsKey('list')],
    },
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {r.mentorRating !== null && (
        <Typography.Text type="secondary">
          {t('drills.recordings.ratedBy', { name: r.mentorName ?? '' })} · {localTime(r.ratedAt).slice(0, 16)}
        </Typography.Text>
      )}
      <Space wrap>
        <Typography.Text>{t('drills.recordings.rate.label')}</Typography.Text>
        <Rate value={rating} onChange={setRating} data-testid="recording-rate" />
      </Space>
      <Input.TextArea
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={500}
        autoSize={{ minRows: 2, maxRows: 5 }}
        placeholder={t('drills.recordings.rate.notePlaceholder')}
        data-testid="recording-note"
      />
      <Button
        type="primary"
        disabled={rating < 1}
        loading={save.isPending}
        onClick={() => save.mutate(undefined)}
        data-testid="recording-rate-save"
      >
        {t(r.mentorRating === null ? 'drills.recordings.rate.save' : 'drills.recordings.rate.update')}
      </Button>
    </Space>
  );
}
