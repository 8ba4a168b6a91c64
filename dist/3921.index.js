export const id = 3921;
export const ids = [3921];
export const modules = {

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ GitHubClient)
/* harmony export */ });
/* unused harmony export rateLimitWait */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/**
 * The GitHub REST client of the release publisher: @actions/github's Octokit pointed at the API URL
 * the caller gives (GITHUB_API_URL on a runner, so GitHub Enterprise Server works), and one `call`
 * wrapper through which every request goes. It waits out rate limits (Retry-After,
 * x-ratelimit-reset, bounded), retries server errors and network failures with exponential
 * backoff, and turns what is left into one DistroError that says which input to fix. The token is
 * never part of a message.
 */


const RELEASE_INPUTS = {
    token: 'token',
    repository: 'github-release',
    permission: "Give the workflow `permissions: contents: write` (a personal access token needs the 'repo' scope, or 'Contents: Read and write' for a fine-grained one).",
};
/** The parts of an Octokit RequestError (or a network failure) that decide what to do next. */
function httpError(err) {
    if (!err || typeof err !== 'object' || !('status' in err))
        return undefined;
    const e = err;
    if (typeof e.status !== 'number')
        return undefined;
    return { status: e.status, message: String(e.message ?? ''), headers: e.response?.headers ?? {} };
}
/** A 5xx from GitHub, or a request that got no response at all (Octokit reports those as 500). */
function isTransient(e) {
    return e.status >= 500 || e.status === 0;
}
/** How long GitHub asks us to wait, in ms; undefined when the error is not a rate limit. */
function rateLimitWait(e, now) {
    const h = e.headers;
    const limited = e.status === 429 ||
        (e.status === 403 &&
            (h['x-ratelimit-remaining'] === '0' ||
                h['retry-after'] !== undefined ||
                /rate limit/i.test(e.message)));
    if (!limited)
        return undefined;
    const retryAfter = h['retry-after'];
    if (retryAfter !== undefined) {
        const secs = Number(retryAfter);
        if (Number.isFinite(secs))
            return Math.max(0, secs * 1000);
        const at = Date.parse(retryAfter);
        if (Number.isFinite(at))
            return Math.max(0, at - now);
    }
    const reset = Number(h['x-ratelimit-reset']);
    if (h['x-ratelimit-remaining'] === '0' && Number.isFinite(reset))
        return Math.max(0, reset * 1000 - now) + 1000;
    return 60_000; // a secondary rate limit without headers: GitHub says to wait at least a minute
}
/** A request against one repository's releases, with the behaviour described in the file comment. */
class GitHubClient {
    octokit;
    owner;
    repo;
    token;
    retry;
    log;
    inputs;
    constructor(o) {
        const inputs = (this.inputs = o.inputs ?? RELEASE_INPUTS);
        if (!o.token) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistroError */ .Yt(`input '${inputs.token}': no token given; pass \`${inputs.token}: \${{ secrets.… }}\`. ${inputs.permission}`, { key: `input: ${inputs.token}` });
        }
        if (!o.owner || !o.repo || /[/\s]/.test(o.owner + o.repo)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistroError */ .Yt(`input '${inputs.repository}': '${o.owner}/${o.repo}' is not a repository; give it as owner/name.`, { key: `input: ${inputs.repository}` });
        }
        this.owner = o.owner;
        this.repo = o.repo;
        this.token = o.token;
        this.log = o.log;
        this.octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(o.token, {
            baseUrl: (o.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
            log: {
                debug: () => { },
                info: () => { },
                warn: (m) => o.log?.debug(this.scrub(m)),
                error: () => { },
            },
        });
        this.retry = {
            attempts: o.retry?.attempts ?? 5,
            backoffMs: o.retry?.backoffMs ?? 1000,
            maxWaitMs: o.retry?.maxWaitMs ?? 10 * 60_000,
            rateLimitWaits: o.retry?.rateLimitWaits ?? 3,
            sleep: o.retry?.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
            now: o.retry?.now ?? Date.now,
        };
    }
    /** `owner/repo`, for messages. */
    get slug() {
        return `${this.owner}/${this.repo}`;
    }
    /** Removes the token from text that came from elsewhere (server messages) before it is shown. */
    scrub(text) {
        return text.split(this.token).join('***');
    }
    async call(what, fn, o = {}) {
        const retry = o.retry ?? (!o.write || o.recover !== undefined);
        let tries = 0;
        let waits = 0;
        for (;;) {
            let e;
            try {
                tries++;
                return await fn();
            }
            catch (err) {
                const he = httpError(err);
                if (!he)
                    throw err;
                e = he;
            }
            if (e.status === 404 && o.allow404)
                return undefined;
            const wait = rateLimitWait(e, this.retry.now());
            if (wait !== undefined) {
                tries--; // a rate-limited attempt is not a failed one
                waits++;
                if (wait > this.retry.maxWaitMs || waits > this.retry.rateLimitWaits)
                    throw this.rateLimited(what, e, wait);
                this.log?.info(`GitHub API rate limit (HTTP ${e.status}) on ${what}: waiting ${Math.ceil(wait / 1000)}s.`);
                await this.retry.sleep(wait);
                continue;
            }
            if (isTransient(e) && retry && tries < this.retry.attempts) {
                const backoff = this.retry.backoffMs * 2 ** (tries - 1);
                this.log?.info(`GitHub ${e.status ? `HTTP ${e.status}` : 'network error'} on ${what}; retry ${tries} of ${this.retry.attempts - 1} in ${backoff / 1000}s.`);
                await this.retry.sleep(backoff);
                if (o.recover) {
                    const done = await o.recover();
                    if (done !== undefined)
                        return done;
                }
                continue;
            }
            throw this.failure(what, e, o.write ?? false, tries);
        }
    }
    rateLimited(what, e, wait) {
        const { repository } = this.inputs;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistroError */ .Yt(`input '${repository}': the GitHub API rate limit of the token is exhausted (HTTP ${e.status} on ${what}) and resets in ${Math.ceil(wait / 1000)}s, longer than this job waits. Re-run the job later (it is safe: nothing is published twice), or use a token with a higher limit.`, { key: `input: ${repository}` });
    }
    failure(what, e, write, tries) {
        const said = this.scrub(e.message);
        const http = e.status ? `HTTP ${e.status}: ${said}` : said;
        const { token, repository, permission } = this.inputs;
        if (e.status === 401) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistroError */ .Yt(`input '${token}': GitHub rejected the token (${http}) on ${what}. Check the secret the '${token}' input comes from; a GITHUB_TOKEN is only valid while its job runs.`, { key: `input: ${token}` });
        }
        if (write && (e.status === 403 || e.status === 404)) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistroError */ .Yt(`input '${token}': the token may not ${what} in ${this.slug} (${http}). ${permission}`, { key: `input: ${token}` });
        }
        if (e.status === 404 || e.status === 403) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistroError */ .Yt(`input '${repository}': ${this.slug} is not visible to the token (${http}) on ${what}; check the repository name and that the token can read it.`, { key: `input: ${repository}` });
        }
        const after = tries > 1 ? ` after ${tries} attempts` : '';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistroError */ .Yt(`input '${repository}': GitHub failed to ${what} in ${this.slug}${after} (${http}). ${isTransient(e) ? 'Re-run the job; it is safe: nothing is published twice.' : 'Fix the settings this names.'}`, { key: `input: ${repository}` });
    }
}


