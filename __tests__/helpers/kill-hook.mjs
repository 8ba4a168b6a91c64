// Preloaded into an action's process (NODE_OPTIONS=--import=<this file>) by the crash tests: it
// SIGKILLs the process just before its Nth rename whose destination matches a pattern — the way a
// runner cancelling a job, the OOM killer or a power cut stops it between two steps, with nothing
// run after (no catch, no finally). With DISTRO_TEST_KILL_AT unset it only counts: the matching
// renames are appended to DISTRO_TEST_RENAME_LOG, one destination a line, so a test learns every
// point there is to kill at.
import { appendFileSync } from 'node:fs';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const at = Number(process.env.DISTRO_TEST_KILL_AT ?? '0');
const match = new RegExp(process.env.DISTRO_TEST_KILL_MATCH ?? '.');
const log = process.env.DISTRO_TEST_RENAME_LOG;
let seen = 0;

function before(dest) {
  if (!match.test(String(dest))) return;
  seen++;
  if (log) appendFileSync(log, `${String(dest)}\n`);
  if (seen === at) process.kill(process.pid, 'SIGKILL');
}

const { rename, renameSync } = fs;
const promised = fs.promises.rename;
fs.rename = (from, to, cb) => (before(to), rename(from, to, cb));
fs.renameSync = (from, to) => (before(to), renameSync(from, to));
fs.promises.rename = async (from, to) => (before(to), promised(from, to));
syncBuiltinESMExports();
