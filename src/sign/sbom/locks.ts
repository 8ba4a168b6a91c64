/**
 * Dependencies the build knew from the project's lock files: Cargo.lock (every crate from a
 * registry or git source: the workspace's own packages have no `source`) and go.sum (every module
 * whose content, not just its go.mod, was verified: what went into the build).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DistroError } from '../../errors.js';

export interface LockedDependency {
  ecosystem: 'cargo' | 'golang';
  name: string;
  version: string;
  /** Package URL: `pkg:cargo/serde@1.0.210`, `pkg:golang/github.com/google/uuid@v1.6.0`. */
  purl: string;
  /** The lock file it comes from, relative to the project directory. */
  source: string;
}

async function readLock(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new DistroError(
      `${file} cannot be read (${code ?? (e as Error).message}); the SBOM lists the dependencies it locks. Fix its permissions, or remove it if it is not a lock file.`,
      { file, cause: e },
    );
  }
}

function malformed(file: string, line: number, why: string): DistroError {
  return new DistroError(
    `${path.basename(file)}:${line}: ${why}; regenerate the lock file (cargo generate-lockfile / go mod tidy).`,
    { file, line },
  );
}

const enc = (s: string) => encodeURIComponent(s);

function cargoLock(text: string, file: string): LockedDependency[] {
  const out: LockedDependency[] = [];
  let cur: { line: number; fields: Map<string, string> } | undefined;
  const flush = () => {
    if (!cur) return;
    const name = cur.fields.get('name');
    const version = cur.fields.get('version');
    if (!name || !version) throw malformed(file, cur.line, '[[package]] without a name and a version');
    if (cur.fields.has('source'))
      out.push({
        ecosystem: 'cargo',
        name,
        version,
        purl: `pkg:cargo/${enc(name)}@${enc(version)}`,
        source: 'Cargo.lock',
      });
  };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line.startsWith('[')) {
      flush();
      cur = line === '[[package]]' ? { line: i + 1, fields: new Map() } : undefined;
      return;
    }
    const m = /^([A-Za-z0-9_-]+)\s*=\s*"([^"]*)"\s*$/.exec(line);
    if (cur && m) cur.fields.set(m[1]!, m[2]!);
  });
  flush();
  return out;
}

function goSum(text: string, file: string): LockedDependency[] {
  const out: LockedDependency[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const parts = line.split(/\s+/);
    if (parts.length !== 3 || !parts[2]!.startsWith('h1:'))
      throw malformed(file, i + 1, `'${line}' is not a go.sum line (module version h1:hash)`);
    const [mod, version] = parts as [string, string];
    if (version.endsWith('/go.mod')) return;
    const purlPath = mod.split('/').map(enc).join('/');
    out.push({
      ecosystem: 'golang',
      name: mod,
      version,
      purl: `pkg:golang/${purlPath}@${enc(version)}`,
      source: 'go.sum',
    });
  });
  return out;
}

/** Dependencies from `Cargo.lock` and `go.sum` in `projectDir` (absent files: none), sorted by purl. */
export async function lockedDependencies(projectDir: string): Promise<LockedDependency[]> {
  const out: LockedDependency[] = [];
  const cargo = path.join(projectDir, 'Cargo.lock');
  const cargoText = await readLock(cargo);
  if (cargoText !== undefined) out.push(...cargoLock(cargoText, cargo));
  const sum = path.join(projectDir, 'go.sum');
  const sumText = await readLock(sum);
  if (sumText !== undefined) out.push(...goSum(sumText, sum));
  const seen = new Set<string>();
  return out
    .filter((d) => !seen.has(d.purl) && seen.add(d.purl))
    .sort((a, b) => (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0));
}
