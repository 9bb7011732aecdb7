import type { Action } from "./actions";
import type { StatedRefusal } from "./refusals";

const general: Record<StatedRefusal, string> = {
  read_only: "召集人/副召集人只能查看，不能修改",
  office_only: "此操作仅限办公室",
  office_or_leader_only: "此操作仅限办公室、召集人/副召集人",
  lead_only: "此操作仅限牵头单位",
  co_only: "此操作仅限协办单位",
  own_unit_only: "只能查看或报送本单位的数据",
  not_responsible: "不是该项重点工作的责任单位",
  liaison_only: "已开启签批：执行员只能保存草稿，由本单位联络员报送",
  unit_only: "草稿由成员单位填写、由其联络员报送",
  member_only: "只有专班成员所在单位可以记录专班工作",
  court_only: "此操作仅限县法院、办公室",
  addressee_only: "只有被建议单位可以回复司法建议",
  author_only: "只有草稿的填写人或本单位联络员可以修改或删除草稿",
};

const forAction: Partial<Record<Action, Partial<Record<StatedRefusal, string>>>> = {
  settle_matter: { lead_only: "协办单位不能办结事项，请由牵头单位办结" },
  ask_extension: { lead_only: "只有牵头单位可以申请延期" },
  withdraw_extension: { lead_only: "只有提出申请的牵头单位可以撤回延期申请" },
  review_matter: { office_only: "办结审核仅限办公室" },
  contribute_to_matter: { co_only: "只有协办单位可以填写协办情况" },
  filter_by_unit: { own_unit_only: "只能查看本单位的数据" },
  report_for_unit: { own_unit_only: "只能报送本单位的数据" },
  submit_draft: { liaison_only: "只有本单位联络员可以报送草稿" },
  edit_draft: { author_only: "只有草稿的填写人或本单位联络员可以修改草稿", unit_only: "草稿由成员单位填写，办公室不能修改" },
  delete_draft: { author_only: "只有草稿的填写人或本单位联络员可以删除草稿" },
  draft_research: { lead_only: "只有牵头单位或办公室可以提交新的文稿" },
  issue_suggestion: { court_only: "司法建议由县法院或办公室录入" },
  record_hearing: { court_only: "出庭应诉记录由县法院或办公室录入" },
  propose_topic: { unit_only: "议题由成员单位提出" },
  decide_topic: { office_only: "议题由办公室列入议程或不予采纳" },
};

/**
 * What a 403 tells the user. It is built from the action and the refusal alone, never from the
 * row, so no refusal can name anything of a row (another matter's lead unit, say).
 */
export function refusalMessage(action: Action, refusal: StatedRefusal): string {
  return forAction[action]?.[refusal] ?? general[refusal];
}