/***/ }),

/***/ 83921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareRelease: () => (/* reexport */ prepareRelease)
});

// UNUSED EXPORTS: GitHubClient, SECTIONS, contentTypeFor, findRelease, githubAssetName, parseCommit, publishRelease, rateLimitWait, readCommits, renderNotes

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/repos/github/assets.ts
var github_assets = __webpack_require__(77856);
// EXTERNAL MODULE: ./src/repos/github/client.ts
var github_client = __webpack_require__(10182);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/repos/github/git.ts
/**
 * Reads the commits of a release from a local checkout with the git CLI (argument arrays, no
 * shell): from the previous tag, by version order, to the release's tag (or HEAD when the tag is
 * not in the checkout yet).
 */


function git(dir, args) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd: dir, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
            if (err?.code === 'ENOENT') {
                reject(new errors/* DistroError */.Yt('git is not installed; install git to generate release notes from the commits.'));
                return;
            }
            resolve({ code: err ? 1 : 0, stdout, stderr });
        });
    });
}
function fail(what) {
    throw new errors/* DistroError */.Yt(`input 'github-release': ${what}`, { key: 'input: github-release' });
}
/** Whether a tag looks like a version (has a digit), so `nightly` or `latest` never start a range. */
const VERSION_TAG = /^[^\d]*\d/;
/**
 * The commits of release `tag` in the checkout at `dir`: `previousTag..tag`, where the previous
 * tag is the one just below `tag` in version order (`v1.10.0` after `v1.9.0`, pre-releases before
 * their release), or the newest version tag reachable from the end when `tag` is not a version
 * (a rolling `nightly`). The range ends at `o.end` when given (the commit a rolling release moves
 * to), else at the tag if the checkout has it, else at HEAD. A shallow checkout is an error: its
 * history would give wrong notes.
 */
