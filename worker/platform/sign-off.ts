import { relationToSignOff } from "../../domain/access";
import type { Db } from "./db";
import type { Caller } from "./env";
import { ensureMay } from "./access";
import { readSetting } from "./settings";

/**
 * Refuses a unit's direct write (a report, a settlement, a contribution) by an 执行员 while
 * sign-off (签批) is on: he saves a draft instead, and the unit's 联络员 submits it (403).
 */
export async function ensureMaySubmitForUnit(db: Db, caller: Caller): Promise<void> {
  if (caller.role !== "unit" || caller.post !== "执行员") return;
  ensureMay(caller, relationToSignOff(caller, await readSetting(db, "signOff")), "submit_for_unit");
}
