import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { forceWorkerThreads } from '../../../lib/worker-parse.testkit.js';
import { upload } from '../shared/exams.testkit.js';
import { checkQuestionFile, type Format } from './parse-file.js';

// Question files are read and checked on a worker thread (issue 16): the preview is the one the
// inline parse gives, a refused file answers the same 4xx, and a file over
// exams.importMaxUploadMb answers 413 naming the setting.

const XML = readFileSync(new URL('./fixtures/sample.xml', import.meta.url), 'utf8');
const GIFT = readFileSync(new URL('./fixtures/sample.gift', import.meta.url), 'utf8');
// A grade Moodle does not offer: the question is named in the errors and the import cannot commit.
const BAD_GRADE_GIFT = `${GIFT}\n\n::错分::开卡需要？{=身份证 ~%45%户口本 ~护照}\n`;
const BAD_GRADE_XML = XML.replace(
  '</quiz>',
  `<question type="multichoice"><name><text>错分</text></name><questiontext><text>开卡需要？</text></questiontext>
  <single>true</single><answer fraction="100"><text>身份证</text></answer><answer fraction="45"><text>户口本</text></answer></question></quiz>`,
);
const EMBEDDED_MAX = 2048 * 1024; // exams.embeddedFileMaxKb's default

const inline = (format: Format, text: string) => checkQuestionFile(format, Buffer.from(text), EMBEDDED_MAX);
const inlineError = (format: Format, text: string) =>
  inline(format, text).then(
    () => null,
    (e: { statusCode: number; errorCode: string; message: string }) => e,
  );

describe.each(DIALECTS)('question files parsed off the request thread on $name', (dialect) => {
  const env = useTestEnv(dialect);
  forceWorkerThreads();
  let trainer: Client;
  beforeAll(async () => {
    trainer = await env.as('trainer');
  });

  it.each([
    ['bank.xml', 'moodle_xml', BAD_GRADE_XML],
    ['bank.gift', 'gift', BAD_GRADE_GIFT],
  ] as const)('previews %s on a worker exactly as the inline parse reads it', async (fileName, format, text) => {
    const res = await upload(trainer, fileName, text);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { questions, skipped, errors, warnings } = res.body.data;
    const expected = await inline(format, text);
    expect({ questions, skipped, errors, warnings }).toEqual({
      questions: expected.questions,
      skipped: expected.skipped,
      errors: expected.errors,
      warnings: expected.warnings,
    });
    expect(questions.length).toBeGreaterThan(5);
    // The invalid grade fraction arrives named, and the preview cannot be committed.
    expect(errors).toEqual([expect.objectContaining({ name: '错分', message: expect.stringContaining('45') })]);
    const commit = await trainer.post(`/api/exams/questions/imports/${res.body.data.id}/commit`);
    expect([commit.status, commit.body.errorCode]).toEqual([422, 'IMPORT_HAS_ERRORS']);
  });

  it.each([
    ['broken.xml', 'moodle_xml', '<quiz><question type="multichoice"><name>'],
    ['other.xml', 'moodle_xml', '<?xml version="1.0"?><bank/>'],
    ['latin1.gift', 'gift', Buffer.from([0x3a, 0x3a, 0xe9, 0x3a, 0x3a, 0x7b, 0x54, 0x7d]).toString('latin1')],
  ] as const)('a file the parser refuses (%s) answers the same 4xx from the worker', async (fileName, format, text) => {
    const bytes = fileName.startsWith('latin1') ? Buffer.from(text, 'latin1') : Buffer.from(text);
    const thrown = await checkQuestionFile(format, bytes, EMBEDDED_MAX).then(
      () => null,
      (e: { statusCode: number; errorCode: string; message: string }) => e,
    );
    expect(thrown?.statusCode).toBe(400);
    const res = await upload(trainer, fileName, bytes);
    expect([res.status, res.body.errorCode, res.body.errorMessage]).toEqual([
      thrown!.statusCode,
      thrown!.errorCode,
      thrown!.message,
    ]);
  });

  it('refuses a question file over exams.importMaxUploadMb with 413 naming the setting', async () => {
    const admin = await env.as('admin');
    expect((await admin.put('/api/settings/exams.importMaxUploadMb', { value: 1, reason: 'test' })).status).toBe(200);
    const big = Array.from({ length: 16_000 }, (_, i) => `::q${i}::第 ${i} 题：信用卡挂失后原卡停止使用吗？{T}`).join(
      '\n\n',
    );
    expect(Buffer.byteLength(big)).toBeGreaterThan(1024 * 1024);
    const res = await upload(trainer, 'big.gift', big);
    expect([res.status, res.body.errorCode, res.body.params]).toEqual([413, 'FILE_TOO_LARGE', { maxMb: 1 }]);
    expect(res.body.errorMessage).toContain('exams.importMaxUploadMb');
    expect(await inlineError('gift', big)).toBeNull(); // the same file under the limit would parse
    expect((await admin.put('/api/settings/exams.importMaxUploadMb', { value: 50, reason: 'test' })).status).toBe(200);
  });
});
