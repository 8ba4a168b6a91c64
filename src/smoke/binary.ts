/** Running a target's built binaries: natively, or under qemu user-mode with the target's sysroot. */
import { open } from 'node:fs/promises';
import { formatCommand } from '../build/exec.js';
import { checkBinary } from '../targets/index.js';
import { judge, recordFinding, recordRun, type SmokeContext } from './checks.js';
import { CheckLog, runCommand } from './exec.js';

/** A binary of the manifest. */
export interface SmokeBinary {
  /** Absolute path. */
  file: string;
  /** Path relative to the dist directory (the report's subject). */
  rel: string;
  /** The binary's name (`hello`), as the smoke command names it. */
  name: string;
}

/**
 * The argv for `bin`: the configured command when its first word is this binary's name (that
 * word becomes the binary's path), else `<binary> --version`.
 */
export function binaryArgv(bin: SmokeBinary, command: string[] | undefined): string[] {
  if (command && command[0] === bin.name) return [bin.file, ...command.slice(1)];
  return [bin.file, '--version'];
}

async function head(file: string, n = 64 * 1024): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Runs one binary: checks it is a binary for the target, then runs `argv` behind `emulator`
 * (`[]` natively, `[qemu-aarch64, -L, sysroot]` otherwise) and judges exit code and `expect`.
 */
export async function checkBinaryRun(
  ctx: SmokeContext,
  bin: SmokeBinary,
  argv: string[],
  emulator: string[],
  log: { file: string; rel: string },
): Promise<void> {
  const cl = new CheckLog(log.file);
  const base = { subject: bin.rel, check: 'run', log: cl, logRel: log.rel };
  try {
    const wrong = checkBinary(await head(bin.file), ctx.target);
    if (wrong) {
      recordFinding(ctx, base, 0, `${bin.rel} is ${wrong}; it was not built for this target`);
      return;
    }
    const r = await runCommand([...emulator, ...argv], { env: ctx.env, timeoutMs: ctx.timeoutMs, log: cl });
    // The report shows the command as the user wrote it, not the absolute path qemu was given.
    r.command = formatCommand([bin.name, ...argv.slice(1)]);
    recordRun(ctx, base, r, judge(r, ctx.timeoutMs, ctx.expect));
  } finally {
    await cl.close();
  }
}
