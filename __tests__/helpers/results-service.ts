/**
 * Runs GitHub's real clients (@actions/artifact, @azure/storage-blob) in a child Node process
 * against the local results service (src/services/results-server.ts): the child gets the same
 * ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL a job on GitHub gets, so every request it sends is
 * the client's own. The server itself stands in for GitHub's results service and Azure blob storage.
 */
import { spawn } from 'node:child_process';
import type { JobIdentity, ResultsServer } from '../../src/services/results-server.js';
import { ROOT } from './runner.js';

/** The environment a job of `job` gets from the runner for the results service. */
export function resultsEnv(server: ResultsServer, job: JobIdentity): Record<string, string> {
  return {
    ACTIONS_RUNTIME_TOKEN: server.token(job),
    ACTIONS_RESULTS_URL: `${server.url}/`,
    GITHUB_RUN_ID: job.runId,
  };
}

export interface ClientRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** What the script printed with `out(value)`, parsed. */
  result: unknown;
}

/**
 * Runs `body` (an async ES module body) with `artifact` (a DefaultArtifactClient), `azure`
 * (@azure/storage-blob), `args` and `out(value)` in scope, under `env`.
 */
export function runClient(
  body: string,
  env: Record<string, string>,
  args: unknown = null,
): Promise<ClientRun> {
  const code = `
import { DefaultArtifactClient } from '@actions/artifact';
import * as azure from '@azure/storage-blob';
const artifact = new DefaultArtifactClient();
const args = JSON.parse(process.env.CLIENT_ARGS);
const out = (v) => console.log('RESULT ' + JSON.stringify(v));
${body}
`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env, CLIENT_ARGS: JSON.stringify(args) },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      resolve({ status, stdout, stderr, result: line ? JSON.parse(line.slice(7)) : undefined });
    });
  });
}
