/**
 * The runner's side of the workflow-command protocol, as @actions/core 3 speaks it, byte for byte:
 * `::name key=value,…::data` lines on stdout, the GITHUB_OUTPUT/GITHUB_ENV/GITHUB_PATH files
 * (`name<<ghadelimiter_<uuid>` blocks) and the step-summary file.
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 *
 * Why not @actions/core itself: its index loads @actions/http-client and undici (for OIDC tokens,
 * which the signing code fetches through its own client), about 1 MB of code that every action
 * compiled at start-up (≈0.1 s of CPU, as long as createrepo_c takes for a whole repository).
 * Only src/runner/ uses this; it reads process.env as @actions/core does.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, constants } from 'node:fs/promises';
import { EOL } from 'node:os';
import path from 'node:path';

/** Where an annotation points (the names of @actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

type Value = string | number | boolean | null | undefined;

function toCommandValue(v: Value): string {
  return v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
}

const escapeData = (s: Value): string =>
  toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: Value): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::command k=v,…::message` on stdout; properties without a value are left out. */
export function issueCommand(command: string, properties: Record<string, Value>, message: Value): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function annotationCommand(command: string, message: string, p: AnnotationProperties): void {
  issueCommand(command, { title: p.title, file: p.file, line: p.startLine, col: p.startColumn }, message);
}

/** Appends a line to the file command GITHUB_<command>. */
function issueFileCommand(command: string, message: string): void {
  const file = process.env[`GITHUB_${command}`];
  if (!file) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${message}${EOL}`, { encoding: 'utf8' });
}

/** `name<<delimiter` block: multi-line values stay whole; a random delimiter no value can forge. */
function keyValue(key: string, value: Value): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const v = toCommandValue(value);
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (v.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${v}${EOL}${delimiter}`;
}

export const info = (message: string): void => void process.stdout.write(message + EOL);
export const debug = (message: string): void => issueCommand('debug', {}, message);
export const warning = (message: string, p: AnnotationProperties = {}): void =>
  annotationCommand('warning', message, p);
export const error = (message: string, p: AnnotationProperties = {}): void =>
  annotationCommand('error', message, p);
export const setSecret = (secret: string): void => issueCommand('add-mask', {}, secret);

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name);
  try {
    return await fn();
  } finally {
    issueCommand('endgroup', {}, '');
  }
}

export function setOutput(name: string, value: Value): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', keyValue(name, value));
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function exportVariable(name: string, value: Value): void {
  process.env[name] = toCommandValue(value);
  if (process.env.GITHUB_ENV) return issueFileCommand('ENV', keyValue(name, value));
  issueCommand('set-env', { name }, toCommandValue(value));
}

export function addPath(dir: string): void {
  if (process.env.GITHUB_PATH) issueFileCommand('PATH', dir);
  else issueCommand('add-path', {}, dir);
  process.env.PATH = `${dir}${path.delimiter}${process.env.PATH}`;
}

/** An element as core.summary writes it: an empty one is only its opening tag. */
const wrap = (tag: string, content: string): string => (content ? `<${tag}>${content}</${tag}>` : `<${tag}>`);

/** The HTML of a step-summary section, as core.summary's addHeading/addTable/addRaw build it. */
export function summaryHtml(heading: string, table: string[][], notes: string[]): string {
  let s = wrap('h3', heading) + EOL;
  const [head, ...rows] = table;
  if (head && rows.length) {
    const tr = (cells: string[], tag: string) => wrap('tr', cells.map((c) => wrap(tag, c)).join(''));
    s += wrap('table', [tr(head, 'th'), ...rows.map((r) => tr(r, 'td'))].join('')) + EOL;
    // A blank line ends the HTML block: without it GitHub renders the notes below as raw HTML text
    // (no `code`, no links).
    s += EOL;
  }
  for (const n of notes) s += n + EOL;
  return s;
}

/** Appends to the step-summary file (GITHUB_STEP_SUMMARY), which must exist and be writable. */
export async function appendSummary(html: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
    );
  }
  await appendFile(file, html, { encoding: 'utf8' });
}
