export const id = 583;
export const ids = [583];
export const modules = {

/***/ 60583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildStage: () => (/* binding */ buildStage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84410);
/* harmony import */ var _build_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81311);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41687);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _manifest_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34625);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8431);
/* harmony import */ var _targets_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77594);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(85180);
/** The build stage: build the project for one target and collect its binaries (DESIGN: build-target). */










function oneOf(value, allowed, key) {
    if (value === undefined || value === '')
        return undefined;
    if (!allowed.includes(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .DistroError */ .Yt(`${key}: '${value}' is not one of ${allowed.join(', ')}.`, { key });
    }
    return value;
}
async function buildStage(o) {
    const host = (0,_targets_index_js__WEBPACK_IMPORTED_MODULE_8__/* .hostTarget */ .az)();
    const target = o.target && o.target !== 'host' ? (0,_targets_index_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveTarget */ .u1)(o.target, 'input: target') : host;
    const builder = oneOf(o.builder, _build_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILDERS */ .rV, 'input: builder');
    const profile = oneOf(o.profile, _build_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PROFILES */ .jI, 'input: profile');
    const ctx = await (0,_common_js__WEBPACK_IMPORTED_MODULE_9__/* .openStage */ .j$)(o, { stage: 'build', target: target.triple });
    (0,_config_index_js__WEBPACK_IMPORTED_MODULE_4__/* .assertExpanded */ .uZ)(ctx.config, ['build']); // an unset ${VAR} here fails now, not halfway through
    const cfg = ctx.config.build ?? {};
    if (cfg.builder)
        oneOf(cfg.builder, _build_index_js__WEBPACK_IMPORTED_MODULE_3__/* .BUILDERS */ .rV, 'build.builder');
    if (cfg.profile)
        oneOf(cfg.profile, _build_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PROFILES */ .jI, 'build.profile');
    const projectDir = cfg.dir ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveInside */ .L)(ctx.projectDir, cfg.dir, { key: 'build.dir' }) : ctx.projectDir;
    // Build into a fresh directory, then swap it in: a failed build leaves no partial output.
    const outRel = node_path__WEBPACK_IMPORTED_MODULE_1___default().join('build', target.triple);
    const outDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.distDir, outRel);
    const tmpOut = await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_2__/* .makeTempDir */ .mk)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.distDir, 'build'), target.triple);
    let result;
    try {
        result = await ctx.log.group(`Building ${ctx.config.name} ${ctx.version} for ${target.triple}`, () => (0,_build_index_js__WEBPACK_IMPORTED_MODULE_3__/* .buildTarget */ .k0)({
            projectDir,
            outDir: tmpOut,
            target,
            host,
            build: cfg,
            builder,
            command: o.command && o.command.length ? o.command : undefined,
            binaries: o.binaries && o.binaries.length ? o.binaries : undefined,
            profile,
            name: ctx.config.name,
            version: ctx.version,
            env: ctx.env,
            sourceDateEpoch: o.sourceDateEpoch,
            log: ctx.log,
        }));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(outDir, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmpOut, outDir);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmpOut, { recursive: true, force: true });
    }
    const common = { target: target.triple, os: target.os, arch: target.arch, stage: 'build' };
    const added = [];
    for (const b of result.binaries) {
        const rel = (0,_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .toPosix */ .d)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outRel, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(b.file)));
        added.push(await (0,_manifest_index_js__WEBPACK_IMPORTED_MODULE_6__/* .describe */ .q0)(ctx.distDir, rel, { ...common, kind: 'binary', name: b.name, from: [] }));
    }
    const infoRel = (0,_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .toPosix */ .d)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outRel, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(result.buildInfo)));
    added.push(await (0,_manifest_index_js__WEBPACK_IMPORTED_MODULE_6__/* .describe */ .q0)(ctx.distDir, infoRel, {
        ...common,
        kind: 'build-info',
        builder: result.builder,
        profile: result.profile,
        from: added.map((a) => a.path),
    }));
    const res = await (0,_common_js__WEBPACK_IMPORTED_MODULE_9__/* .closeStage */ .XA)(ctx, 'build', target.triple, added);
    return {
        ...res,
        target: target.triple,
        binaries: added.filter((a) => a.kind === 'binary').map((a) => a.path),
    };
}


/***/ })

};
