export const id = 5342;
export const ids = [5342];
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

/***/ 85342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openWingetPr: () => (/* binding */ openWingetPr)
/* harmony export */ });
/* unused harmony export WINGET_UPSTREAM */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10182);

const WINGET_UPSTREAM = 'microsoft/winget-pkgs';
const FORK_INPUTS = {
    token: 'winget-token',
    repository: 'winget-fork',
    permission: "The 'winget-token' needs to push to the fork named by 'winget-fork' (fine-grained: 'Contents: Read and write' on the fork; classic: the 'public_repo' scope); check too that 'winget-fork' names your fork of microsoft/winget-pkgs.",
};
const UPSTREAM_INPUTS = {
    token: 'winget-token',
    repository: 'winget-fork',
    permission: "Opening a pull request from a fork needs a token that can push to the fork and create pull requests on public repositories: a classic token with the 'public_repo' scope, or a fine-grained one with public-repository access and 'Pull requests: Read and write'.",
};
function split(slug) {
    const [owner = '', repo = ''] = slug.split('/');
    return { owner, repo };
}
/** See the file comment. */
async function openWingetPr(o) {
    const common = { token: o.token, apiUrl: o.apiUrl, log: o.log, retry: o.retry };
    const fork = new _client_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubClient */ .j({ ...split(o.fork), ...common, inputs: FORK_INPUTS });
    const up = new _client_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubClient */ .j({
        ...split(o.upstream ?? WINGET_UPSTREAM),
        ...common,
        inputs: UPSTREAM_INPUTS,
    });
    const base = o.base ?? 'master';
    const branch = `${o.identifier}-${o.version}`;
    const title = `New version: ${o.identifier} version ${o.version}`;
    const f = { owner: fork.owner, repo: fork.repo };
    const u = { owner: up.owner, repo: up.repo };
    const gk = fork.octokit.rest.git;
    // the branch as an earlier run left it, else the upstream default branch
    const existing = await fork.call(`read branch ${branch}`, () => gk.getRef({ ...f, ref: `heads/${branch}` }), {
        allow404: true,
    });
    const parent = existing?.data.object.sha ??
        (await up.call(`read branch ${base}`, () => up.octokit.rest.git.getRef({ ...u, ref: `heads/${base}` })))
            .data.object.sha;
    const parentTree = (await fork.call(`read commit ${parent}`, () => gk.getCommit({ ...f, commit_sha: parent }))).data.tree.sha;
    const entries = [];
    if (existing) {
        // files an earlier run left in the directory that this one does not write (a renamed locale)
        const listed = await fork.call(`list ${o.dir} on ${branch}`, () => fork.octokit.rest.repos.getContent({ ...f, path: o.dir, ref: branch }), { allow404: true });
        const names = new Set(o.files.map((x) => x.name));
        for (const e of Array.isArray(listed?.data) ? listed.data : []) {
            if (e.type === 'file' && !names.has(e.name))
                entries.push({ path: `${o.dir}/${e.name}`, mode: '100644', type: 'blob', sha: null });
        }
    }
    for (const file of o.files) {
        const blob = await fork.call(`create a blob for ${file.name}`, () => gk.createBlob({ ...f, content: file.text, encoding: 'utf-8' }), { write: true, retry: true });
        entries.push({
            path: `${o.dir}/${file.name}`,
            mode: '100644',
            type: 'blob',
            sha: blob.data.sha,
        });
    }
    const tree = (await fork.call('create a tree', () => gk.createTree({ ...f, base_tree: parentTree, tree: entries }), {
        write: true,
        retry: true,
    })).data.sha;
    let commit = '';
    if (!existing || tree !== parentTree) {
        commit = (await fork.call('create a commit', () => gk.createCommit({ ...f, message: title, tree, parents: [parent] }), {
            write: true,
            retry: true, // an unreferenced commit left by a lost response is harmless
        })).data.sha;
        if (existing) {
            await fork.call(`update branch ${branch}`, () => gk.updateRef({ ...f, ref: `heads/${branch}`, sha: commit, force: false }), { write: true });
        }
        else {
            await fork.call(`create branch ${branch}`, () => gk.createRef({ ...f, ref: `refs/heads/${branch}`, sha: commit }), {
                write: true,
            });
        }
        o.log?.info(`winget: ${o.fork} branch ${branch} at ${commit}`);
    }
    const head = `${fork.owner}:${branch}`;
    const findOpen = async () => (await up.call('list pull requests', () => up.octokit.rest.pulls.list({ ...u, head, base, state: 'open' }))).data[0];
    const open = await findOpen();
    if (open) {
        o.log?.info(`winget: pull request ${open.html_url} is open for ${head}${commit ? ' (updated)' : ''}.`);
        return { url: open.html_url, commit, opened: false };
    }
    const body = `Submitted by distro-actions publish-repo: ${o.files.map((x) => `\`${x.name}\``).join(', ')} in \`${o.dir}\`.`;
    const url = await up.call('open a pull request', async () => (await up.octokit.rest.pulls.create({ ...u, title, head, base, body })).data.html_url, { write: true, recover: async () => (await findOpen())?.html_url });
    o.log?.info(`winget: opened ${url}`);
    return { url, commit, opened: true };
}


/***/ })

};
