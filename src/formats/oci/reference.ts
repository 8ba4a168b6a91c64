/**
 * Image references (`debian:bookworm-slim`, `ghcr.io/owner/name:1.2`, `host:5000/x@sha256:…`) and
 * tags, checked before any work with the grammar of the distribution spec.
 */
import { DistroError } from '../../errors.js';

export interface ImageRef {
  /** Registry host (with port), `registry-1.docker.io` for Docker Hub. */
  registry: string;
  /** Repository path, `library/debian` for an official Docker Hub image. */
  repository: string;
  tag?: string;
  digest?: string;
}

export const TAG_RE = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const REPO_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
const DOCKER_HUB = 'registry-1.docker.io';

/** Throws a DistroError naming `key` unless `tag` is a legal OCI tag. */
export function checkTag(tag: string, key: string): void {
  if (!TAG_RE.test(tag))
    throw new DistroError(
      `${key}: '${tag}' is not a legal OCI tag: use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-').`,
      { key },
    );
}

/** Parses `ref`; `withTag` false: a repository only (`ghcr.io/owner/name`), as oci-repository. */
export function parseImageRef(ref: string, key: string, withTag = true): ImageRef {
  const bad = (why: string): never => {
    throw new DistroError(`${key}: '${ref}' is not an image reference: ${why}.`, { key });
  };
  let rest = ref.trim();
  if (!rest) bad('it is empty');
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) bad(`the digest '${digest}' is not sha256:<64 hex digits>`);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    checkTag(tag, key);
  }
  if ((tag || digest) && !withTag) bad('give the repository only, without a tag or digest');
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  let registry = DOCKER_HUB;
  let repository = rest;
  if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    repository = rest.slice(slash + 1);
  }
  if (registry === 'docker.io' || registry === 'index.docker.io') registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  if (!REPO_RE.test(repository))
    bad('the repository must be lower-case letters, digits and . _ - separated by /');
  return { registry, repository, tag: tag ?? (digest || !withTag ? undefined : 'latest'), digest };
}

export function formatRef(r: ImageRef): string {
  const host = r.registry === DOCKER_HUB ? 'docker.io' : r.registry;
  return `${host}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}
