import { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import type { AppEnv } from "./env";
import { unprocessable } from "./errors";
import { issuesToDetails } from "./zod-issues";
import { inChineseWords } from "./zod-messages";

// Validation messages in Chinese: users read them in Excel notes. A wrong type names both types in
// Chinese, a bound in words (the locale leaves "string", "object" and ">=" formulas in English).
z.config(z.locales.zhCN());
z.config({ customError: inChineseWords });

/** A sub-app whose validation failures become the one 422 error shape, cell by cell. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw unprocessable("提交的数据有误，请按提示修改后重试", issuesToDetails(result.error));
      }
    },
  });
}
