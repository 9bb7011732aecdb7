import type { AssessmentEntry } from "./entry";

/**
 * Ranks scored units by score, highest first; vetoed units come after all others (by score,
 * unscored last). Equal scores share a rank and the next rank skips (1, 2, 2, 4). Units not
 * rated and not vetoed get no rank. Returns new entries, ranked first, then the unranked in
 * their given order.
 */
export function rankEntries(entries: ReadonlyArray<AssessmentEntry>): AssessmentEntry[] {
  const indexed = entries.map((e, i) => ({ e, i }));
  const tier = (e: AssessmentEntry) => (e.flags.veto ? 1 : 0);
  const ranked = indexed
    .filter(({ e }) => e.score !== null || e.flags.veto)
    .sort((x, y) => tier(x.e) - tier(y.e) || (y.e.score ?? -Infinity) - (x.e.score ?? -Infinity) || x.i - y.i);
  const out: AssessmentEntry[] = [];
  ranked.forEach(({ e }, pos) => {
    const prev = out[pos - 1];
    const tied = prev && tier(prev) === tier(e) && prev.score === e.score;
    out.push({ ...e, rank: tied ? prev.rank : pos + 1 });
  });
  const unranked = indexed.filter(({ e }) => e.score === null && !e.flags.veto).map(({ e }) => ({ ...e, rank: null }));
  return [...out, ...unranked];
}
