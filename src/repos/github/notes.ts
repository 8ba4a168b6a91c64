/**
 * Release notes from commit records, grouped by Conventional Commits type
 * (https://www.conventionalcommits.org): `type(scope)!: description`, with `!` or a
 * `BREAKING CHANGE:` footer marking a breaking change. A pure function: `readCommits` (git.ts)
 * supplies the records.
 */

/** One commit as git reports it. */
export interface CommitRecord {
  /** Full SHA. */
  sha: string;
  /** First line of the message. */
  subject: string;
  /** The rest of the message (may be empty). */
  body: string;
}

/** A commit message split into its Conventional Commits parts; `type` is undefined for other messages. */
export interface ParsedCommit {
  type?: string;
  scope?: string;
  description: string;
  breaking: boolean;
  /** The text of a `BREAKING CHANGE:` footer, if any. */
  breakingNote?: string;
}

const HEADER = /^(?<type>[A-Za-z]+)(?:\((?<scope>[^()\r\n]+)\))?(?<bang>!)?: +(?<description>\S.*)$/;
/** A `BREAKING CHANGE:` footer, up to the next footer (`Token: ` or `Token #`) or the end. */
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: *([\s\S]*?)(?=\n[\w-]+(?:: | #)|(?![\s\S]))/m;

/** Splits a commit message into type, scope, description and breaking marks. */
export function parseCommit(c: CommitRecord): ParsedCommit {
  const footer = BREAKING_FOOTER.exec(c.body);
  const breakingNote = footer?.[1].trim() || undefined;
  const m = HEADER.exec(c.subject.trim());
  if (!m?.groups) return { description: c.subject.trim(), breaking: footer !== null, breakingNote };
  return {
    type: m.groups.type.toLowerCase(),
    scope: m.groups.scope?.trim(),
    description: m.groups.description.trim(),
    breaking: m.groups.bang === '!' || footer !== null,
    breakingNote,
  };
}

/** Section titles in the order they appear; types not listed go to Other. */
export const SECTIONS: readonly (readonly [type: string, title: string])[] = [
  ['feat', 'Features'],
  ['fix', 'Bug Fixes'],
  ['perf', 'Performance'],
  ['revert', 'Reverts'],
  ['refactor', 'Refactoring'],
  ['docs', 'Documentation'],
  ['test', 'Tests'],
  ['build', 'Build System'],
  ['ci', 'Continuous Integration'],
  ['style', 'Style'],
  ['chore', 'Chores'],
];

export interface NotesOptions {
  /** The tag being released. */
  tag: string;
  /** The tag the notes start after; undefined when the release has no predecessor. */
  previousTag?: string;
  /** Repository web URL (https://github.com/o/r) for a compare link; none when undefined. */
  repoUrl?: string;
}

function line(c: CommitRecord, p: ParsedCommit): string {
  const scope = p.scope ? `**${p.scope}:** ` : '';
  return `- ${scope}${p.description} (${c.sha.slice(0, 7)})`;
}

/**
 * Markdown notes: a Breaking Changes section first (the `!`/BREAKING CHANGE commits, with their
 * notes), then one section per type in the order of `SECTIONS`, then Other; commits in the order
 * given (git log: newest first), each with its short SHA.
 */
export function renderNotes(commits: CommitRecord[], o: NotesOptions): string {
  const groups = new Map<string, string[]>();
  const add = (title: string, text: string) => groups.set(title, [...(groups.get(title) ?? []), text]);
  for (const c of commits) {
    const p = parseCommit(c);
    if (p.breaking) {
      const note = p.breakingNote ? `\n  ${p.breakingNote.replace(/\n/g, '\n  ')}` : '';
      add('Breaking Changes', line(c, p) + note);
      continue;
    }
    add(SECTIONS.find(([t]) => t === p.type)?.[1] ?? 'Other', line(c, p));
  }
  const order = ['Breaking Changes', ...SECTIONS.map(([, t]) => t), 'Other'];
  const since = o.previousTag ? ` since ${o.previousTag}` : '';
  const out: string[] = [];
  if (commits.length === 0) out.push(`No changes${since}.`);
  for (const title of order) {
    const lines = groups.get(title);
    if (lines) out.push(`### ${title}\n\n${lines.join('\n')}`);
  }
  if (o.repoUrl && o.previousTag) {
    out.push(`**Full Changelog**: ${o.repoUrl}/compare/${o.previousTag}...${o.tag}`);
  }
  return out.join('\n\n') + '\n';
}
