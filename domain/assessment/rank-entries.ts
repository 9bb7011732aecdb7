import type { AssessmentEntry } from "./entry";

/**
 * Ranks the assessed units that are scored, highest first; vetoed units come after all others
 * (by score, unscored last). Equal scores share a rank and the next rank skips (1, 2, 2, 4).
 * Assessed units not rated and not vetoed get no rank; units outside the assessed set never do.
 * Returns new entries: the ranked first, then the assessed unranked, then the units outside the
 * set, each group in its given order.
 */
export function rankEntries(entries: ReadonlyArray<AssessmentEntry>): AssessmentEntry[] {
  const indexed = entries.map((e, i) => ({ e, i }));
  const tier = (e: AssessmentEntry) => (e.flags.veto ? 1 : 0);
  const rankable = (e: AssessmentEntry) => e.assessed && (e.score !== null || e.flags.veto);
  const ranked = indexed
    .filter(({ e }) => rankable(e))
    .sort((x, y) => tier(x.e) - tier(y.e) || (y.e.score ?? -Infinity) - (x.e.score ?? -Infinity) || x.i - y.i);
  const out: AssessmentEntry[] = [];
  ranked.forEach(({ e }, pos) => {
    const prev = out[pos - 1];
    const tied = prev && tier(prev) === tier(e) && prev.score === e.score;
    out.push({ ...e, rank: tied ? prev.rank : pos + 1 });
  });
  const unranked = indexed.filter(({ e }) => e.assessed && !rankable(e)).map(({ e }) => ({ ...e, rank: null }));
  const outside = indexed.filter(({ e }) => !e.assessed).map(({ e }) => ({ ...e, rank: null }));
  return [...out, ...unranked, ...outside];
}
