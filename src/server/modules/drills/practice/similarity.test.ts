import { describe, expect, it } from 'vitest';
import { differences, similarity } from './similarity.js';

// Similarity of typed Chinese answers (issue 20): punctuation and full-/half-width forms do not
// count; the score is a character edit-distance ratio; the differences show what is missing/extra.

const OPENING = '您好，很高兴为您服务！请问有什么可以帮您？';

describe('similarity', () => {
  it('gives 1 to an identical answer', () => {
    expect(similarity(OPENING, OPENING)).toBe(1);
  });

  it('ignores Chinese and ASCII punctuation and spaces', () => {
    expect(similarity('您好很高兴为您服务请问有什么可以帮您', OPENING)).toBe(1);
    expect(similarity('您好,很高兴为您服务!请问有什么可以帮您?', OPENING)).toBe(1);
    expect(similarity('“转接”、‘人工’；请稍候：', '转接人工请稍候')).toBe(1);
    expect(similarity('转接 人工. 请稍候 ...', '转接人工请稍候')).toBe(1);
  });

  it('treats full- and half-width forms as equal', () => {
    expect(similarity('ＶＩＰ套餐１２８元', 'VIP套餐128元')).toBe(1);
    expect(similarity('A\u3000B', 'AB')).toBe(1); // ideographic space
    expect(similarity('ａｂｃ', 'ABC')).toBe(1);
  });

  it('scores a missing character by the edit distance over the longer length', () => {
    // 18 significant characters, one left out
    expect(similarity('您好很高兴为您服务请问有什么可以帮', OPENING)).toBeCloseTo(17 / 18, 10);
  });

  it('scores a swapped word below a perfect answer but above a wrong one', () => {
    const swapped = similarity('很高兴您好，为您服务！请问有什么可以帮您？', OPENING);
    expect(swapped).toBeLessThan(1);
    expect(swapped).toBeGreaterThan(0.7);
    expect(similarity('对不起我不知道', OPENING)).toBeLessThan(0.2);
  });

  it('gives 0 to an empty answer, or one made only of punctuation', () => {
    expect(similarity('', OPENING)).toBe(0);
    expect(similarity('，。！？　 ', OPENING)).toBe(0);
  });
});

describe('differences', () => {
  it('shows an identical answer as one same part, punctuation included', () => {
    expect(differences('您好很高兴为您服务', '您好，很高兴为您服务！')).toEqual([
      { text: '您好，很高兴为您服务！', kind: 'same' },
    ]);
  });

  it('marks a left-out character as missing', () => {
    expect(differences('您好很兴为您服务', '您好，很高兴为您服务')).toEqual([
      { text: '您好，很', kind: 'same' },
      { text: '高', kind: 'missing' },
      { text: '兴为您服务', kind: 'same' },
    ]);
  });

  it('marks an added word as extra, and a swapped one as extra then missing', () => {
    expect(differences('请您稍等一下', '请稍等')).toEqual([
      { text: '请', kind: 'same' },
      { text: '您', kind: 'extra' },
      { text: '稍等', kind: 'same' },
      { text: '一下', kind: 'extra' },
    ]);
    const parts = differences('服务您好', '您好服务');
    expect(parts.filter((p) => p.kind === 'same').map((p) => p.text)).toEqual(['您好']);
    expect(parts.map((p) => p.kind)).toEqual(['extra', 'same', 'missing']);
  });

  it('shows everything as missing for an empty answer, and full-width letters as same', () => {
    expect(differences('', '产品代码A12')).toEqual([{ text: '产品代码A12', kind: 'missing' }]);
    expect(differences('产品代码Ａ１２', '产品代码A12')).toEqual([{ text: '产品代码A12', kind: 'same' }]);
  });
});
