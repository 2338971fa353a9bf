// The narrow SQL seam between the server and its store. Queries use `?` placeholders and the
// SQL both SQLite and PostgreSQL accept; each driver runs them and owns its transaction rules.

export type SqlValue = string | number | bigint | null | Uint8Array;
export type Row = Record<string, SqlValue>;

export interface Queryable {
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
}

/** The queries of one write transaction. */
export interface Transaction extends Queryable {
  /**
   * A write whose result nobody reads (the rows a command stores). PostgreSQL sends it together with
   * the transaction's next statement, or its COMMIT, so that several writes cost one round trip;
   * SQLite runs it at once. A failure surfaces at the statement that carried it and fails the
   * transaction as any other does.
   */
  defer(sql: string, params?: readonly SqlValue[]): void;
}

export interface Db extends Queryable {
  /** Which SQL dialect migrations should use. */
  readonly dialect: "sqlite" | "postgres";
  /**
   * Runs `fn` in one write transaction: commits when it resolves, rolls back (and rethrows) when it
   * throws. Transactions that name the same `lock` (a workspace id, for the ledger) never interleave,
   * whichever process runs them; the embedded store runs every write transaction one at a time.
   */
  transaction<T>(fn: (tx: Transaction) => Promise<T>, lock?: string): Promise<T>;
  close(): Promise<void>;
}

/** A store failure the client may retry (the database is unreachable or busy): maps to 503. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}
