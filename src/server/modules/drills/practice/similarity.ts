import type { DiffPart } from '../../../../common/drills-practice.js';

// How close a typed answer is to the card's (issue 20: Chinese answers compared with a similarity
// score, punctuation and full-/half-width forms ignored). Both sides are NFKC-normalised (Ａ → A,
// ３ → 3, the ideographic space → a space) and lower-cased, punctuation and spaces — Chinese and
// ASCII — dropped; what is left is compared character by character.

const NOISE = /[\p{P}\p{Z}\s]/gu;

/** The characters that count, one string per code point. */
const significant = (s: string) => Array.from(s.normalize('NFKC').toLowerCase().replace(NOISE, ''));

/** The normalised form of one character: '' for punctuation and spaces. */
const unit = (ch: string) => ch.normalize('NFKC').toLowerCase().replace(NOISE, '');

function editDistance(a: string[], b: string[]): number {
  let prev = new Uint32Array(b.length + 1).map((_, j) => j);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** 0..1: one minus the edit distance over the longer length; an empty answer scores 0. */
export function similarity(given: string, expected: string): number {
  const a = significant(given);
  const b = significant(expected);
  if (a.length === 0) return b.length === 0 ? 1 : 0;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}

/**
 * The expected text as the learner should see it after answering: what they wrote right (same),
 * what they left out (missing) and what they added (extra), in reading order. Punctuation of the
 * expected text is shown as it is (same); the learner's punctuation is ignored.
 */
export function differences(given: string, expected: string): DiffPart[] {
  const g = Array.from(given)
    .map(unit)
    .filter((u) => u !== '');
  const givenText = Array.from(given).filter((ch) => unit(ch) !== '');
  const e = Array.from(expected);
  const eu = e.map(unit);
  const ei = eu.map((u, i) => (u === '' ? -1 : i)).filter((i) => i >= 0); // significant positions
  const n = ei.length;
  const m = g.length;
  // Longest common subsequence over the significant characters.
  const w = m + 1;
  const lcs = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * w + j] =
        eu[ei[i]] === g[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);

  const out: DiffPart[] = [];
  const push = (text: string, kind: DiffPart['kind']) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ text, kind });
  };
  let i = 0;
  let j = 0;
  let pos = 0; // the next expected character to show
  const showUpTo = (k: number, kind: DiffPart['kind']) => {
    // punctuation before the significant character k belongs to the text as written
    for (; pos < ei[k]; pos++) push(e[pos], 'same');
    push(e[pos++], kind);
  };
  while (i < n || j < m) {
    if (i < n && j < m && eu[ei[i]] === g[j]) {
      showUpTo(i++, 'same');
      j++;
    } else if (j < m && (i === n || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j])) {
      push(givenText[j++], 'extra');
    } else {
      showUpTo(i++, 'missing');
    }
  }
  for (; pos < e.length; pos++) push(e[pos], 'same');
  return out;
}
