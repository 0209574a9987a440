import { access } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { DbHandle } from '../../../db/connect.js';
import { SYSTEM_ACTOR } from '../../../lib/actor.js';
import { JobRunner } from '../../../lib/jobs.js';
import * as repo from './import.repo.js';
import { createImport, getImport, parseFormat } from './import.service.js';
import { IMPORT_JOB, importJobHandler } from './import.worker.js';

// `npm run seatwise -- import-interactions FILE --format asterisk|template|mapping:NAME`, for
// telephony systems that push files nightly: the same import as the web's, run in this process
// (or, if a running server's worker takes the job first, watched until it ends). Exit code 0
// when the import finished (rejected rows are listed, not fatal), 1 when it failed.
export async function importInteractionsCli(
  handle: DbHandle,
  file: string | undefined,
  format: string | undefined,
): Promise<number> {
  if (!file) {
    console.error('import-interactions needs a FILE and --format asterisk|template|mapping:NAME');
    return 2;
  }
  const path = resolve(file);
  try {
    await access(path);
  } catch {
    console.error(`no such file: ${path}`);
    return 2;
  }
  const meta = { fileName: basename(path), ...parseFormat(format) };
  const created = await createImport(handle.db, SYSTEM_ACTOR, { path }, meta);
  console.log(
    `import ${created.id}: ${meta.fileName} (${meta.format}${meta.mappingName ? `:${meta.mappingName}` : ''}), ${created.bytesTotal} bytes`,
  );
  const runner = new JobRunner(handle.db, { [IMPORT_JOB]: importJobHandler(handle) });
  const show = async () => {
    const p = await getImport(handle.db, created.id);
    console.log(
      `  ${p.state} ${p.percent}%: read ${p.rowsRead}, accepted ${p.accepted}, rejected ${p.rejected}, duplicates ${p.duplicates}`,
    );
    return p;
  };
  const ticker = setInterval(() => {
    void show();
  }, 2000);
  try {
    const job = (await repo.findImport(handle.db, created.id))!.job_id!;
    if (!(await runner.runOne(job))) {
      // Someone else (a running server) has it: watch.
      for (
        let p = await getImport(handle.db, created.id);
        p.state === 'queued' || p.state === 'running';
        p = await getImport(handle.db, created.id)
      ) {
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  } finally {
    clearInterval(ticker);
  }
  const done = await show();
  for (const r of done.rejectReasons) console.log(`  rejected ${r.code}: ${r.n}`);
  if (done.state === 'failed') console.error(`  failed: ${done.errorCode} ${done.errorMessage}`);
  return done.state === 'done' ? 0 : 1;
}
