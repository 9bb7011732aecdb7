import util from "node:util";

// exceljs streams through the npm readable-stream, which writes every chunk it moves (the sheets'
// contents included) to util.debuglog("stream"), and workerd's debuglog is always on: each file
// would be copied into the worker's logs. Loaded before exceljs (exceljs.ts), this makes that one
// section's debug log a no-op; every other section is left as it is.
const original = util.debuglog;
const quiet = Object.assign(() => {}, { enabled: false });
(util as { debuglog: typeof util.debuglog }).debuglog = ((section: string, callback?: Parameters<typeof util.debuglog>[1]) =>
  section.toLowerCase() === "stream" ? quiet : original(section, callback));
