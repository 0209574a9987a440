import { Card, Descriptions, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import type { CaseDetail } from './casesApi';

type Step = CaseDetail['steps'][number];
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** 流程记录: every step in order, each signed by its actor and dated. */
export function TimelineCard({ c }: { c: CaseDetail }) {
  const t = useT();
  const detail = (s: Step): ReactNode => {
    const d = s.data;
    const rows: [string, ReactNode][] = [];
    switch (s.kind) {
      case 'listed':
        rows.push(
          [t('elimination.fields.criterion'), t(`elimination.criteria.${c.criterion}`)],
          [t('elimination.fields.summary'), str(d.summary)],
        );
        break;
      case 'interview':
        rows.push(
          [t('elimination.interview.heldAt'), localTime(str(d.heldAt))],
          [t('elimination.interview.present'), (d.present as string[]).join('、')],
          [t('elimination.interview.traineeStatement'), str(d.traineeStatement)],
          ...(d.notes ? [[t('elimination.interview.notes'), str(d.notes)] as [string, ReactNode]] : []),
        );
        break;
      case 'notice':
        rows.push(
          [
            t('elimination.fields.notice'),
            t('elimination.notice.range', { from: str(d.publishedOn), to: str(d.endsOn) }),
          ],
          ...(d.backdateReason
            ? [[t('elimination.notice.backdateReason'), str(d.backdateReason)] as [string, ReactNode]]
            : []),
        );
        break;
      case 'notice_recounted': {
        const [before, after] = [d.before, d.after] as { endsOn: string | null }[];
        rows.push(
          [
            t('elimination.fields.notice'),
            t('elimination.notice.recounted', { before: str(before?.endsOn), after: str(after?.endsOn) }),
          ],
          [t('elimination.notice.recountReason'), str(d.reason)],
        );
        break;
      }
      case 'appeal':
        rows.push([t('elimination.appeal.reason'), str(d.reason)]);
        break;
      case 'appeal_answer':
        rows.push(
          [t('elimination.appeal.outcome'), t(`elimination.appeal.outcomes.${d.outcome as 'upheld' | 'rejected'}`)],
          [t('elimination.appeal.answerText'), str(d.answer)],
        );
        break;
      case 'decision':
        rows.push(
          [
            t('elimination.decision.decision'),
            t(`elimination.decision.options.${d.decision as 'eliminate' | 'retain'}`),
          ],
          [t('elimination.decision.reason'), str(d.reason)],
        );
        break;
      case 'offboarding_item':
        rows.push(
          [t('elimination.offboarding.title'), t(`elimination.offboarding.items.${d.item as 'wages_settled'}`)],
          ...(d.note ? [[t('elimination.offboarding.note'), str(d.note)] as [string, ReactNode]] : []),
        );
        break;
      case 'exit_talk':
        rows.push(
          [t('elimination.exitTalk.heldAt'), localTime(str(d.heldAt))],
          [t('elimination.exitTalk.personView'), str(d.personView)],
          [t('elimination.exitTalk.companyAssessment'), str(d.companyAssessment)],
          [t('elimination.exitTalk.careerAdvice'), str(d.careerAdvice)],
        );
        break;
      case 'attachment':
        rows.push([t('elimination.fields.file'), str(d.fileName)]);
        break;
    }
    return (
      <Descriptions
        size="small"
        column={1}
        items={rows.map(([label, children], i) => ({
          key: i,
          label,
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{children}</span>,
        }))}
      />
    );
  };
  return (
    <Card title={t('elimination.timeline')} data-testid="case-timeline">
      <Timeline
        items={c.steps.map((s) => ({
          key: s.id,
          children: (
            <div data-testid="case-step" data-kind={s.kind}>
              <Typography.Text strong>{t(`elimination.steps.${s.kind}`)}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {t('elimination.signedBy', { name: s.actor.name, time: localTime(s.at) })}
              </Typography.Text>
              {detail(s)}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
