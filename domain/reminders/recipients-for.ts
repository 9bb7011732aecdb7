import type { ReminderKind, ReminderRecipient } from "../../schema/values";

/** A person a reminder may go to: the id and name of the `people` row, and the unit he sits in. */
export interface PersonToRemind {
  id: number;
  name: string | null;
  unitId: number | null;
}

/** Someone a reminder goes to, reached through the channels of `unitId`. */
export interface Recipient {
  to: ReminderRecipient;
  unitId: number;
  /** The person addressed; null when the lead unit has no current 联络员 (its channels still carry it). */
  person: { id: number; name: string | null } | null;
}

/** Who is tied to a matter's lead unit: its current 联络员 and the leaders in charge (分管) of it. */
export interface LeadUnitPeople {
  liaison: PersonToRemind | null;
  leadersInCharge: readonly PersonToRemind[];
  /** Where a leader without a unit of his own is reached (the office's units: it forwards to him). */
  officeUnitIds: readonly number[];
}

/**
 * Who a reminder at `level` goes to: always the lead unit's 联络员 (through the lead unit's
 * channels); at 严重逾期 also each leader in charge of that unit, through the channels of the
 * unit he sits in, or of the office when he sits in none. Each person and unit once.
 */
export function recipientsFor(matter: { leadUnitId: number }, level: ReminderKind, tied: LeadUnitPeople): Recipient[] {
  const person = (p: PersonToRemind | null) => (p ? { id: p.id, name: p.name } : null);
  const liaison: Recipient = { to: "联络员", unitId: matter.leadUnitId, person: person(tied.liaison) };
  if (level !== "严重逾期") return [liaison];
  const seen = new Set<string>();
  const leaders = tied.leadersInCharge.flatMap((p) =>
    (p.unitId !== null ? [p.unitId] : [...tied.officeUnitIds]).flatMap((unitId): Recipient[] => {
      const key = `${p.id}/${unitId}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ to: "分管领导", unitId, person: person(p) }];
    }),
  );
  return [liaison, ...leaders];
}
