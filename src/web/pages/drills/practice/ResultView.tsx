import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../i18n';
import type { QueueCard, ReviewResult } from './api';

const PART_STYLE = {
  same: {},
  missing: { background: '#fff1f0', color: '#cf1322', borderBottom: '2px solid #ff4d4f' },
  extra: { color: '#d46b08', textDecoration: 'line-through' },
} as const;

/** The graded answer: right or not, the similarity, the expected answer with what was left out or added. */
export function ResultView(props: { card: QueueCard; result: ReviewResult; onNext: () => void }) {
  const { card, result, onNext } = props;
  const t = useT();
  const typed = card.kind === 'recall' || card.kind === 'cloze';
  return (
    <Card size="small" data-testid="drill-result">
      <Typography.Paragraph type="secondary">{card.prompt}</Typography.Paragraph>
      {card.kind !== 'read_aloud' && (
        <Space style={{ fontSize: 16, marginBottom: 8 }} data-testid={result.correct ? 'drill-correct' : 'drill-wrong'}>
          {result.correct ? (
            <CheckCircleFilled style={{ color: '#52c41a' }} />
          ) : (
            <CloseCircleFilled style={{ color: '#ff4d4f' }} />
          )}
          {t(result.correct ? 'drills.practice.result.correct' : 'drills.practice.result.wrong')}
          {result.similarity !== null && (
            <Typography.Text type="secondary" data-testid="drill-similarity">
              {t('drills.practice.result.similarity', { percent: Math.round(result.similarity * 100) })}
            </Typography.Text>
          )}
        </Space>
      )}
      <div style={{ color: 'rgba(0,0,0,0.45)' }}>{t('drills.practice.result.expected')}</div>
      <Typography.Paragraph style={{ fontSize: 16, lineHeight: 1.8 }} data-testid="drill-expected">
        {typed && result.differences.length
          ? result.differences.map((p, i) => (
              <span key={i} style={PART_STYLE[p.kind]} data-kind={p.kind}>
                {p.text}
              </span>
            ))
          : result.expected}
      </Typography.Paragraph>
      {typed && result.differences.some((p) => p.kind !== 'same') && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('drills.practice.result.legend')}
        </Typography.Paragraph>
      )}
      {result.masteryChanged && (
        <Alert
          type={result.masteryChanged.mastered ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 8 }}
          message={t(
            result.masteryChanged.mastered
              ? 'drills.practice.result.masteredNow'
              : 'drills.practice.result.masteryLost',
          )}
        />
      )}
      <Typography.Paragraph type="secondary" data-testid="drill-next-due">
        {t('drills.practice.result.nextDue', { when: dayjs(result.dueAfter).format('YYYY-MM-DD HH:mm') })}
      </Typography.Paragraph>
      <Button type="primary" block size="large" autoFocus onClick={onNext} data-testid="drill-next">
        {t('drills.practice.card.next')}
      </Button>
    </Card>
  );
}
