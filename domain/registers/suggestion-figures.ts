import { repliedOnTime, replyState, type ReplyFacts } from "./reply-state";

export type SuggestionFacts = ReplyFacts & { addresseeId: number; adoption: string | null };

/**
 * One addressee's 司法建议 figures for the suggestions issued in a period, judged on `today`:
 * - `issued`: suggestions addressed to it;
 * - `due`: those replied, or whose limit has passed (a suggestion still within its limit and
 *   unreplied is not judged yet);
 * - `replied`, `onTime` (replied on or before the limit), `adopted` (采纳), `partly` (部分采纳);
 * - `replyRate` = replied / due, `onTimeRate` = onTime / due (a late reply and no reply both
 *   lower it), `adoptionRate` = (adopted + partly) / replied; null when the divisor is 0.
 */
export type SuggestionFigures = {
  addresseeId: number;
  issued: number;
  due: number;
  replied: number;
  onTime: number;
  adopted: number;
  partly: number;
  replyRate: number | null;
  onTimeRate: number | null;
  adoptionRate: number | null;
};

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10000) / 10000);

export function suggestionFigures(rows: readonly SuggestionFacts[], today: string): SuggestionFigures[] {
  const by = new Map<number, SuggestionFigures>();
  for (const s of rows) {
    const f = by.get(s.addresseeId) ?? { addresseeId: s.addresseeId, issued: 0, due: 0, replied: 0, onTime: 0, adopted: 0, partly: 0, replyRate: null, onTimeRate: null, adoptionRate: null };
    f.issued++;
    if (replyState(s, today) !== "待回复") f.due++;
    if (s.repliedOn !== null) f.replied++;
    if (repliedOnTime(s, today) === true) f.onTime++;
    if (s.adoption === "采纳") f.adopted++;
    if (s.adoption === "部分采纳") f.partly++;
    by.set(s.addresseeId, f);
  }
  return [...by.values()].map((f) => ({ ...f, replyRate: ratio(f.replied, f.due), onTimeRate: ratio(f.onTime, f.due), adoptionRate: ratio(f.adopted + f.partly, f.replied) }));
}
