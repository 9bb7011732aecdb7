// `npm run receiver`: the local robot receiver (企业微信 / 钉钉 / webhook formats) on 127.0.0.1, to
// watch the daily 催办 job's deliveries without any online robot. Point a unit's channels at it:
//   PUT /api/v1/units/县财政局/channels { "channels": [ { "kind": "wecom", "url": "http://127.0.0.1:8790/wecom/finance" } ] }
// then run the job and read GET http://127.0.0.1:8790/__boxes/finance.  RECEIVER_PORT=8790 (default)
import { startRobotReceiver } from "./lib/robot-receiver";

const port = Number(process.env.RECEIVER_PORT ?? 8790);
const { url } = await startRobotReceiver(port);
console.log(`robot receiver at ${url}
  企业微信:  ${url}/wecom/<box>      钉钉: ${url}/dingtalk/<box>      webhook: ${url}/webhook/<box>
  set a box: curl -X PUT ${url}/__boxes/<box> -d '{"secret":"…","failFirst":1}'
  read it:   curl ${url}/__boxes/<box>`);
