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

/** How often progress is reported (进展报送): 2026-Q1 … or 2026-01 …. */
export const reportingCycles = ["quarterly", "monthly"] as const;
export type ReportingCycle = (typeof reportingCycles)[number];

/** Who reports on a task: the lead unit only (the default), every responsible unit, or nobody. */
export const reportReporters = ["lead", "all", "none"] as const;
export type ReportReporters = (typeof reportReporters)[number];

/**
 * The grade of an assessed unit left out of every indicator (no events, or fewer than the
 * scheme's floor): neither scored nor ranked, and never 不合格. It is not one of the scheme's bands
 * and no band may take its name.
 */
export const notRatedGrade = "未参评";

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

/** A joint research item (联合调研): being researched and approved, or issued jointly (联合发文). */
export const researchStatuses = ["调研中", "已发文"] as const;
export type ResearchStatus = (typeof researchStatuses)[number];

/** What a joint research item drafts (四(二)). */
export const researchDraftKinds = ["调研报告", "规范性文件"] as const;
export type ResearchDraftKind = (typeof researchDraftKinds)[number];

/** A unit's answer to a research draft (审定). */
export const researchDecisions = ["同意", "不同意"] as const;
export type ResearchDecision = (typeof researchDecisions)[number];

/** The name the office goes by among a research item's units. */
export const officeParty = "办公室";

/** Working days after a draft version within which each unit involved answers it (documented in docs/research.md). */
export const researchApprovalWorkdays = 10;

/** A task force (专班) is running or has ended. */
export const taskforceStatuses = ["运行中", "已结束"] as const;
export type TaskforceStatus = (typeof taskforceStatuses)[number];

/** The two sides a task force is formed from (县政府与县法院联合成立). */
export const taskforceSides = ["政府", "法院"] as const;
export type TaskforceSide = (typeof taskforceSides)[number];

export const taskforceRoles = ["组长", "成员"] as const;
export type TaskforceRole = (typeof taskforceRoles)[number];

/** What a task force's log records. */
export const taskforceLogKinds = ["会议", "行动"] as const;
export type TaskforceLogKind = (typeof taskforceLogKinds)[number];
/** The unit that keeps the four registers with the office: it hears the cases and issues 司法建议. */
export const courtUnitName = "县法院";

/**
 * Who appeared for the defendant agency at a hearing (行政机关负责人出庭应诉). 负责人 and
 * 副职负责人 both count as the head appearing (《行政诉讼法》第三条; 最高人民法院《关于行政机关负责人
 * 出庭应诉若干问题的规定》（法释〔2020〕3号）第二条: 正职、副职负责人、参与分管的其他负责人).
 */
export const hearingAppearances = ["负责人", "副职负责人", "仅工作人员", "无人出庭"] as const;
export type HearingAppearance = (typeof hearingAppearances)[number];
/** The appearances that count as the head appearing. */
export const headAppearances: readonly HearingAppearance[] = ["负责人", "副职负责人"];

/** What a 司法建议 is about (tasks 11 and 29). */
export const suggestionKinds = ["纠正违法行为", "监管漏洞", "其他"] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];

/** How the addressee took a 司法建议 (未采纳 needs a reason). */
export const suggestionAdoptions = ["采纳", "部分采纳", "未采纳"] as const;
export type SuggestionAdoption = (typeof suggestionAdoptions)[number];

/** A 司法建议's reply as the ledger shows it, computed from the reply date, the limit and today. */
export const suggestionReplyStates = ["待回复", "已逾期未回复", "按期回复", "逾期回复"] as const;
export type SuggestionReplyState = (typeof suggestionReplyStates)[number];

/** The risk grade of an administrative case's 信访 risk (task 12). */
export const riskGrades = ["高", "中", "低"] as const;
export type RiskGrade = (typeof riskGrades)[number];

/** Where a petition-risk case stands. */
export const petitionRiskStatuses = ["跟进中", "已化解", "已终结"] as const;
export type PetitionRiskStatus = (typeof petitionRiskStatuses)[number];

/** The risk level of an enterprise in the 危困企业动态名册 (task 25). */
export const enterpriseRiskLevels = ["高", "中", "低", "已退出"] as const;
export type EnterpriseRiskLevel = (typeof enterpriseRiskLevels)[number];

/** The measures the plan names for an enterprise in difficulty. */
export const enterpriseMeasures = ["破产清算", "重整", "和解", "帮扶"] as const;
export type EnterpriseMeasure = (typeof enterpriseMeasures)[number];
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