async function readCommits(dir, tag, o = {}) {
    const top = await git(dir, ['rev-parse', '--is-shallow-repository']);
    if (top.code !== 0)
        fail(`${dir} is not a git checkout, so release notes cannot be generated from its commits.`);
    if (top.stdout.trim() === 'true') {
        fail(`the checkout at ${dir} is shallow; generated release notes need the history and tags: check out with \`fetch-depth: 0\` (actions/checkout).`);
    }
    const end = o.end ??
        ((await git(dir, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`])).code === 0
            ? `refs/tags/${tag}`
            : 'HEAD');
    const tags = await git(dir, [
        '-c',
        'versionsort.suffix=-',
        'tag',
        '--list',
        '--merged',
        end,
        '--sort=-v:refname',
    ]);
    if (tags.code !== 0)
        fail(`git tag failed in ${dir}: ${tags.stderr.trim()}`);
    const versions = tags.stdout.split('\n').filter((t) => t && VERSION_TAG.test(t));
    const at = versions.indexOf(tag);
    const previousTag = at >= 0 ? versions[at + 1] : versions.find((t) => t !== tag);
    const range = previousTag ? [`refs/tags/${previousTag}..${end}`] : [end];
    const log = await git(dir, [
        '-c',
        'log.showSignature=false',
        'log',
        '--no-merges',
        '--format=%H%x1f%s%x1f%b%x1e',
        ...range,
        '--',
    ]);
    if (log.code !== 0)
        fail(`git log failed in ${dir}: ${log.stderr.trim()}`);
    const commits = log.stdout
        .split('\x1e')
        .map((r) => r.replace(/^\n/, ''))
        .filter(Boolean)
        .map((r) => {
        const [sha, subject, body] = r.split('\x1f');
        return { sha, subject, body: (body ?? '').trim() };
    });
    return { previousTag, commits };
}

;// CONCATENATED MODULE: ./src/repos/github/notes.ts
/**
 * Release notes from commit records, grouped by Conventional Commits type
 * (https://www.conventionalcommits.org): `type(scope)!: description`, with `!` or a
 * `BREAKING CHANGE:` footer marking a breaking change. A pure function: `readCommits` (git.ts)
 * supplies the records.
 */
const HEADER = /^(?<type>[A-Za-z]+)(?:\((?<scope>[^()\r\n]+)\))?(?<bang>!)?: +(?<description>\S.*)$/;
/** A `BREAKING CHANGE:` footer, up to the next footer (`Token: ` or `Token #`) or the end. */
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: *([\s\S]*?)(?=\n[\w-]+(?:: | #)|(?![\s\S]))/m;
/** Splits a commit message into type, scope, description and breaking marks. */
function parseCommit(c) {
    const footer = BREAKING_FOOTER.exec(c.body);
    const breakingNote = footer?.[1].trim() || undefined;
    const m = HEADER.exec(c.subject.trim());
    if (!m?.groups)
        return { description: c.subject.trim(), breaking: footer !== null, breakingNote };
    return {
        type: m.groups.type.toLowerCase(),
        scope: m.groups.scope?.trim(),
        description: m.groups.description.trim(),
        breaking: m.groups.bang === '!' || footer !== null,
        breakingNote,
    };
}
/** Section titles in the order they appear; types not listed go to Other. */
const SECTIONS = [
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
function line(c, p) {
    const scope = p.scope ? `**${p.scope}:** ` : '';
    return `- ${scope}${p.description} (${c.sha.slice(0, 7)})`;
}
/**
 * Markdown notes: a Breaking Changes section first (the `!`/BREAKING CHANGE commits, with their
 * notes), then one section per type in the order of `SECTIONS`, then Other; commits in the order
 * given (git log: newest first), each with its short SHA.
 */
function renderNotes(commits, o) {
    const groups = new Map();
    const add = (title, text) => groups.set(title, [...(groups.get(title) ?? []), text]);
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
    const out = [];
    if (commits.length === 0)
        out.push(`No changes${since}.`);
    for (const title of order) {
        const lines = groups.get(title);
        if (lines)
            out.push(`### ${title}\n\n${lines.join('\n')}`);
    }
    if (o.repoUrl && o.previousTag) {
        out.push(`**Full Changelog**: ${o.repoUrl}/compare/${o.previousTag}...${o.tag}`);
    }
    return out.join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./src/repos/github/release.ts
/**
 * Idempotent GitHub Releases: create the release of a tag, or update the one that is there, and
 * make its assets match the given files. A re-run of the same publish changes nothing; a re-run
 * after a failure finishes the job. The release is found by its tag, and, because the tags
 * endpoint never returns drafts, among the drafts too (the classic source of duplicate releases).
 * A new release is created as a draft and published once its assets are complete, so nobody
 * sees (and an immutable release never freezes) a release with half its files.
 *
 * A rolling release (`rolling`, e.g. tag `nightly`) is one prerelease whose tag is moved to the
 * new commit, whose notes are rewritten and whose assets are replaced each run; assets of earlier
 * runs that this run did not build are deleted.
 */






const MAKE_LATEST = ['true', 'false', 'legacy'];
async function resolveNotes(o) {
    const n = o.notes;
    if (!n)
        return undefined;
    if ('body' in n)
        return n.body;
    if ('file' in n) {
        try {
            return await (0,promises_.readFile)(n.file, 'utf8');
        }
        catch (e) {
            throw new errors/* DistroError */.Yt(`input 'github-release': cannot read the release notes file ${n.file} (${e.code ?? e.message}); check its path.`, { key: 'input: github-release' });
        }
    }
    // a rolling release's local tag is last run's: its notes run to the commit being released
    const end = o.rolling ? (o.targetCommitish ?? 'HEAD') : undefined;
    const { previousTag, commits } = await readCommits(n.generate.dir, o.tag, { end });
    return renderNotes(commits, { tag: o.tag, previousTag, repoUrl: n.generate.repoUrl });
}
/** The release of `tag`: the published one (tags endpoint), else a draft with that tag (release list). */
async function findRelease(client, tag, log) {
    const { owner, repo } = client;
    const published = await client.call(`get the release of tag ${tag}`, () => client.octokit.rest.repos.getReleaseByTag({ owner, repo, tag }), { allow404: true });
    if (published)
        return published.data;
    for (let page = 1;; page++) {
        const res = await client.call('list releases', () => client.octokit.rest.repos.listReleases({ owner, repo, per_page: 100, page }));
        const drafts = res.data.filter((r) => r.draft && r.tag_name === tag);
        if (drafts.length > 1) {
            log?.warn(`${client.slug} has ${drafts.length} draft releases for ${tag} (ids ${drafts.map((d) => d.id).join(', ')}); using ${drafts[0].id}. Delete the others.`);
        }
        if (drafts.length)
            return drafts[0];
        if (!/rel="next"/.test(res.headers.link ?? ''))
            return undefined;
    }
}
/**
 * Checks that `tag` exists in the repository; for a rolling release with a commit SHA, creates or
 * moves it there.
 */
async function ensureTag(client, o) {
    const { owner, repo } = client;
    const ref = `tags/${o.tag}`;
    const get = async () => (await client.call(`look up tag ${o.tag}`, () => client.octokit.rest.git.getRef({ owner, repo, ref }), {
        allow404: true,
    }))?.data;
    const found = await get();
    const sha = o.rolling ? o.targetCommitish : undefined;
    if (sha && !found) {
        await client.call(`create tag ${o.tag}`, async () => Boolean(await client.octokit.rest.git.createRef({ owner, repo, ref: `refs/${ref}`, sha })), { write: true, recover: async () => ((await get())?.object.sha === sha ? true : undefined) });
        o.log?.info(`created tag ${o.tag} at ${sha}`);
    }
    else if (sha && found && found.object.sha !== sha) {
        await client.call(`move tag ${o.tag}`, () => client.octokit.rest.git.updateRef({ owner, repo, ref, sha, force: true }), { write: true });
        o.log?.info(`moved tag ${o.tag} from ${found.object.sha} to ${sha}`);
    }
    else if (!found) {
        throw new errors/* DistroError */.Yt(`input 'tag': tag '${o.tag}' does not exist in ${client.slug}. Push it first (\`git tag ${o.tag} && git push origin ${o.tag}\`), or run the workflow on a tag push (\`on: push: tags: ['v*']\`).`, { key: 'input: tag' });
    }
}
function validate(o) {
    if (!o.tag || /[\s~^:?*[\\]|\.\.|^[-/]|\/$|\.lock$/.test(o.tag)) {
        throw new errors/* DistroError */.Yt(`input 'tag': '${o.tag}' is not a valid tag name; give the tag of the release, e.g. v1.2.3 (github.ref_name on a tag push).`, { key: 'input: tag' });
    }
    if (o.makeLatest !== undefined && !MAKE_LATEST.includes(o.makeLatest)) {
        throw new errors/* DistroError */.Yt(`input 'github-release': make-latest must be true, false or legacy, got '${String(o.makeLatest)}'.`, { key: 'input: github-release' });
    }
    if (o.prerelease && o.makeLatest === 'true') {
        throw new errors/* DistroError */.Yt(`input 'github-release': a prerelease cannot be the latest release; drop make-latest or prerelease for ${o.tag}.`, { key: 'input: github-release' });
    }
    if (o.rolling && o.targetCommitish !== undefined && !/^[0-9a-f]{40}$/.test(o.targetCommitish)) {
        throw new errors/* DistroError */.Yt(`input 'tag': the rolling release ${o.tag} moves its tag to a commit, so its target must be a full commit SHA (github.sha), got '${o.targetCommitish}'.`, { key: 'input: tag' });
    }
}
/**
 * Creates or updates the release of `tag` and makes its assets match `assets` (see the file
 * comment). Everything that can be checked locally (tag syntax, notes, asset files) is checked
 * before the first request.
 */
async function publishRelease(o) {
    return (await prepareRelease(o)).publish();
}
/**
 * The local checks of `publishRelease` (tag syntax, notes, asset files), without a request: a
 * caller that also writes repositories runs them before it writes anything.
 */
async function prepareRelease(o) {
    validate(o);
    const body = await resolveNotes(o);
    const prepared = await (0,github_assets/* prepareAssets */.zb)(o.assets ?? [], o.tag);
    return { publish: () => createOrUpdate(o, body, prepared) };
}
async function createOrUpdate(o, body, prepared) {
    const client = new github_client/* GitHubClient */.j(o);
    const { owner, repo } = client;
    const prerelease = o.rolling ? true : o.prerelease;
    const makeLatest = o.rolling ? 'false' : o.makeLatest;
    const draft = o.draft ?? false;
    await ensureTag(client, o);
    let release = await findRelease(client, o.tag, o.log);
    const created = !release;
    const fields = {
        ...(o.name !== undefined ? { name: o.name } : {}),
        ...(body !== undefined ? { body } : {}),
        ...(prerelease !== undefined ? { prerelease } : {}),
        ...(o.targetCommitish !== undefined ? { target_commitish: o.targetCommitish } : {}),
    };
    const update = (what, id, patch) => client.call(`${what} release ${o.tag}`, async () => (await client.octokit.rest.repos.updateRelease({ owner, repo, release_id: id, ...patch })).data, { write: true });
    if (!release) {
        release = await client.call(`create release ${o.tag}`, async () => (await client.octokit.rest.repos.createRelease({
            owner,
            repo,
            tag_name: o.tag,
            name: o.tag,
            ...fields,
            draft: true, // published below, once the assets are complete
        })).data, { write: true, recover: () => findRelease(client, o.tag) });
        o.log?.info(`created draft release ${o.tag} (id ${release.id})`);
    }
    else {
        const publishedNow = release.draft
            ? {}
            : { draft, ...(makeLatest && !draft ? { make_latest: makeLatest } : {}) };
        release = await update('update', release.id, { ...fields, ...publishedNow });
        o.log?.info(`updating release ${o.tag} (id ${release.id}${release.draft ? ', a draft' : ''})`);
    }
    const assets = await (0,github_assets/* syncAssets */.z6)(client, release, prepared, { prune: o.rolling, log: o.log });
    if (release.draft && !draft) {
        release = await update('publish', release.id, {
            draft: false,
            ...(makeLatest ? { make_latest: makeLatest } : {}),
        });
        o.log?.info(`published release ${o.tag}`);
    }
    return { url: release.html_url, id: release.id, created, ...assets };
}

;// CONCATENATED MODULE: ./src/repos/github/index.ts
/**
 * GitHub Releases for publish-repo: a library of plain-value functions (no environment, no
 * @actions/core). `publishRelease` creates or updates a release idempotently; `readCommits` and
 * `renderNotes` make its notes from a checkout.
 */







/***/ })

};
