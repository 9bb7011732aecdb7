/** A change-log actor read back: the role or unit, and the person when a person's token made the change. */
export interface ActorName {
  /** office | leader | unit | system | admin-cli … (the part before any `:`) */
  role: string;
  unit: string | null;
  person: { id: number; name: string } | null;
}

/**
 * Reads the change log's `actor` (`office`, `unit:县财政局`, `unit:县财政局/张三#7`,
 * `system:cron`, `admin-cli`): who changed a row, for the history views.
 */
export function readActor(actor: string): ActorName {
  const m = /^(.*)\/(.+)#(\d+)$/.exec(actor);
  const base = m ? m[1]! : actor;
  const person = m ? { id: Number(m[3]), name: m[2]! } : null;
  const colon = base.indexOf(":");
  const role = colon < 0 ? base : base.slice(0, colon);
  const unit = role === "unit" && colon >= 0 ? base.slice(colon + 1) : null;
  return { role, unit, person };
}
