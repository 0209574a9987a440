// The floors bench:import compares the real import with (see import.ts): the same rows written
// with nothing of the import's own work, on SQLite and PostgreSQL.
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import SQLite from 'better-sqlite3';
import { parse as parseCsv } from 'csv-parse';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { connect } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { CsvReader, type CsvRecord } from '../../src/server/lib/csv-reader.js';

/** The floor measurements, writing their scratch files under `dir`; `header` is the CSV's first line. */
export function benchFloors(dir: string, header: string) {
  const BARE_COLS = header.split(',').map((_, i) => `c${i}`);

  /**
   * The floor: the same CSV reader and better-sqlite3 prepared INSERTs in 5,000-row transactions,
   * nothing else. `schema` 'bare': a table of 15 text columns without a key; 'interactions': the
   * real interactions table (its key and its day/agent index), each CSV row written into it as is —
   * what this schema costs before any of the import's own work.
   */
  async function sqliteFloor(
    csv: string,
    schema: 'bare' | 'interactions',
    parser: 'seatwise' | 'csv-parse' = 'seatwise',
  ) {
    const file = join(dir, `floor-${schema}-${parser}.db`);
    let insertSql: string;
    if (schema === 'interactions') {
      const h = connect(`sqlite:${file}`);
      await migrateToLatest(h);
      await h.close();
      const cols = [
        'id',
        'agent_id',
        'started_at',
        'direction',
        'channel',
        'business_type',
        'queue',
        'talk_seconds',
        'hold_seconds',
        'wrap_seconds',
        'queue_wait_seconds',
        'answered',
        'fcr',
        'csat',
        'customer_ref',
        'day',
      ];
      insertSql = `INSERT INTO interactions (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')}) ON CONFLICT (id) DO NOTHING`;
    } else insertSql = `INSERT INTO bare VALUES (${BARE_COLS.map(() => '?').join(',')})`;
    const db = new SQLite(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    if (schema === 'bare') db.exec(`CREATE TABLE bare (${BARE_COLS.map((c) => `${c} TEXT`).join(', ')})`);
    const ins = db.prepare(insertSql);
    const flush = db.transaction((rows: string[][]) => {
      for (const r of rows) ins.run(r);
    });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let rows: string[][] = [];
    // The same CSV reader as the import (src/server/lib/csv-reader.ts), so the ratio measures what
    // the import adds to reading and inserting: checks, agents, rollups, progress, durability.
    const reader = new CsvReader({ delimiter: ',', bom: true });
    let header = true;
    const take = (records: CsvRecord[]) => {
      for (const r of records) {
        if (header) {
          header = false;
          continue;
        }
        const f = r.fields!;
        rows.push(schema === 'bare' ? f : [...f, f[2].slice(0, 10)]);
        if (rows.length === 5000) {
          flush(rows);
          rows = [];
        }
      }
    };
    if (parser === 'csv-parse') {
      for await (const f of createReadStream(csv).pipe(parseCsv({ bom: true, relax_column_count: true })))
        take([{ fields: f as string[], line: 0, end: 0 }]);
    } else {
      for await (const chunk of createReadStream(csv, { highWaterMark: 256 * 1024 }))
        take(reader.write(chunk as Buffer));
      take(reader.end());
    }
    flush(rows);
    const s = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    db.close();
    console.log(
      `  (SQLite floor, ${parser} + inserts, ${schema} table: ${s.toFixed(2)} s, CPU time ${((c.user + c.system) / 1e6).toFixed(2)} s)`,
    );
    return s;
  }

  /** COPY of the rows the import stored, as they are, into a table like interactions (its key and index). */
  async function pgTableFloor(url: string) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const file = join(dir, 'interactions.copy');
    await pipeline(client.query(copyTo('COPY interactions TO STDOUT')), createWriteStream(file));
    await client.query('CREATE TABLE bench_table (LIKE interactions INCLUDING ALL)');
    const t0 = performance.now();
    await pipeline(createReadStream(file), client.query(copyFrom('COPY bench_table FROM STDIN')));
    const s = (performance.now() - t0) / 1000;
    await client.query('DROP TABLE bench_table');
    await client.end();
    rmSync(file);
    return s;
  }

  async function pgFloor(url: string, csv: string) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('DROP TABLE IF EXISTS bench_bare');
    await client.query(`CREATE TABLE bench_bare (${BARE_COLS.map((c) => `${c} text`).join(', ')})`);
    const t0 = performance.now();
    await pipeline(
      createReadStream(csv),
      client.query(copyFrom('COPY bench_bare FROM STDIN (FORMAT csv, HEADER true)')),
    );
    const s = (performance.now() - t0) / 1000;
    await client.query('DROP TABLE bench_bare');
    await client.end();
    return s;
  }

  return { sqliteFloor, pgTableFloor, pgFloor };
}
