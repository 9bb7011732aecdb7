import { actions, type AboutOf, type Action } from "./actions";
import type { Role } from "./caller";
import { relationsTo, type RelationTo } from "./relations";
import type { Decision, Outcome } from "./refusals";
import { rules } from "./rules";

const asDecision = (o: Outcome): Decision => (o === "allow" ? { allowed: true } : { allowed: false, refusal: o });

/**
 * Whether a caller of `role`, tied to the row by `relation`, may do `action`. Inputs outside the
 * lists (possible only past the type checker) are refused as `hidden`: access fails closed.
 */
export function decide<A extends Action>(role: Role, relation: RelationTo<AboutOf<A>>, action: A): Decision {
  const rule = (Object.hasOwn(rules, action) ? rules[action] : undefined) as Record<string, unknown> | undefined;
  const cell = rule && Object.hasOwn(rule, role) ? rule[role] : undefined;
  if (typeof cell === "string") return asDecision(cell as Outcome);
  if (typeof cell === "object" && cell !== null && Object.hasOwn(cell, relation)) {
    return asDecision((cell as Record<string, Outcome>)[relation]!);
  }
  return { allowed: false, refusal: "hidden" };
}

/**
 * The decision when it is the same whatever the caller's tie to the row, else null. Routes ask
 * this before reading any row, so such a refusal cannot depend on whether the row exists.
 */
export function roleDecision(role: Role, action: Action): Decision | null {
  const about = actions[action]?.about;
  if (about === undefined) return { allowed: false, refusal: "hidden" };
  const outcomes = (relationsTo[about] as readonly RelationTo<AboutOf<typeof action>>[]).map((r) => decide(role, r, action));
  const [first] = outcomes;
  const same = outcomes.every((d) => JSON.stringify(d) === JSON.stringify(first));
  return same && first ? first : null;
}
