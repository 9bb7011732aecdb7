export { actionLabel, actorParts, versionAfter, type ActorParts, type LogLine } from "./log-line";
export { changedFields, fieldsAfter } from "./fields-after";
export { reportFieldsAfter, type ReportFields } from "./report-fields";
export { matterFieldsAfter, type MatterFields } from "./matter-fields";
