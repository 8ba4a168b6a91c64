/**
 * SBOMs for packages and archives: `<artifact>.spdx.json` (SPDX 2.3) and `<artifact>.cdx.json`
 * (CycloneDX 1.6), beside each artifact of a format with a contents reader (deb, rpm, archives, source).
 *
 * Each describes the artifact (name, version, SHA-256/SHA-512, purl: `pkg:deb/<vendor>/<name>@<v>
 * ?arch=`, `pkg:rpm/…`, `pkg:generic/<name>@<v>?download_url=<file>` for archives), the regular
 * files inside it (read from the artifact: path, SHA-1, SHA-256) and its dependencies: the
 * package's declared Depends/Requires and the crates and Go modules locked in the project
 * (Cargo.lock, go.sum). SPDX relates them with DESCRIBES, CONTAINS and DEPENDS_ON; CycloneDX lists
 * files and libraries as components and the dependencies in `dependencies`.
 *
 * Deterministic: the creation time is `now` (SOURCE_DATE_EPOCH), everything is sorted, and the
 * SPDX documentNamespace and the CycloneDX serialNumber end in a UUID (version 5 layout) made from
 * the SHA-1 of the document's own bytes written with that UUID left empty: same content, same UUID.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { writeAtomic } from '../atomic.js';
import { hashFile, type ManifestArtifact } from '../manifest/index.js';
import { getFormat, sbomKinds } from '../formats/registry.js';
import { readContents, type ArtifactContents } from './sbom/contents.js';
import { lockedDependencies, type LockedDependency } from './sbom/locks.js';

export interface SbomProject {
  name: string;
  version: string;
  /** Supplier and purl namespace of deb/rpm (config `vendor`); default the project name. */
  vendor?: string;
  /** SPDX license expression (config `license`). */
  license?: string;
  homepage?: string;
}

export interface SbomOptions {
  project: SbomProject;
  /** Directory the artifact paths are relative to. */
  distDir: string;
  /** Manifest entries; those of a format with a contents reader get SBOMs, the rest are ignored. */
  artifacts: readonly ManifestArtifact[];
  /** Where Cargo.lock / go.sum are looked for; unset: no locked dependencies. */
  projectDir?: string;
  /** Creation time, seconds since the epoch (SOURCE_DATE_EPOCH). */
  now: number;
  /** Tool name recorded as the creator; default `distro-actions`. */
  tool?: string;
  /** Which documents to write; default both. */
  formats?: ReadonlyArray<SbomFile['format']>;
}

export interface SbomFile {
  /** Path relative to distDir: `<artifact>.spdx.json` or `<artifact>.cdx.json`. */
  path: string;
  format: 'spdx' | 'cyclonedx';
  /** The artifact it describes (its path relative to distDir). */
  artifact: string;
}

interface Described {
  artifact: ManifestArtifact;
  fileName: string;
  /** Package name and version as the artifact carries them. */
  name: string;
  version: string;
  purl: string;
  sha256: string;
  sha512: string;
  contents: ArtifactContents;
  locked: LockedDependency[];
}

/** SPDX's primaryPackagePurpose by manifest kind (a package installs). */
const PURPOSE: Record<string, string> = { archive: 'ARCHIVE', source: 'SOURCE' };

/** `pkg:` URL segments: percent-encoded except the characters purl keeps. */
const enc = (s: string) => encodeURIComponent(s).replace(/%3A/g, ':');

function purlOf(a: ManifestArtifact, project: SbomProject, fileName: string): string {
  const ns = enc((project.vendor ?? project.name).toLowerCase().replace(/[^a-z0-9.-]+/g, '-'));
  const at = `${enc(project.name)}@${enc(project.version)}`;
  const format = getFormat(a.kind);
  if (format?.kind === 'package') {
    const arch = typeof a.arch === 'string' ? a.arch : undefined;
    return `pkg:${format.purlType}/${ns}/${at}${arch ? `?arch=${enc(arch)}` : ''}`;
  }
  return `pkg:generic/${at}?download_url=${enc(fileName)}`;
}

