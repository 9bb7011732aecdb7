// The check lives in schema/ (the contracts validate dates with it); the calendar offers it too.
export { isValidIsoDate } from "../../schema/iso-date";
