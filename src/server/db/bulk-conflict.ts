// Its own file so both bulk writers can throw it: portable.ts (PostgreSQL, and the entry point)
// imports portable-sqlite.ts, which must not import portable.ts back.

/** The batch's own consistency check failed (expectChanges): someone else moved the same row. */
export class BulkConflictError extends Error {
  constructor(sqlText: string) {
    super(`bulk batch conflict on: ${sqlText.slice(0, 80)}`);
    this.name = 'BulkConflictError';
  }
}
