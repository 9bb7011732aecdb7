// Admin CLI: `npm run admin -- token issue --role unit --unit 县财政局` and friends.
// Works on the local D1 that `npm start` uses (also while the worker runs); `--persist-to DIR`
// picks another local state directory, `--remote` the deployed database. The commands live in
// lib/admin-commands.ts.
import { admin } from "./lib/admin-commands";

process.exitCode = await admin(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
