import type { Db } from "./db";

/** Who is calling, from their bearer token. Units see only their own rows. */
export type Caller =
  | { role: "office"; tokenId: number; label: string | null }
  | { role: "leader"; tokenId: number; label: string | null }
  | { role: "unit"; tokenId: number; label: string | null; unitId: number; unitName: string };

export type AppEnv = {
  Bindings: Env;
  Variables: { db: Db; caller: Caller };
};

/** How the change log names a caller. */
export const actorOf = (caller: Caller) =>
  caller.role === "unit" ? `unit:${caller.unitName}` : caller.role;
