/**
 * The security headers of the add-in's static files, written by the build as dist/addin/_headers
 * (Workers static assets apply that file, in `wrangler dev` as in production). The task pane is
 * where the bearer token lives, so its page runs only its own scripts and Office.js, talks only
 * to its own origin, and may be framed only by the worker's own origin and Office hosts.
 */
import type { OfficeJsMode } from "./office-js";

/** Where Office.js comes from when OFFICE_JS=cdn (office.js loads its host files from there too). */
export const OFFICE_JS_CDN_ORIGIN = "https://appsforoffice.microsoft.com";

/**
 * The pages that may frame the task pane: Excel on the web's frame (officeapps.live.com) inside
 * Microsoft 365, OneDrive or SharePoint, also as operated by 21Vianet in China. Desktop Excel
 * shows the pane in a WebView2 / WKWebView of its own, which has no framing ancestor to check.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  "https://*.officeapps.live.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://*.sharepoint.com",
  "https://onedrive.live.com",
  "https://*.sharepoint.cn",
  "https://*.partner.office365.cn",
] as const;

/** The Content-Security-Policy of the add-in's pages for where Office.js comes from. */
export function paneContentSecurityPolicy(officeJs: OfficeJsMode): string {
  // Office.js (on the web) frames its own error page and fetches its own files: from its origin.
  const office = officeJs === "cdn" ? ` ${OFFICE_JS_CDN_ORIGIN}` : "";
  return [
    "default-src 'none'",
    `script-src 'self'${office}`,
    `connect-src 'self'${office}`,
    `frame-src 'self'${office}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
    `frame-ancestors ${FRAME_ANCESTORS.join(" ")}`,
  ].join("; ");
}

/** The headers every static file gets, the page first among them. */
export function paneHeaders(officeJs: OfficeJsMode): Record<string, string> {
  return {
    "Content-Security-Policy": paneContentSecurityPolicy(officeJs),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };
}

/** The `_headers` file: one rule for every path the assets serve. */
export function headersFile(officeJs: OfficeJsMode): string {
  const lines = Object.entries(paneHeaders(officeJs)).map(([name, value]) => `  ${name}: ${value}`);
  return ["# Written by scripts/build-addin.ts (scripts/addin/pane-headers.ts); do not edit.", "/*", ...lines, ""].join("\n");
}
