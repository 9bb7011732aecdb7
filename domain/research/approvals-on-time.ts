/** One draft version as the on-time count reads it. */
export interface DraftForCount {
  /** The day every party should have answered by. */
  approvalsDue: string;
  /** The day a newer version replaced it or the item was issued; null while it is current. */
  endedOn: string | null;
  /** The parties asked to answer it (unit ids; null is the office). */
  parties: ReadonlyArray<number | null>;
  /** Each party's first answer to this version, by day. */
  firstAnswers: ReadonlyMap<number | null, string>;
}

/** How many answers a party owed, and how many it gave by the due day. */
export interface OnTimeCount {
  due: number;
  onTime: number;
}

/**
 * Research approvals given on time (按时审定), per party, over draft versions due in `year`:
 * - a party that answered a version (同意 or 不同意) is judged on it: on time when its first
 *   answer came on or before `approvalsDue`;
 * - a party that did not answer is judged late once the version stood unanswered past its due
 *   day (still current after `today`'s due, or replaced after it); a version replaced or issued by
 *   its due day asks nothing more of a party that had not answered it yet.
 * Days are `YYYY-MM-DD`, so they compare as text. Inputs are not changed.
 */
export function approvalsOnTime(drafts: ReadonlyArray<DraftForCount>, year: number, today: string): Map<number | null, OnTimeCount> {
  const counts = new Map<number | null, OnTimeCount>();
  const bump = (party: number | null, onTime: boolean) => {
    const c = counts.get(party) ?? { due: 0, onTime: 0 };
    counts.set(party, { due: c.due + 1, onTime: c.onTime + (onTime ? 1 : 0) });
  };
  for (const d of drafts) {
    if (!d.approvalsDue.startsWith(`${year}-`)) continue;
    const stoodPastDue = (d.endedOn ?? today) > d.approvalsDue;
    for (const party of d.parties) {
      const answered = d.firstAnswers.get(party);
      if (answered !== undefined) bump(party, answered <= d.approvalsDue);
      else if (stoodPastDue) bump(party, false);
    }
  }
  return counts;
}
