import { Alert, Card, Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import type { InteractionFacts } from '../forms/formsApi';

const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** The interaction being scored: its facts, the recording in an <audio> player or a link to the
 *  transcript, and the evaluations it already has (so nobody scores it twice unknowingly). */
export function InteractionFactsCard({ facts, currentId }: { facts: InteractionFacts; currentId?: string }) {
  const t = useT();
  const others = facts.evaluationIds.filter((e) => e !== currentId);
  return (
    <Card size="small" title={t('quality.forms.evaluate.interaction')} data-testid="interaction-facts">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('quality.forms.evaluate.agent')}>
          {facts.agentName} · {facts.employeeNo}
        </Descriptions.Item>
        <Descriptions.Item label={t('quality.forms.evaluate.started')}>{localTime(facts.startedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('quality.forms.evaluate.channel')}>
          {t(`quality.forms.channels.${facts.channel as 'voice'}`)} ·{' '}
          {t(`quality.forms.directions.${facts.direction as 'in'}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('quality.forms.evaluate.businessType')}>
          {facts.businessType}
          {facts.queue ? ` · ${facts.queue}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('quality.forms.evaluate.durations')}>
          {t('quality.forms.evaluate.durationsValue', {
            talk: mmss(facts.talkSeconds),
            hold: mmss(facts.holdSeconds),
            wrap: mmss(facts.wrapSeconds),
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('quality.forms.evaluate.outcome')}>
          {facts.fcr === null ? '—' : t(facts.fcr ? 'quality.forms.evaluate.fcrYes' : 'quality.forms.evaluate.fcrNo')}
          {facts.csat !== null ? ` · CSAT ${facts.csat}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="ID">
          <Typography.Text copyable>{facts.id}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {facts.recordingUrl && (
        <audio
          controls
          preload="none"
          src={facts.recordingUrl}
          style={{ width: '100%' }}
          data-testid="interaction-audio"
        />
      )}
      {facts.transcriptUrl && (
        <a href={facts.transcriptUrl} target="_blank" rel="noreferrer" data-testid="interaction-transcript">
          {t('quality.forms.evaluate.openTranscript')}
        </a>
      )}
      {!facts.recordingUrl && !facts.transcriptUrl && (
        <Alert type="warning" showIcon title={t('quality.forms.evaluate.noRecording')} />
      )}
      {others.length > 0 && (
        <Alert
          style={{ marginTop: 8 }}
          type="info"
          showIcon
          title={
            <span>
              {t('quality.forms.evaluate.alreadyEvaluated', { n: others.length })}{' '}
              {others.map((e, i) => (
                <Link key={e} to={`/quality/evaluations/${e}`}>
                  #{i + 1}{' '}
                </Link>
              ))}
            </span>
          }
        />
      )}
    </Card>
  );
}
