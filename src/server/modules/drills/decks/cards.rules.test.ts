import { describe, expect, it } from 'vitest';
import { cardProblem, clozeBlanks } from '../../../../common/drills-decks.js';
import { kindOf, splitChoices } from './import.parse.js';

// The content rules of a card (common/drills-decks.ts) and the words the import reads, without a
// database: the HTTP tests (decks.test.ts, import.test.ts) show the same codes reach the client.

describe('card rules', () => {
  const ok = { kind: 'recall' as const, prompt: '报修热线', answer: '10000' };

  it('wants a prompt and an answer', () => {
    expect(cardProblem({ ...ok, prompt: '' })).toMatchObject({ code: 'EMPTY_CARD', field: 'prompt' });
    expect(cardProblem({ ...ok, answer: '' })).toMatchObject({ code: 'EMPTY_CARD', field: 'answer' });
    expect(cardProblem(ok)).toBeNull();
  });

  it('wants 2–8 distinct options on a choice card, the answer among them', () => {
    const c = (choices: string[], answer = '甲') => cardProblem({ kind: 'choice', prompt: '问', answer, choices });
    expect(c(['甲'])?.code).toBe('CARD_CHOICES_COUNT');
    expect(c(['甲', ''])?.code).toBe('CARD_CHOICES_COUNT');
    expect(c(['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬'])?.code).toBe('CARD_CHOICES_COUNT');
    expect(c(['甲', '甲'])?.code).toBe('CARD_CHOICES_DUPLICATE');
    expect(c(['乙', '丙'])?.code).toBe('CARD_ANSWER_NOT_IN_CHOICES');
    expect(c(['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'])).toBeNull();
    expect(cardProblem({ ...ok, choices: ['x'] })).toBeNull(); // options only matter on a choice card
  });

  it('wants at least one non-empty [[blank]] on a cloze card', () => {
    const c = (answer: string) => cardProblem({ kind: 'cloze', prompt: '开场白', answer });
    expect(c('您好，很高兴为您服务')?.code).toBe('CARD_CLOZE_NO_BLANK');
    expect(c('您好，[[ ]]为您服务')?.code).toBe('CARD_CLOZE_NO_BLANK');
    expect(c('您好，[很高兴]为您服务')?.code).toBe('CARD_CLOZE_NO_BLANK');
    expect(c('您好，[[很高兴]]为您服务')).toBeNull();
    expect(clozeBlanks('请拨打[[95598]]，按[[2]]号键')).toEqual(['95598', '2']);
  });

  it('refuses texts longer than the API takes', () => {
    expect(cardProblem({ ...ok, answer: '长'.repeat(5001) })).toMatchObject({ code: 'CARD_TOO_LONG', field: 'answer' });
    expect(cardProblem({ ...ok, prompt: '长'.repeat(2001) })).toMatchObject({ code: 'CARD_TOO_LONG', field: 'prompt' });
  });

  it('reads kinds by code or Chinese name, and options split by | or ｜', () => {
    expect(['默写', '选择题', '填空', '朗读', 'Recall', ' cloze '].map(kindOf)).toEqual([
      'recall',
      'choice',
      'cloze',
      'read_aloud',
      'recall',
      'cloze',
    ]);
    expect(kindOf('简答')).toBeNull();
    expect(splitChoices('宽带 | 固话｜手机||')).toEqual(['宽带', '固话', '手机']);
  });
});
