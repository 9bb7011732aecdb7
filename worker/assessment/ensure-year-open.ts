import type { Db } from "../platform/db";
import { conflict } from "../platform/errors";
import { chinaToday } from "../../domain/calendar/china-today";
import { findClosure } from "./schemes-queries";

/** Refuses changes to a closed year: its figures are frozen. */
export async function ensureYearOpen(db: Db, year: number) {
  const closure = await findClosure(db, year);
  if (closure) {
    throw conflict(`${year}年度考评已于${chinaToday(closure.closedAt)}关账（${closure.closedBy}），不能再修改考评方案或加减分`);
  }
}
