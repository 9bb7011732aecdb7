import { newRouter } from "../platform/router";
import { templateRoute } from "./template-route";
import { ledgerRoute } from "./ledger-route";
import { documentsRoute } from "./documents-route";

/** Files in and out: the 报送表 template and its upload, the ledger as .xlsx, the office's .docx documents. */
export const filesRoute = newRouter().route("/", templateRoute).route("/", ledgerRoute).route("/", documentsRoute);
