import { createMiddleware } from "hono/factory";
import {
  decide,
  listScope,
  refusalMessage,
  roleDecision,
  type AboutOf,
  type Action,
  type Decision,
  type RelationTo,
} from "../../domain/access";
import type { AppEnv, Caller } from "./env";
import { forbidden, notFound, type ApiError } from "./errors";

/** The error for a refused decision: `hidden` is the very error a missing row gets; the rest are 403. */
function refusalError(action: Action, d: Decision & { allowed: false }, missing: () => ApiError): ApiError {
  return d.refusal === "hidden" ? missing() : forbidden(refusalMessage(action, d.refusal));
}

/**
 * Refuses what the caller's role alone rules out for `action`, before any row is read, so the
 * answer cannot depend on whether a row exists. Outcomes that depend on the tie pass.
 */
export function ensureRoleMay(caller: Caller, action: Action): void {
  const d = roleDecision(caller.role, action);
  if (d && !d.allowed) throw refusalError(action, d, () => notFound("没有找到"));
}

/** Route middleware: refuses a caller whose role rules out every one of `actions` (the first one's reason). */
export const may = (...actions: [Action, ...Action[]]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const refused = actions.map((a) => roleDecision(c.var.caller.role, a));
    const first = refused[0];
    if (refused.every((d) => d && !d.allowed) && first && !first.allowed) {
      throw refusalError(actions[0], first, () => notFound(`没有这个接口：${c.req.method} ${c.req.path}`));
    }
    await next();
  });

/**
 * Refuses `action` on a row the caller is tied to by `relation`, per the access table. A row the
 * caller may not see throws `missing()`: pass the error a missing row gets, so both answer alike.
 */
export function ensureMay<A extends Action>(
  caller: Caller,
  relation: RelationTo<AboutOf<A>>,
  action: A,
  missing: () => ApiError = () => notFound("没有找到"),
): void {
  const d = decide(caller.role, relation, action);
  if (!d.allowed) throw refusalError(action, d, missing);
}

/** The unit a list must be narrowed to (the rows tied to it), or undefined when the caller sees every row. */
export function unitScope(caller: Caller, action: Action): number | undefined {
  const s = listScope(caller, action);
  if (s.rows === "all") return undefined;
  if (s.rows === "of_unit") return s.unitId;
  const d = roleDecision(caller.role, action);
  throw refusalError(action, d && !d.allowed ? d : { allowed: false, refusal: "hidden" }, () => notFound("没有找到"));
}
