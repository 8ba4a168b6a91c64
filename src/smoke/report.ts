/**
 * The smoke test report: every check's result, as JUnit XML (one testsuite per target, one
 * testcase per check, for test-report actions) and as a target × check table for the step summary.
 */

export type CheckStatus = 'passed' | 'failed';

/** One check: running a binary, or one step of a package's install, command, remove, purge. */
export interface CheckResult {
  /** The canonical target triple. */
  target: string;
  /** What was checked: the artifact path in the dist directory (`build/<target>/hello`, `hello_1.0-1_arm64.deb`). */
  subject: string;
  /** run, install, upgrade, command, remove, purge. */
  check: string;
  status: CheckStatus;
  ms: number;
  /** The command line shown (for run and command checks). */
  command?: string;
  /** Why it failed, one sentence. */
  message?: string;
  /** The first lines of the output of a failed step. */
  output?: string;
  /** stdout and stderr (bounded), for the JUnit system-out/system-err. */
  stdout?: string;
  stderr?: string;
  /** The log file, relative to the dist directory. */
  log?: string;
}

/** Lines of output quoted in a failure message and the summary. */
export const FIRST_LINES = 10;

/** The first `n` non-empty lines of `text`. */
export function firstLines(text: string, n = FIRST_LINES): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.slice(0, n).join('\n') + (lines.length > n ? `\n… (${lines.length - n} more lines)` : '');
}

function xml(s: string): string {
  // XML 1.0 has no place for most control characters; escape the markup ones.
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/** JUnit XML for `results`, one testsuite per target (in first-seen order). */
export function junitXml(results: CheckResult[], name = 'qemu-smoke-test'): string {
  const targets = [...new Set(results.map((r) => r.target))];
  const total = (rs: CheckResult[]) => seconds(rs.reduce((a, r) => a + r.ms, 0));
  const fails = (rs: CheckResult[]) => rs.filter((r) => r.status === 'failed').length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(name)}" tests="${results.length}" failures="${fails(results)}" errors="0" time="${total(results)}">`,
  ];
  for (const t of targets) {
    const rs = results.filter((r) => r.target === t);
    out.push(
      `  <testsuite name="${xml(t)}" tests="${rs.length}" failures="${fails(rs)}" errors="0" skipped="0" time="${total(rs)}">`,
    );
    for (const r of rs) {
      const label = r.command ? `${r.check}: ${r.command}` : r.check;
      out.push(
        `    <testcase classname="${xml(`${t}.${r.subject}`)}" name="${xml(label)}" time="${seconds(r.ms)}"${r.log ? ` file="${xml(r.log)}"` : ''}>`,
      );
      if (r.status === 'failed') {
        const body = r.output ? `${r.message ?? ''}\n${r.output}` : (r.message ?? '');
        out.push(
          `      <failure message="${xml(r.message ?? 'failed')}" type="smoke">${xml(body)}</failure>`,
        );
      }
      if (r.stdout) out.push(`      <system-out>${xml(r.stdout)}</system-out>`);
      if (r.stderr) out.push(`      <system-err>${xml(r.stderr)}</system-err>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}

/** A summary table cell (the step summary's tables are HTML): escaped, line breaks kept. */
function cell(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}

/**
 * The step-summary table: target, artifact, check, result, time, and for a failure its message and
 * first lines of output. Rows of HTML cells (header first), for writeSummary.
 */
export function summaryTable(results: CheckResult[]): string[][] {
  return [
    ['target', 'artifact', 'check', 'result', 'time', 'details'],
    ...results.map((r) => [
      cell(r.target),
      cell(r.subject),
      r.command ? `${cell(r.check)}: <code>${cell(r.command)}</code>` : cell(r.check),
      r.status === 'passed' ? '✅ passed' : '❌ failed',
      `${(r.ms / 1000).toFixed(2)} s`,
      r.status === 'failed'
        ? cell([r.message ?? '', r.output ? firstLines(r.output, 5) : ''].filter(Boolean).join('\n'))
        : '',
    ]),
  ];
}
