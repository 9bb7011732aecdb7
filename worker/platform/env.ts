import type { Db } from "./db";

/** Who is calling, from their bearer token. Units see only their own rows. */
export type Caller =
  | { role: "office"; tokenId: number; label: string | null }
  | { role: "leader"; tokenId: number; label: string | null }
  | { role: "unit"; tokenId: number; label: string | null; unitId: number; unitName: string };

/**
 * The worker's bindings. `TODAY` is never set in production: tests set it (YYYY-MM-DD) to fix
 * the ledger's day, which the `today` middleware otherwise takes from the clock. Nor is
 * `FIRST_RETRY_SECONDS`: tests shorten a failed delivery's first wait (60 s) with it.
 */
export type Bindings = Env & { TODAY?: string; FIRST_RETRY_SECONDS?: string };

export type AppEnv = {
  Bindings: Bindings;
  /** `today`: the ledger's day (China time, YYYY-MM-DD), set once per request. */
  Variables: { db: Db; caller: Caller; today: string };
};

/** How the change log names a caller. */
export const actorOf = (caller: Caller) =>
  caller.role === "unit" ? `unit:${caller.unitName}` : caller.role;
