/**
 * Every failure as a sentence a clerk can act on, in Chinese. The worker's refusals already are
 * (ApiError carries its message); Excel's errors (OfficeExtension.Error, by `code`) and the browser's
 * (a TypeError from fetch, a bug) are not, so they are named here and their English detail, with
 * Excel's `debugInfo`, goes to the console for the engineer.
 */
import { ApiError } from "../api/client";

/** OfficeExtension.ErrorCodes (and Excel's own codes) → what happened and what to do. */
export const OFFICE_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  CannotRegisterEvent: "加载项未能在 Excel 中登记事件，请关闭任务窗格后重新打开。",
  CannotUpdateReadOnlyProperty: "加载项试图修改 Excel 的只读设置，操作未完成。请联系管理员。",
  EmptyChartSeries: "图表没有可显示的数据，请先刷新汇总数据后重试。",
  FormulaLengthExceedsLimit: "单元格中的公式过长，Excel 无法接受，请缩短后重试。",
  InvalidOperationInCellEditMode: "有单元格正在编辑中：请先按回车键或退出键退出单元格编辑，再重试。",
  InvalidOrTimedOutSession: "与 Excel 的会话已超时，请保存工作簿，关闭任务窗格后重新打开。",
  OpenWorkbookLinksBlocked: "工作簿的外部链接已被阻止，请在 Excel 中启用链接后重试。",
  OperationCellsExceedLimit: "一次操作涉及的单元格过多，超出 Excel 的上限，请重试；若仍失败请联系管理员。",
  PivotTableRangeConflict: "表格与数据透视表重叠，Excel 无法写入。请移走数据透视表后重试。",
  RefreshWorkbookLinksBlocked: "工作簿的外部链接已被阻止，请在 Excel 中启用链接后重试。",
  ResponsePayloadSizeLimitExceeded: "一次读取的数据超过了 Excel 的上限，操作未完成。请重试；若仍失败请联系管理员。",
  RunMustReturnPromise: "加载项内部出错，操作未完成。请重试；若仍失败请联系管理员。",
  UnsupportedFeature: "当前 Excel 版本不支持此功能，请升级 Office 或改用 Excel 网页版。",
  AccessDenied: "Excel 拒绝了写入：工作表或工作簿受保护，或工作簿为只读。请撤销保护或另存为可编辑的副本后重试。",
  ActivityLimitReached: "Excel 忙于处理大量操作，请稍等片刻后重试。",
  ApiNotFound: "当前 Excel 版本不支持此操作，请升级 Office 或改用 Excel 网页版。",
  Conflict: "工作簿正被他人同时编辑，操作未完成，请稍后重试。",
  EditModeNotAllowed: "有单元格正在编辑中：请先按回车键或退出键退出单元格编辑，再重试。",
  FilteredRangeConflict: "表格处于筛选状态，Excel 无法写入。请清除筛选后重试。",
  GeneralException: "Excel 内部出错，操作未完成。请保存工作簿后重试；若仍失败，请关闭并重新打开工作簿。",
  InactiveWorkbook: "工作簿不在前台，请切换回本工作簿后重试。",
  InsertDeleteConflict: "表格旁有内容挡住了插入或删除，请移开表格右侧或下方的内容后重试。",
  InvalidArgument: "Excel 不接受写入的内容（可能是格式或大小不对），操作未完成。请重试；若仍失败请联系管理员。",
  InvalidBinding: "工作簿中的表格已被移动或删除，请重新拉取台账。",
  InvalidOperation: "Excel 当前不允许此操作（可能有对话框打开或表格被改动），请关闭对话框后重试。",
  InvalidReference: "找不到加载项使用的表格或区域，可能已被删除或改名。请重新拉取台账。",
  InvalidSelection: "当前选择的区域无效，请点击任一单元格后重试。",
  ItemAlreadyExists: "工作簿中已有同名的工作表或表格，请改名或删除后重试。",
  ItemNotFound: "找不到加载项使用的工作表或表格，可能已被删除或改名。请重新拉取台账。",
  MergedRangeConflict: "表格中有合并的单元格，Excel 无法写入。请取消合并后重试。",
  NonBlankCellOffSheet: "表格下方或右侧靠近工作表边缘处有内容，无法扩展表格，请清除后重试。",
  NotImplemented: "当前 Excel 版本不支持此操作，请升级 Office 或改用 Excel 网页版。",
  PropertyNotLoaded: "加载项读取 Excel 数据时出错，请重试；若仍失败请联系管理员。",
  RangeExceedsLimit: "数据量超出 Excel 单次处理的上限，请重试；若仍失败请联系管理员。",
  RequestAborted: "Excel 中断了本次操作，请重试。",
  RequestPayloadSizeLimitExceeded: "一次写入的数据超过了 Excel 的上限，操作未完成。请重试；若仍失败请联系管理员。",
  ServiceNotAvailable: "Excel 服务暂时不可用，请稍后重试。",
  Unauthenticated: "Office 登录已失效，请重新登录 Office 后重试。",
  UnsupportedOperation: "当前 Excel 版本不支持此操作，请升级 Office 或改用 Excel 网页版。",
  UnsupportedSheet: "当前工作表类型不支持此操作（例如图表工作表），请切换到普通工作表后重试。",
};

const UNKNOWN_OFFICE = "Excel 未能完成操作，请重试；若仍失败，请关闭并重新打开工作簿。";
const INTERNAL = "加载项内部出错，操作未完成。请重试；若仍失败请联系管理员（详情已记录在浏览器控制台）。";

type OfficeErrorLike = { name?: string; code: string; message?: string; debugInfo?: unknown };

/** An OfficeExtension.Error (or Excel's RichApi.Error), recognised by shape so it works with any Office.js build. */
export function isOfficeError(err: unknown): err is OfficeErrorLike {
  if (typeof err !== "object" || err === null) return false;
  const e = err as Partial<OfficeErrorLike>;
  return typeof e.code === "string" && ("debugInfo" in e || e.name === "RichApi.Error" || e.name === "OfficeExtension.Error");
}

/** The Chinese sentence for any failure; logs the engineer's detail. */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (isOfficeError(err)) {
    console.error("Excel error", err.code, err.message, err.debugInfo);
    return OFFICE_ERROR_MESSAGES[err.code] ?? UNKNOWN_OFFICE;
  }
  console.error("add-in error", err);
  return INTERNAL;
}
