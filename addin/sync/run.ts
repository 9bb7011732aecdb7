/** One entry point per task-pane action. */
import type { ActionId } from "./actions";
import type { Line, SyncContext } from "./context";
import { pull } from "./pull";
import { push } from "./push";
import { loadCalendar } from "./calendar";
import { refreshSummary } from "./summary";
import { reviewSettlements } from "./review";
import { turnSelectedDecisions } from "./turn-decisions";

export type { Line } from "./context";

const handlers: Record<ActionId, (ctx: SyncContext) => Promise<Line[]>> = {
  pullLedger: (ctx) => pull(ctx, "all"),
  pullOwn: (ctx) => pull(ctx, "own"),
  pushChanges: push,
  pushOwn: push,
  reviewSettlements,
  turnDecisions: turnSelectedDecisions,
  loadCalendar,
  refreshSummary,
};

export function runAction(id: ActionId, ctx: SyncContext): Promise<Line[]> {
  return handlers[id](ctx);
}
