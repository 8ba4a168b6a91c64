export const id = 8139;
export const ids = [8139];
export const modules = {

/***/ 48139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   allInOneAction: () => (/* binding */ allInOneAction),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _runner_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11890);
/** The root action: runs a chosen list of stages in one job, for projects that need no matrix. */


/** Each stage's action, loaded when the stage runs (its own chunk of the bundle: src/main.ts). */
const STAGES = {
    build: async () => (await Promise.all(/* import() */[__webpack_require__.e(1687), __webpack_require__.e(5180), __webpack_require__.e(7594), __webpack_require__.e(1311), __webpack_require__.e(304)]).then(__webpack_require__.bind(__webpack_require__, 59433))).buildTargetAction,
    package: async () => (await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(6910), __webpack_require__.e(1687), __webpack_require__.e(4714), __webpack_require__.e(3856), __webpack_require__.e(5180), __webpack_require__.e(7594), __webpack_require__.e(2583), __webpack_require__.e(1311), __webpack_require__.e(5265), __webpack_require__.e(248), __webpack_require__.e(6557), __webpack_require__.e(5729), __webpack_require__.e(8305), __webpack_require__.e(1650)]).then(__webpack_require__.bind(__webpack_require__, 92011))).packageFormatAction,
    sign: async () => (await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(6910), __webpack_require__.e(1687), __webpack_require__.e(4714), __webpack_require__.e(3856), __webpack_require__.e(5180), __webpack_require__.e(7594), __webpack_require__.e(2583), __webpack_require__.e(1311), __webpack_require__.e(5265), __webpack_require__.e(248), __webpack_require__.e(6557), __webpack_require__.e(5729), __webpack_require__.e(7858), __webpack_require__.e(5159)]).then(__webpack_require__.bind(__webpack_require__, 30396))).signArtifactsAction,
    publish: async () => (await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(6910), __webpack_require__.e(1687), __webpack_require__.e(4714), __webpack_require__.e(3856), __webpack_require__.e(5180), __webpack_require__.e(2583), __webpack_require__.e(5265), __webpack_require__.e(106), __webpack_require__.e(1968)]).then(__webpack_require__.bind(__webpack_require__, 7065))).publishRepoAction,
    smoke: async () => {
        const { qemuSmokeTestAction } = await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(6910), __webpack_require__.e(1687), __webpack_require__.e(4714), __webpack_require__.e(3856), __webpack_require__.e(5180), __webpack_require__.e(7594), __webpack_require__.e(2583), __webpack_require__.e(1311), __webpack_require__.e(9891), __webpack_require__.e(6105), __webpack_require__.e(4019)]).then(__webpack_require__.bind(__webpack_require__, 16400));
        return (inputs, rt) => qemuSmokeTestAction(inputs.renamed({ command: 'smoke-command', timeout: 'smoke-timeout' }), rt);
    },
};
const COMING = ['setup'];
const ORDER = ['setup', 'build', 'package', 'sign', 'smoke', 'publish'];
const allInOneAction = async (inputs, rt) => {
    const stages = inputs.list('stages');
    for (const s of stages) {
        if (COMING.includes(s)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`input 'stages': the '${s}' stage is not in this version yet; run ${Object.keys(STAGES).join(', ')}.`, {
                key: 'input: stages',
            });
        }
        if (!STAGES[s]) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistroError */ .Yt(`input 'stages': unknown stage '${s}'; choose from ${Object.keys(STAGES).join(', ')}.`, {
                key: 'input: stages',
            });
        }
    }
    const ordered = [...new Set(stages)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
    const outputs = {};
    const artifacts = [];
    const names = [];
    for (const [i, s] of ordered.entries()) {
        // Only the first stage downloads (`from`); the later ones find its files in the dist directory.
        const stageInputs = i === 0 ? inputs : inputs.without('from');
        const out = await (await STAGES[s]())(stageInputs, rt);
        Object.assign(outputs, out);
        artifacts.push(...JSON.parse(out.artifacts ?? '[]'));
        if (out['artifact-name'])
            names.push(out['artifact-name']);
    }
    return { ...outputs, artifacts: JSON.stringify(artifacts), 'artifact-name': names.join('\n') };
};
/** Runs the distro action (the runner protocol; what @github/local-action calls). */
const run = (0,_runner_run_js__WEBPACK_IMPORTED_MODULE_1__/* .actionRun */ .m)('distro', allInOneAction);


/***/ })

};