/** A UUID with the version-5 layout from a SHA-1 digest. */
function uuidFromSha1(digest: Buffer): string {
  const b = Buffer.from(digest.subarray(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Serialises `make(uuid)`, where the UUID is derived from the bytes made with an empty one. */
function withContentUuid(make: (uuid: string) => unknown): string {
  const draft = JSON.stringify(make(''), null, 2) + '\n';
  return JSON.stringify(make(uuidFromSha1(createHash('sha1').update(draft).digest())), null, 2) + '\n';
}

function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A license string SPDX accepts as an expression, else NOASSERTION. */
function spdxLicense(license: string | undefined): string {
  return license && /^[A-Za-z0-9.+\-:() ]+$/.test(license) ? license : 'NOASSERTION';
}

/** A dependency entry shared by both formats. */
interface Dep {
  name: string;
  version?: string;
  purl?: string;
  /** How the artifact declares it (`libc6 (>= 2.34)`), for declared package dependencies. */
  declared?: string;
}

function depsOf(d: Described): Dep[] {
  const declared = d.contents.depends.map((text) => ({
    name: text.split(/[\s(]/)[0]!,
    declared: text,
  }));
  const locked = d.locked.map((l) => ({ name: l.name, version: l.version, purl: l.purl }));
  return [...declared, ...locked];
}

function spdxDocument(d: Described, o: SbomOptions, uuid: string): unknown {
  const tool = o.tool ?? 'distro-actions';
  const main = 'SPDXRef-Artifact';
  const fileIds = d.contents.files.map((_, i) => `SPDXRef-File-${i + 1}`);
  const deps = depsOf(d);
  const depIds = deps.map((_, i) => `SPDXRef-Dependency-${i + 1}`);
  const verification = createHash('sha1')
    .update(
      d.contents.files
        .map((f) => f.sha1)
        .sort()
        .join(''),
    )
    .digest('hex');
  const supplier = `Organization: ${o.project.vendor ?? o.project.name}`;
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: d.fileName,
    documentNamespace: `https://spdx.org/spdxdocs/${enc(d.fileName)}-${uuid}`,
    creationInfo: { created: isoTime(o.now), creators: [`Tool: ${tool}`, supplier] },
    packages: [
      {
        SPDXID: main,
        name: d.name,
        versionInfo: d.version,
        packageFileName: d.fileName,
        supplier,
        downloadLocation: 'NOASSERTION',
        ...(o.project.homepage ? { homepage: o.project.homepage } : {}),
        filesAnalyzed: d.contents.files.length > 0,
        ...(d.contents.files.length > 0
          ? { packageVerificationCode: { packageVerificationCodeValue: verification } }
          : {}),
        checksums: [
          { algorithm: 'SHA256', checksumValue: d.sha256 },
          { algorithm: 'SHA512', checksumValue: d.sha512 },
        ],
        licenseConcluded: 'NOASSERTION',
        licenseDeclared: spdxLicense(o.project.license),
        copyrightText: 'NOASSERTION',
        primaryPackagePurpose: PURPOSE[d.artifact.kind] ?? 'INSTALL',
        externalRefs: [
          { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: d.purl },
        ],
      },
      ...deps.map((dep, i) => ({
        SPDXID: depIds[i],
        name: dep.name,
        ...(dep.version ? { versionInfo: dep.version } : {}),
        downloadLocation: 'NOASSERTION',
        filesAnalyzed: false,
        licenseConcluded: 'NOASSERTION',
        licenseDeclared: 'NOASSERTION',
        copyrightText: 'NOASSERTION',
        primaryPackagePurpose: 'LIBRARY',
        ...(dep.declared ? { comment: `declared dependency: ${dep.declared}` } : {}),
        ...(dep.purl
          ? {
              externalRefs: [
                { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: dep.purl },
              ],
            }
          : {}),
      })),
    ],
    files: d.contents.files.map((f, i) => ({
      SPDXID: fileIds[i],
      fileName: f.path,
      checksums: [
        { algorithm: 'SHA1', checksumValue: f.sha1 },
        { algorithm: 'SHA256', checksumValue: f.sha256 },
      ],
      licenseConcluded: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
    })),
    relationships: [
      { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: main },
      ...fileIds.map((id) => ({ spdxElementId: main, relationshipType: 'CONTAINS', relatedSpdxElement: id })),
      ...depIds.map((id) => ({
        spdxElementId: main,
        relationshipType: 'DEPENDS_ON',
        relatedSpdxElement: id,
      })),
    ],
  };
}

function cdxDocument(d: Described, o: SbomOptions, uuid: string): unknown {
  const deps = depsOf(d);
  const depRefs = deps.map((dep, i) => dep.purl ?? `dependency-${i + 1}:${dep.name}`);
  const vendor = o.project.vendor ?? o.project.name;
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${uuid}`,
    version: 1,
    metadata: {
      timestamp: isoTime(o.now),
      tools: { components: [{ type: 'application', name: o.tool ?? 'distro-actions' }] },
      component: {
        type: 'application',
        'bom-ref': d.purl,
        supplier: { name: vendor },
        name: d.name,
        version: d.version,
        ...(o.project.license ? { licenses: [{ license: { name: o.project.license } }] } : {}),
        purl: d.purl,
        hashes: [
          { alg: 'SHA-256', content: d.sha256 },
          { alg: 'SHA-512', content: d.sha512 },
        ],
        ...(o.project.homepage ? { externalReferences: [{ type: 'website', url: o.project.homepage }] } : {}),
        properties: [{ name: 'distro-actions:artifact', value: d.fileName }],
      },
    },
    components: [
      ...d.contents.files.map((f) => ({
        type: 'file',
        'bom-ref': `file:${f.path}`,
        name: f.path,
        hashes: [
          { alg: 'SHA-1', content: f.sha1 },
          { alg: 'SHA-256', content: f.sha256 },
        ],
      })),
      ...deps.map((dep, i) => ({
        type: 'library',
        'bom-ref': depRefs[i],
        name: dep.name,
        ...(dep.version ? { version: dep.version } : {}),
        ...(dep.purl ? { purl: dep.purl } : {}),
        ...(dep.declared ? { description: `declared dependency: ${dep.declared}` } : {}),
      })),
    ],
    dependencies: [{ ref: d.purl, dependsOn: depRefs }, ...depRefs.map((ref) => ({ ref, dependsOn: [] }))],
  };
}

/**
 * Writes `<artifact>.spdx.json` and `<artifact>.cdx.json` beside every deb, rpm and archive of
 * `o.artifacts`, and returns them sorted by path. The artifacts are read (hashed, and their
 * contents listed) from `o.distDir`; all files are prepared before any is written.
 */
export async function writeSboms(o: SbomOptions): Promise<SbomFile[]> {
  const locked = o.projectDir ? await lockedDependencies(o.projectDir) : [];
  const targets = o.artifacts
    .filter((a) => sbomKinds().has(a.kind))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const pending: Array<[SbomFile, string]> = [];
  for (const a of targets) {
    const file = path.join(o.distDir, a.path);
    const fileName = path.posix.basename(a.path);
    const { sha256, sha512 } = await hashFile(file, { sha512: true });
    const contents = await readContents(file, a.kind, typeof a.format === 'string' ? a.format : undefined);
    const d: Described = {
      artifact: a,
      fileName,
      name: o.project.name,
      version: o.project.version,
      purl: purlOf(a, o.project, fileName),
      sha256,
      sha512: sha512!,
      contents,
      locked,
    };
    const formats = o.formats ?? ['spdx', 'cyclonedx'];
    if (formats.includes('spdx'))
      pending.push([
        { path: `${a.path}.spdx.json`, format: 'spdx', artifact: a.path },
        withContentUuid((uuid) => spdxDocument(d, o, uuid)),
      ]);
    if (formats.includes('cyclonedx'))
      pending.push([
        { path: `${a.path}.cdx.json`, format: 'cyclonedx', artifact: a.path },
        withContentUuid((uuid) => cdxDocument(d, o, uuid)),
      ]);
  }
  for (const [f, text] of pending) await writeAtomic(path.join(o.distDir, f.path), text);
  return pending.map(([f]) => f);
}
