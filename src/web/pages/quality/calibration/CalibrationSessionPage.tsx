import { Alert, Button, Descriptions, Popconfirm, Space, Spin, Tabs, Tag } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { useSession } from '../../../session';
import type { Answers, Content } from '../forms/formsApi';
import { calibrationApi } from './calibrationApi';
import { CalibrationReportView } from './CalibrationReportView';
import { InteractionScoring } from './InteractionScoring';

/** One calibration session: blind scoring for the invited evaluators, closing and the consensus
 *  for the facilitator, and the report once scoring is closed. */
export default function CalibrationSessionPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { me } = useSession();
  const s = useApiQuery(keys.quality('calibration', id), () => calibrationApi.session(id)).data;
  // Every write here changes the session (and its report) and the list's counts.
  const invalidates = [keys.quality('calibration', id), keys.quality('calibrations')];
  const score = useApiMutation(
    (v: { interactionId: string; answers: Answers }) => calibrationApi.score(id, v.interactionId, v.answers),
    { invalidates, onSuccess: (r) => showSuccess(t('quality.calibration.session.submitted', { score: r.score })) },
  );
  const consensus = useApiMutation(
    (v: { interactionId: string; answers: Answers; reason?: string }) =>
      calibrationApi.consensus(id, v.interactionId, v.answers, v.reason),
    { invalidates, onSuccess: (r) => showSuccess(t('quality.calibration.session.consensusSaved', { score: r.score })) },
  );
  const close = useApiMutation(() => calibrationApi.close(id), { invalidates });
  // The error was shown; the card stays as it was for another try.
  const settled = () => undefined;
  if (!s) return <Spin />;

  const content = s.content as Content;
  const closed = s.status === 'closed';
  const mine = (interactionId: string) =>
    s.scores.find((x) => x.interactionId === interactionId && x.userId === me?.id);
  const tabs = [];
  if (s.isParticipant) {
    tabs.push({
      key: 'score',
      label: t('quality.calibration.session.scoreTab'),
      children: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {!closed && <Alert type="warning" showIcon title={t('quality.calibration.session.blind')} />}
          {s.interactions.map((it, i) => {
            const own = mine(it.id);
            return (
              <InteractionScoring
                key={`${it.id}-${closed}`}
                index={i}
                interaction={it}
                content={content}
                passScore={s.passScore}
                initial={own?.answers}
                readOnly={closed}
                saveLabel={own ? t('quality.calibration.session.resubmit') : t('quality.calibration.session.submit')}
                onSave={(answers) => score.mutateAsync({ interactionId: it.id, answers }).then(settled, settled)}
              />
            );
          })}
        </Space>
      ),
    });
  }
  if (s.isFacilitator && closed) {
    tabs.push({
      key: 'consensus',
      label: t('quality.calibration.session.consensusTab'),
      children: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {s.interactions.map((it, i) => (
            <InteractionScoring
              key={it.id}
              index={i}
              interaction={it}
              content={content}
              passScore={s.passScore}
              withReason
              initial={s.consensus.find((c) => c.interactionId === it.id)?.answers}
              saveLabel={t('quality.calibration.session.consensusSave')}
              onSave={(answers, reason) =>
                consensus.mutateAsync({ interactionId: it.id, answers, reason }).then(settled, settled)
              }
            />
          ))}
        </Space>
      ),
    });
  }
  if (closed)
    tabs.push({
      key: 'report',
      label: t('quality.calibration.session.reportTab'),
      children: <CalibrationReportView sessionId={s.id} content={content} />,
    });

  return (
    <>
      <PageHeader
        title={s.title}
        extra={
          <Space>
            <Button onClick={() => navigate('/quality/calibrations')}>{t('quality.calibration.session.back')}</Button>
            {s.isFacilitator && !closed && (
              <Popconfirm title={t('quality.calibration.session.closeConfirm')} onConfirm={() => close.mutate()}>
                <Button type="primary" danger data-testid="calibration-close">
                  {t('quality.calibration.session.close')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      <Descriptions
        size="small"
        column={3}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'form', label: t('quality.calibration.sessions.form'), children: `${s.formName} · v${s.formVersion}` },
          { key: 'day', label: t('quality.calibration.sessions.day'), children: s.day },
          {
            key: 'status',
            label: t('quality.calibration.sessions.status'),
            children: (
              <Tag color={closed ? 'default' : 'blue'} data-testid="calibration-status">
                {t(`quality.calibration.sessions.${s.status}`)}
              </Tag>
            ),
          },
          { key: 'facilitator', label: t('quality.calibration.sessions.facilitator'), children: s.facilitatorName },
          {
            key: 'evaluators',
            label: t('quality.calibration.sessions.evaluators'),
            span: 2,
            children: (
              <Space wrap>
                {s.participants.map((p) => (
                  <Tag key={p.userId} color={p.scored === s.interactionCount ? 'green' : undefined}>
                    {p.name} · {t('quality.calibration.session.scored', { n: p.scored, total: s.interactionCount })}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {!s.isParticipant && !closed && (
        <Alert
          type="info"
          showIcon
          title={t('quality.calibration.session.notParticipant')}
          style={{ marginBottom: 12 }}
        />
      )}
      {tabs.length > 0 && <Tabs items={tabs} defaultActiveKey={closed ? 'report' : 'score'} />}
    </>
  );
}
