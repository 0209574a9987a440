import { CommentOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, InputNumber, Radio, Space, Tag, Tooltip, Typography } from 'antd';
import { itemMax } from '../../../../common/quality-scoring';
import { useT } from '../../../i18n';
import type { Answers, Content, ScoreResult } from './formsApi';
import { fromChoice, itemChoices, toChoice } from './itemValue';

type Item = Content['sections'][number]['items'][number];

/** A form's items with an answer control and a comment each: the evaluation page, the builder's
 *  preview and (read-only) an evaluation's detail. Item results come from the scoring function. */
export function ScorecardAnswers({
  content,
  answers,
  onChange,
  result,
  readOnly,
  comments = true,
}: {
  content: Content;
  answers: Answers;
  onChange?: (next: Answers) => void;
  result?: ScoreResult | null;
  readOnly?: boolean;
  comments?: boolean;
}) {
  const t = useT();
  const set = (key: string, patch: Partial<Answers[string]> | null) => {
    if (!onChange) return;
    const next = { ...answers };
    if (patch === null) delete next[key];
    else next[key] = { ...(next[key] ?? { value: null }), ...patch };
    onChange(next);
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="scorecard">
      {content.sections.map((s) => {
        const sec = result?.sections.find((x) => x.key === s.key);
        const answered = s.items.every((i) => answers[i.key] !== undefined); // "not counted" only once every item is answered
        return (
          <Card
            key={s.key}
            size="small"
            title={s.title}
            data-testid={`section-${s.key}`}
            extra={
              sec &&
              answered &&
              (sec.excluded ? (
                <Tag>{t('quality.forms.score.excluded')}</Tag>
              ) : (
                <Space>
                  {sec.zeroed && <Tag color="red">{t('quality.forms.score.zeroed')}</Tag>}
                  <span>
                    {sec.earned} / {sec.possible}
                  </span>
                </Space>
              ))
            }
          >
            {s.items.map((item) => (
              <ItemRow
                key={item.key}
                item={item}
                answer={answers[item.key]}
                readOnly={readOnly}
                comments={comments}
                itemResult={result?.items[item.key]}
                onAnswer={(value) => set(item.key, value === undefined ? null : { value })}
                onComment={(comment) => set(item.key, { comment: comment || undefined })}
              />
            ))}
          </Card>
        );
      })}
    </Space>
  );
}

function ItemRow({
  item,
  answer,
  readOnly,
  comments,
  itemResult,
  onAnswer,
  onComment,
}: {
  item: Item;
  answer?: Answers[string];
  readOnly?: boolean;
  comments: boolean;
  itemResult?: ScoreResult['items'][string];
  onAnswer: (value: number | null | undefined) => void;
  onComment: (c: string) => void;
}) {
  const t = useT();
  const max = itemMax(item);
  const current = toChoice(answer?.value);
  const pick = (v: string | undefined) => onAnswer(fromChoice(v));
  const options = itemChoices(item, t); // points: typed below, with an N/A checkbox of its own
  return (
    <div style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }} data-testid={`item-${item.key}`}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space>
          <Typography.Text strong>{item.label}</Typography.Text>
          {item.guidance && (
            <Tooltip title={item.guidance}>
              <QuestionCircleOutlined />
            </Tooltip>
          )}
          {item.critical !== 'none' && (
            <Tag color={item.critical === 'evaluation' ? 'red' : 'orange'}>
              {t(`quality.forms.critical.${item.critical}`)}
            </Tag>
          )}
          <Typography.Text type="secondary">
            {t('quality.forms.builder.weight')} {item.weight}
          </Typography.Text>
        </Space>
        {itemResult && answer !== undefined && (
          <Typography.Text
            type={itemResult.criticalFailed ? 'danger' : 'secondary'}
            data-testid={`item-${item.key}-earned`}
          >
            {itemResult.na ? t('quality.forms.score.na') : `${itemResult.earned} / ${itemResult.possible}`}
          </Typography.Text>
        )}
      </Space>
      <Space wrap style={{ marginTop: 4 }}>
        {item.kind === 'points' ? (
          <>
            <Space.Compact>
              <InputNumber
                min={0}
                max={max}
                precision={0}
                disabled={readOnly || answer?.value === null}
                value={answer?.value ?? undefined}
                onChange={(v) => onAnswer(v === null ? undefined : v)}
                data-testid={`answer-${item.key}`}
              />
              <Button disabled>/ {max}</Button>
            </Space.Compact>
            {item.allowNa && (
              <Checkbox
                disabled={readOnly}
                checked={answer?.value === null}
                onChange={(e) => onAnswer(e.target.checked ? null : undefined)}
                data-testid={`answer-${item.key}-na`}
              >
                {t('quality.forms.score.na')}
              </Checkbox>
            )}
          </>
        ) : (
          <Radio.Group
            optionType="button"
            size="small"
            disabled={readOnly}
            value={current}
            options={options}
            onChange={(e) => pick(e.target.value)}
            data-testid={`answer-${item.key}`}
          />
        )}
        {comments &&
          (readOnly ? (
            answer?.comment && (
              <Typography.Text type="secondary" data-testid={`comment-${item.key}`}>
                <CommentOutlined /> {answer.comment}
              </Typography.Text>
            )
          ) : (
            <Input
              size="small"
              style={{ width: 280 }}
              placeholder={t('quality.forms.evaluate.itemComment')}
              value={answer?.comment ?? ''}
              disabled={answer === undefined}
              onChange={(e) => onComment(e.target.value)}
              data-testid={`comment-${item.key}`}
              maxLength={2000}
            />
          ))}
      </Space>
    </div>
  );
}
