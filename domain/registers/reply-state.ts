import type { SuggestionReplyState } from "../../schema/values";

/** What decides a 司法建议's reply state: its limit and, once replied, the reply's day. */
export type ReplyFacts = { replyBy: string; repliedOn: string | null };

/**
 * A 司法建议's reply as the ledger shows it on `today`: 按期回复 when replied on or before the
 * limit (`replyBy`, inclusive), 逾期回复 after it; unreplied, 待回复 up to the limit and 已逾期未回复
 * from the day after.
 */
export function replyState(s: ReplyFacts, today: string): SuggestionReplyState {
  if (s.repliedOn !== null) return s.repliedOn <= s.replyBy ? "按期回复" : "逾期回复";
  return today <= s.replyBy ? "待回复" : "已逾期未回复";
}

/** True, false, or null while unreplied within the limit; a limit passed without a reply is late. */
export function repliedOnTime(s: ReplyFacts, today: string): boolean | null {
  const state = replyState(s, today);
  if (state === "待回复") return null;
  return state === "按期回复";
}
