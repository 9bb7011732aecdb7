import type { Notice } from "../../../domain/reminders/reminder-notice";
import type { ChannelKind } from "../../../schema/values";

/** What the webhook kind carries besides the text, for a receiver that files it. */
export interface NoticeFacts {
  matterId: number;
  title: string;
  lead: string;
  deadline: string;
  level: string;
  workdaysLeft: number;
  on: string;
  to: string;
  /** The name of the person addressed (null while the office has not filled it in). */
  person: string | null;
}

/** The markdown a robot shows: the title in bold, then one line each. */
const markdown = (n: Notice) => [`**${n.title}**`, ...n.lines.map((l) => `> ${l}`)].join("\n");

/**
 * The JSON body each kind of channel expects: 企业微信群机器人 `{ msgtype: "markdown", markdown: { content } }`;
 * 钉钉自定义机器人 `{ msgtype: "markdown", markdown: { title, text } }`; a plain webhook the facts and the text.
 */
export function channelPayload(kind: ChannelKind, notice: Notice, facts: NoticeFacts): unknown {
  switch (kind) {
    case "wecom":
      return { msgtype: "markdown", markdown: { content: markdown(notice) } };
    case "dingtalk":
      return { msgtype: "markdown", markdown: { title: notice.title, text: markdown(notice).replaceAll("\n", "\n\n") } };
    case "webhook":
      return { event: "催办", ...facts, subject: notice.title, text: notice.lines.join("\n") };
  }
}
