import type { SuggestionWire } from "../../schema/contracts/suggestions";
import type { SuggestionAdoption, SuggestionKind } from "../../schema/values";
import { repliedOnTime, replyState } from "../../domain/registers";
import type { SuggestionRecord } from "./suggestions-queries";

/** A 司法建议 as the API shows it, with its reply state and on-time judged on `today`. */
export function suggestionToWire(s: SuggestionRecord, today: string): SuggestionWire {
  return {
    id: s.id,
    no: s.no,
    issuedOn: s.issuedOn,
    addressee: s.addressee,
    subject: s.subject,
    kind: s.kind as SuggestionKind,
    replyDays: s.replyDays,
    replyBy: s.replyBy,
    repliedOn: s.repliedOn,
    adoption: s.adoption as SuggestionAdoption | null,
    reply: s.reply,
    reason: s.reason,
    replyState: replyState(s, today),
    onTime: repliedOnTime(s, today),
    version: s.version,
  };
}
