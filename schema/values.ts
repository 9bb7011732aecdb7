// The ledger's fixed value lists, written once. Plain data with no zod, so the contracts, the
// domain, the worker and the add-in bundle all import the same lists.

/** Where a matter came from (六(一)). */
export const matterSources = ["会议纪要", "专题会议", "专班", "司法建议", "其他"] as const;
export type MatterSource = (typeof matterSources)[number];

/**
 * A matter's stored status: 办理中 (open), 待审核 (the lead unit settled it; the office reviews),
 * 已办结 (closed after review), 已撤销 (cancelled by the office: kept and shown, counted nowhere).
 */
export const matterStatuses = ["办理中", "待审核", "已办结", "已撤销"] as const;
export type MatterStatus = (typeof matterStatuses)[number];

/** The label the ledger shows for a matter, computed from its status, dates and today. */
export const matterStates = ["正常", "临期", "逾期", "待审核", "按期办结", "逾期办结", "已撤销"] as const;
export type MatterStateLabel = (typeof matterStates)[number];

/** The colours a matter's row can be filled with. */
export const matterColours = ["green", "yellow", "red", "orange", "blue", "grey"] as const;
export type MatterColour = (typeof matterColours)[number];

/** The colour of each state: what the API answers as `colour` and how the add-in fills the row. */
export const matterStateColours: Readonly<Record<MatterStateLabel, MatterColour>> = {
  正常: "green",
  临期: "yellow",
  逾期: "red",
  待审核: "blue",
  按期办结: "green",
  逾期办结: "orange",
  已撤销: "grey",
};

/**
 * The levels of reminder (催办) the daily job records: 临期 (due within the due-soon working days),
 * 逾期 (past the deadline) and 严重逾期 (5 or more working days past it).
 */
export const reminderKinds = ["临期", "逾期", "严重逾期"] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** Working days past the deadline from which a matter's reminder is 严重逾期. */
export const seriouslyOverdueWorkdays = 5;

/** Whom a reminder is addressed to: the lead unit's 联络员, and at 严重逾期 the leader in charge. */
export const reminderRecipients = ["联络员", "分管领导"] as const;
export type ReminderRecipient = (typeof reminderRecipients)[number];

/** The robots and hooks a unit's reminders can be sent to. */
export const channelKinds = ["wecom", "dingtalk", "webhook"] as const;
export type ChannelKind = (typeof channelKinds)[number];

/** How users read each channel kind. */
export const channelKindNames: Readonly<Record<ChannelKind, string>> = { wecom: "企业微信群机器人", dingtalk: "钉钉群机器人", webhook: "Webhook" };

/** Where one delivery of a reminder over one channel stands. */
export const deliveryStatuses = ["待发送", "重试中", "已送达", "失败", "已停止"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** A request for more time (延期) as the office decides it (已撤回: the lead unit withdrew it while pending). */
export const extensionStatuses = ["待审批", "已批准", "已驳回", "已撤回"] as const;
export type ExtensionStatus = (typeof extensionStatuses)[number];

/** The office's answer to an extension request. */
export const extensionDecisions = ["批准", "驳回"] as const;
export type ExtensionDecision = (typeof extensionDecisions)[number];

/** The office's answer to a settlement waiting for review (审核). */
export const reviewDecisions = ["通过", "退回"] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** The adjustment kinds the office may record (六(三)). */
export const adjustmentKinds = ["通报表扬", "问责", "一票否决"] as const;
export type AdjustmentKind = (typeof adjustmentKinds)[number];

/** Who a token belongs to. */
export const roles = ["office", "leader", "unit"] as const;
export type Role = (typeof roles)[number];

/** How users read each role. */
export const roleNames: Readonly<Record<Role, string>> = { office: "办公室", leader: "召集人/副召集人", unit: "成员单位" };

/** A person's post (三、组织机构): a unit's 联络员 and 执行员, the office's staff, the leaders. */
export const posts = ["联络员", "执行员", "办公室", "召集人", "副召集人"] as const;
export type Post = (typeof posts)[number];

/** The token role a post acts in. */
export const roleOfPost: Readonly<Record<Post, Role>> = {
  联络员: "unit",
  执行员: "unit",
  办公室: "office",
  召集人: "leader",
  副召集人: "leader",
};

/** What an 执行员 may draft for the 联络员 to submit (报送). */
export const draftKinds = ["进展报送", "办结", "协办情况"] as const;
export type DraftKind = (typeof draftKinds)[number];

export const draftStatuses = ["草稿", "已报送"] as const;
export type DraftStatus = (typeof draftStatuses)[number];

/** The two kinds of meeting (四(一)): the yearly joint meeting, and special meetings called as needed. */
export const meetingKinds = ["联席会议", "专题会议"] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** The source a matter turned from a meeting's decision carries. */
export const meetingMatterSources: Readonly<Record<MeetingKind, MatterSource>> = { 联席会议: "会议纪要", 专题会议: "专题会议" };

/** How an invited unit attended (委派代表出席 names who). */
export const attendanceStatuses = ["出席", "委派代表出席", "请假", "缺席"] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
/** The statuses that count as attended (出席率). */
export const attendedStatuses: ReadonlyArray<AttendanceStatus> = ["出席", "委派代表出席"];

/** Where a proposed topic (议题) stands; the office answers 列入议程 or 不予采纳. */
export const topicStatuses = ["待处理", "列入议程", "不予采纳"] as const;
export type TopicStatus = (typeof topicStatuses)[number];
export const topicDecisions = ["列入议程", "不予采纳"] as const;
export type TopicDecision = (typeof topicDecisions)[number];
