import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { CalibrationInteractionShape } from '../../../../common/quality-calibration';
import { scoreEvaluation } from '../../../../common/quality-scoring';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import type { Answers, Content } from '../forms/formsApi';
import { ScorecardAnswers } from '../forms/ScorecardAnswers';
import { ScoreSummary } from '../forms/ScoreSummary';

/** One interaction of a session with the scorecard to answer: an evaluator's blind score or the
 *  facilitator's consensus. The running score comes from the one scoring function. */
export function InteractionScoring({
  index,
  interaction,
  content,
  passScore,
  initial,
  readOnly,
  saveLabel,
  withReason,
  onSave,
}: {
  index: number;
  interaction: CalibrationInteractionShape;
  content: Content;
  passScore: number;
  initial?: Answers;
  readOnly?: boolean;
  saveLabel: string;
  withReason?: boolean;
  onSave: (answers: Answers, reason?: string) => Promise<void>;
}) {
  const t = useT();
  const [answers, setAnswers] = useState<Answers>(initial ?? {});
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const result = useMemo(() => scoreEvaluation(content, answers, passScore), [content, answers, passScore]);
  const save = async () => {
    setBusy(true);
    try {
      await onSave(answers, reason);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      size="small"
      data-testid={`calibration-interaction-${index}`}
      title={
        <Space>
          {t('quality.calibration.session.interaction', { n: index + 1 })}
          <Typography.Text type="secondary">
            {localTime(interaction.startedAt)} · {interaction.businessType} · {interaction.talkSeconds}s
          </Typography.Text>
        </Space>
      }
      extra={
        <Space>
          {interaction.recordingUrl && (
            <a href={interaction.recordingUrl} target="_blank" rel="noreferrer">
              {t('quality.calibration.session.play')}
            </a>
          )}
          {interaction.transcriptUrl && (
            <a href={interaction.transcriptUrl} target="_blank" rel="noreferrer">
              {t('quality.calibration.session.transcript')}
            </a>
          )}
        </Space>
      }
    >
      {interaction.recordingUrl && (
        <audio controls preload="none" src={interaction.recordingUrl} style={{ width: '100%', marginBottom: 8 }} />
      )}
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(220px, 1fr)', gap: 12 }}>
        <ScorecardAnswers
          content={content}
          answers={answers}
          onChange={readOnly ? undefined : setAnswers}
          result={result}
          readOnly={readOnly}
        />
        <Space orientation="vertical" style={{ width: '100%' }}>
          <ScoreSummary result={result} passScore={passScore} />
          {!readOnly && withReason && (
            <Input.TextArea
              rows={2}
              maxLength={500}
              placeholder={t('quality.calibration.session.consensusReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
          {!readOnly && (
            <Button
              type="primary"
              block
              loading={busy}
              disabled={result.missing.length > 0}
              onClick={save}
              data-testid={`calibration-save-${index}`}
            >
              {saveLabel}
            </Button>
          )}
          {readOnly && <Alert type="info" showIcon title={t('quality.calibration.session.closedNotice')} />}
        </Space>
      </div>
    </Card>
  );
}
