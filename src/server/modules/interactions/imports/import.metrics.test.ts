import { beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../../lib/jobs.js';
import { renderMetrics, resetMetrics } from '../../../lib/ops/metrics.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { templateCsv, upload, useTempImportDir } from '../test-kit.js';
import { IMPORT_JOB, importJobHandler } from './import.worker.js';

// The import feeds the node's import-rate metric (lib/ops, GET /api/metrics) with the rows each
// batch wrote, once the batch has committed: duplicates of stored calls and rejected lines do not count.
process.env.SEATWISE_JOBS = 'off';
useTempImportDir();

describe.each(DIALECTS)('the import-rate metric on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let admin: Client;
  let agentNo = '';
  const total = () => Number(/^seatwise_import_rows_total (\d+)$/m.exec(renderMetrics([]))?.[1]);
  const importRows = async (ids: string[]) => {
    const rows = ids.map((id, i) => ({
      interactionId: id,
      agent: id === 'BAD' ? 'NO-SUCH-AGENT' : agentNo,
      startedAt: `2026-11-05 10:0${i}:00`,
      direction: '呼入',
      channel: '语音',
      businessType: '信用卡',
      answered: '是',
      talkSeconds: 60,
    }));
    expect((await upload(admin, templateCsv(rows), 'template')).status).toBe(202);
    await new JobRunner(env.handle.db, { [IMPORT_JOB]: importJobHandler(env.handle) }).runUntilIdle();
  };

  beforeAll(async () => {
    admin = await env.as('admin');
    agentNo = (
      await env.handle.db
        .selectFrom('users as u')
        .innerJoin('employees as e', 'e.id', 'u.employee_id')
        .select('e.employee_no')
        .where('u.username', '=', 'agent')
        .executeTakeFirstOrThrow()
    ).employee_no;
  });

  it('counts the rows written, not duplicates or rejects', async () => {
    resetMetrics();
    await importRows(['M1', 'M2', 'M3', 'BAD']);
    expect(total()).toBe(3);
    await importRows(['M2', 'M3', 'M4']); // two already stored
    expect(total()).toBe(4);
  });
});
