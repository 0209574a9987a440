import { Typography } from 'antd';
import { CLOZE_BLANK, clozeBlanks } from '../../../../common/drills-decks';
import { useT } from '../../../i18n';

/** A cloze text as the learner sees it: each [[blank]] an empty line as long as its words. */
export function ClozePreview({ text }: { text: string }) {
  const t = useT();
  const blanks = clozeBlanks(text).filter(Boolean);
  const parts = text.split(CLOZE_BLANK);
  return (
    <div data-testid="drill-cloze-preview" style={{ background: '#fafafa', padding: 8, borderRadius: 6 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('drills.decks.editor.preview')} ·{' '}
        {blanks.length ? t('drills.decks.editor.blanks', { n: blanks.length }) : t('drills.decks.editor.noBlanks')}
      </Typography.Text>
      <div style={{ marginTop: 4, lineHeight: 2 }}>
        {/* split with a capturing group: even parts are text, odd parts the blanked words */}
        {parts.map((part, i) =>
          i % 2 === 0 ? (
            <span key={i}>{part}</span>
          ) : (
            <span
              key={i}
              data-testid="drill-cloze-blank"
              style={{
                display: 'inline-block',
                minWidth: `${Math.max(2, part.trim().length) * 1.1}em`,
                borderBottom: '2px solid #1677ff',
                margin: '0 2px',
              }}
            >
              &nbsp;
            </span>
          ),
        )}
      </div>
    </div>
  );
}
