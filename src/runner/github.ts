/**
 * The GitHub side of a run: log lines, groups, annotations, masking, outputs, exported
 * variables, PATH additions and the step summary, through the workflow-command protocol
 * (./commands.ts, which writes the GITHUB_OUTPUT/GITHUB_ENV/GITHUB_PATH/GITHUB_STEP_SUMMARY files).
 */
import * as core from './commands.js';
import path from 'node:path';
import { DistroError, asUserError, errorMessage, type ErrorLocation } from '../errors.js';
import { neutraliseCommands, type Logger } from '../log.js';

function annotation(where: ErrorLocation | undefined, workspace: string): core.AnnotationProperties {
  if (!where?.file) return {};
  const rel = path.isAbsolute(where.file) ? path.relative(workspace, where.file) : where.file;
  return {
    file: rel.split(path.sep).join('/'),
    ...(where.line ? { startLine: where.line } : {}),
    ...(where.col ? { startColumn: where.col } : {}),
  };
}

export function githubLogger(workspace: string): Logger {
  return {
    // info prints as it is given (unlike warning, debug and group, whose data is escaped).
    info: (m) => core.info(neutraliseCommands(m)),
    warn: (m, where) => core.warning(m, annotation(where, workspace)),
    debug: (m) => core.debug(m),
    group: (title, fn) => core.group(title, fn),
  };
}

/** Masks each secret, and each line of a multi-line one (armored keys). */
export function maskSecrets(values: string[]): void {
  for (const v of values) {
    core.setSecret(v);
    for (const line of v.split(/\r?\n/)) if (line.trim().length > 3) core.setSecret(line.trim());
  }
}

export function setOutputs(outputs: Record<string, string | number | boolean>): void {
  for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v);
}

export function exportVariables(vars: Record<string, string>): void {
  for (const [k, v] of Object.entries(vars)) core.exportVariable(k, v);
}

export function addPath(dir: string): void {
  core.addPath(dir);
}

/** A step-summary section: a heading, a table, and optional lines below it. */
export async function writeSummary(
  env: Record<string, string | undefined>,
  heading: string,
  table: string[][],
  notes: string[] = [],
): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  await core.appendSummary(core.summaryHtml(heading, table, notes));
}

/** Reports a failure as one `::error` annotation (with file and line when known) and sets exit code 1. */
export function reportFailure(thrown: unknown, workspace: string): void {
  const err = asUserError(thrown); // a full disk, a read-only directory: the user's to fix
  if (err instanceof DistroError) {
    core.error(err.message, { title: 'distro-actions', ...annotation(err, workspace) });
  } else {
    core.error(`${errorMessage(err)} (an internal error of distro-actions: please report it with this log)`, {
      title: 'distro-actions',
    });
    if (err instanceof Error && err.stack) core.debug(err.stack);
  }
  process.exitCode = 1;
}
