/** A year whose joint meeting (联席会议) was due by `due` and has not been held. */
export interface MissingJointMeeting {
  year: number;
  due: string;
}

/**
 * The years flagged for a missing joint meeting on `today`: those the office set a due day for
 * (`dues`, year → `YYYY-MM-DD`) that has passed, with no 联席会议 held that year (`heldYears`).
 * Entries that are not a four-digit year with a `YYYY-MM-DD` day are ignored. Oldest year first.
 */
export function jointMeetingsMissing(dues: Readonly<Record<string, unknown>>, heldYears: ReadonlyArray<number>, today: string): MissingJointMeeting[] {
  return Object.entries(dues)
    .flatMap(([year, due]) => (/^\d{4}$/.test(year) && typeof due === "string" && /^\d{4}-\d{2}-\d{2}$/.test(due) ? [{ year: Number(year), due }] : []))
    .filter((d) => d.due < today && !heldYears.includes(d.year))
    .sort((a, b) => a.year - b.year);
}

/** What the office and leaders are told about a missing joint meeting. */
export const jointMeetingMissingMessage = (m: MissingJointMeeting) => `${m.year}年度联席会议应于 ${m.due} 前召开，目前尚未召开`;
