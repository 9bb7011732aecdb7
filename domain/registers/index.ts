export { periodRange, type DayRange } from "./period-range";
export { replyState, repliedOnTime, type ReplyFacts } from "./reply-state";
export { appearanceFigures, headAppeared, missedAppearance, type AppearanceFigures, type HearingFacts } from "./hearing-figures";
export { suggestionFigures, type SuggestionFacts, type SuggestionFigures } from "./suggestion-figures";
