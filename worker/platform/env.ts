import type { Post } from "../../schema/values";
import type { Db } from "./db";

/**
 * The person behind a token, when it was issued to one. Tokens issued before people had
 * tokens have none: they act as the unit's 联络员 (or as the office / a leader).
 */
export interface CallerPerson {
  id: number;
  name: string | null;
}

/** Who is calling, from their bearer token. Units see only their own rows. */
export type Caller = { tokenId: number; label: string | null; post: Post; person: CallerPerson | null } & (
  | { role: "office" }
  | { role: "leader" }
  | { role: "unit"; unitId: number; unitName: string }
);

/**
 * The worker's bindings. `TODAY` is never set in production: tests set it (YYYY-MM-DD) to fix
 * the ledger's day, which the `today` middleware otherwise takes from the clock. Nor is
 * `FIRST_RETRY_SECONDS`: tests shorten a failed delivery's first wait (60 s) with it.
 */
export type Bindings = Env & { TODAY?: string; FIRST_RETRY_SECONDS?: string };

export type AppEnv = {
  Bindings: Bindings;
  /** `today`: the ledger's day (China time, YYYY-MM-DD), set once per request. */
  Variables: {
    db: Db;
    caller: Caller;
    today: string;
    /** The bearer token's SHA-256 as the rate limiter computed it, so the token check need not hash it again. */
    bearerHash?: { token: string; hash: string };
  };
};

/**
 * How the change log names a caller: the role or unit (`office`, `unit:县财政局`), then, for a
 * person's token, the person as `/姓名#id` (e.g. `unit:县财政局/张三#7`). `readActor` in
 * domain/people reads it back.
 */
export const actorOf = (caller: Caller) => {
  const base = caller.role === "unit" ? `unit:${caller.unitName}` : caller.role;
  return caller.person ? `${base}/${caller.person.name ?? caller.post}#${caller.person.id}` : base;
};
