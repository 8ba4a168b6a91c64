import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({});
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
var external_node_vm_default = /*#__PURE__*/__nccwpck_require__.n(external_node_vm_namespaceObject);
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
var external_node_zlib_default = /*#__PURE__*/__nccwpck_require__.n(external_node_zlib_namespaceObject);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./node_modules/node-liblzma/lib/errors.js
/**
 * node-liblzma - Node.js bindings for liblzma
 * Copyright (C) Olivier Orabona <olivier.orabona@gmail.com>
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU Lesser General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 */
/**
 * Base class for all LZMA-related errors
 */
class errors_LZMAError extends Error {
    constructor(message, errno) {
        super(message);
        this.name = 'LZMAError';
        this.errno = errno;
        this.code = errno;
        Error.captureStackTrace(this, this.constructor);
    }
}
/**
 * Memory allocation error - thrown when LZMA cannot allocate required memory
 */
class LZMAMemoryError extends errors_LZMAError {
    constructor(errno) {
        super('Cannot allocate memory', errno);
        this.name = 'LZMAMemoryError';
    }
}
/**
 * Memory limit error - thrown when operation would exceed memory usage limit
 */
class LZMAMemoryLimitError extends errors_LZMAError {
    constructor(errno) {
        super('Memory usage limit was reached', errno);
        this.name = 'LZMAMemoryLimitError';
    }
}
/**
 * Format error - thrown when file format is not recognized
 */
class LZMAFormatError extends errors_LZMAError {
    constructor(errno) {
        super('File format not recognized', errno);
        this.name = 'LZMAFormatError';
    }
}
/**
 * Options error - thrown when invalid or unsupported options are provided
 */
class errors_LZMAOptionsError extends errors_LZMAError {
    constructor(errno, message) {
        super(message ?? 'Invalid or unsupported options', errno);
        this.name = 'LZMAOptionsError';
    }
}
/**
 * Data error - thrown when compressed data is corrupt
 */
class LZMADataError extends errors_LZMAError {
    constructor(errno) {
        super('Data is corrupt', errno);
        this.name = 'LZMADataError';
    }
}
/**
 * Buffer error - thrown when no progress is possible (e.g., buffer too small)
 */
class LZMABufferError extends errors_LZMAError {
    constructor(errno) {
        super('No progress is possible', errno);
        this.name = 'LZMABufferError';
    }
}
/**
 * Programming error - thrown when there's an internal programming error
 */
class LZMAProgrammingError extends errors_LZMAError {
    constructor(errno) {
        super('Programming error', errno);
        this.name = 'LZMAProgrammingError';
    }
}
/**
 * Factory function to create appropriate error instance based on errno
 */
// --- LZMA Return Codes ---
// From liblzma/base.h lzma_ret enum (0-11)
// Codes 0-4 are success/informational status codes, not errors:
const errors_LZMA_OK = 0; // Operation completed successfully
const errors_LZMA_STREAM_END = 1; // End of stream reached
const LZMA_NO_CHECK = 2; // Input stream has no integrity check
const LZMA_UNSUPPORTED_CHECK = 3; // Cannot calculate integrity check
const LZMA_GET_CHECK = 4; // Integrity check type now available
// Codes 5-11 are actual error codes:
const LZMA_MEM_ERROR = 5; // Cannot allocate memory
const LZMA_MEMLIMIT_ERROR = 6; // Memory usage limit reached
const LZMA_FORMAT_ERROR = 7; // File format not recognized
const errors_LZMA_OPTIONS_ERROR = 8; // Invalid or unsupported options
const LZMA_DATA_ERROR = 9; // Data is corrupt
const errors_LZMA_BUF_ERROR = 10; // No progress possible
const LZMA_PROG_ERROR = 11; // Programming error
function errors_createLZMAError(errno, message) {
    // Uses module-level LZMA_* constants defined above (from liblzma/base.h)
    switch (errno) {
        case LZMA_MEM_ERROR:
            return new LZMAMemoryError(errno);
        case LZMA_MEMLIMIT_ERROR:
            return new LZMAMemoryLimitError(errno);
        case LZMA_FORMAT_ERROR:
            return new LZMAFormatError(errno);
        case errors_LZMA_OPTIONS_ERROR:
            return new errors_LZMAOptionsError(errno);
        case LZMA_DATA_ERROR:
            return new LZMADataError(errno);
        case errors_LZMA_BUF_ERROR:
            return new LZMABufferError(errno);
        case LZMA_PROG_ERROR:
            return new LZMAProgrammingError(errno);
        default: {
            // For success codes and unknown errors, use base LZMAError
            const errorMessage = message || getErrorMessage(errno);
            return new errors_LZMAError(errorMessage, errno);
        }
    }
}
/**
 * Get error message for a given errno
 */
function getErrorMessage(errno) {
    const messages = [
        'Operation completed successfully',
        'End of stream was reached',
        'Input stream has no integrity check',
        'Cannot calculate the integrity check',
        'Integrity check type is not available',
        'Cannot allocate memory',
        'Memory usage limit was reached',
        'File format not recognized',
        'Invalid or unsupported options',
        'Data is corrupt',
        'No progress is possible',
        'Programming error',
    ];
    // F-011: Handle out-of-bounds errno explicitly instead of silent clamping
    if (errno < 0 || errno >= messages.length) {
        return `Unknown LZMA error code: ${errno}`;
    }
    const msg = messages[errno];
    /* v8 ignore start: defensive after bounds check on L172 — errno always in [0, messages.length) here */
    if (msg === undefined)
        return `Unknown LZMA error code: ${errno}`;
    /* v8 ignore stop */
    return msg;
}
//# sourceMappingURL=errors.js.map
;// CONCATENATED MODULE: ./node_modules/node-liblzma/lib/wasm/types.js
/**
 * WASM-specific types for the Emscripten-compiled liblzma module.
 */
// --- LZMA Return Codes ---

// --- LZMA Actions ---
const types_LZMA_RUN = 0;
const LZMA_SYNC_FLUSH = 1;
const LZMA_FULL_FLUSH = 2;
const types_LZMA_FINISH = 3;
// --- Check Types ---
const LZMA_CHECK_NONE = 0;
const LZMA_CHECK_CRC32 = 1;
const types_LZMA_CHECK_CRC64 = 4;
const LZMA_CHECK_SHA256 = 10;
/**
 * Layout of lzma_stream struct in WASM32 memory.
 *
 * All offsets are for 32-bit Emscripten (WASM32):
 *   pointer = 4 bytes, size_t = 4 bytes, uint64_t = 8 bytes (8-byte aligned)
 */
const LZMA_STREAM_OFFSETS = {
    next_in: 0, // const uint8_t* (4 bytes)
    avail_in: 4, // size_t (4 bytes)
    total_in: 8, // uint64_t (8 bytes, 8-byte aligned)
    next_out: 16, // uint8_t* (4 bytes)
    avail_out: 20, // size_t (4 bytes)
    total_out: 24, // uint64_t (8 bytes, 8-byte aligned)
    allocator: 32, // lzma_allocator* (4 bytes)
    internal: 36, // lzma_internal* (4 bytes)
    reserved_ptr1: 40,
    reserved_ptr2: 44,
    reserved_ptr3: 48,
    reserved_ptr4: 52,
    reserved_int1: 56, // uint64_t (8 bytes)
    reserved_int2: 64,
    reserved_int3: 72,
    reserved_int4: 80,
    reserved_enum1: 88, // lzma_reserved_enum (4 bytes)
    reserved_enum2: 92,
};
/** Total size of lzma_stream struct in WASM32 */
const LZMA_STREAM_SIZE = 96;
//# sourceMappingURL=types.js.map
;// CONCATENATED MODULE: ./node_modules/node-liblzma/lib/wasm/memory.js
/**
 * WASM memory management utilities for liblzma.
 *
 * Provides safe allocation/deallocation of WASM heap memory,
 * buffer transfers between JS and WASM, and lzma_stream struct management.
 */

/**
 * Allocate a zeroed block on the WASM heap.
 * @throws Error if allocation fails (returns 0)
 */
function memory_wasmAlloc(module, size) {
    const ptr = module._malloc(size);
    /* v8 ignore start - malloc failure requires exhausting WASM heap */
    if (ptr === 0) {
        throw new Error(`WASM malloc failed for ${size} bytes`);
    }
    /* v8 ignore stop */
    // Zero the allocated memory
    module.HEAPU8.fill(0, ptr, ptr + size);
    return ptr;
}
/**
 * Free a WASM heap pointer. Safe to call with 0 (no-op).
 */
function memory_wasmFree(module, ptr) {
    /* v8 ignore start - ptr is always non-zero from wasmAlloc */
    if (ptr !== 0) {
        module._free(ptr);
    }
    /* v8 ignore stop */
}
/**
 * Copy a JS Uint8Array into the WASM heap.
 * @returns Pointer to the allocated WASM memory containing the data.
 */
function memory_copyToWasm(module, data) {
    const ptr = memory_wasmAlloc(module, data.byteLength);
    module.HEAPU8.set(data, ptr);
    return ptr;
}
/**
 * Copy data from WASM heap into a new JS Uint8Array.
 */
function memory_copyFromWasm(module, ptr, length) {
    return new Uint8Array(module.HEAPU8.buffer, ptr, length).slice();
}
/**
 * Manages an lzma_stream struct allocated on the WASM heap.
 *
 * The struct is allocated zeroed (equivalent to LZMA_STREAM_INIT in C).
 * Call `free()` when done to release the memory.
 */
class memory_WasmLzmaStream {
    constructor(module) {
        this.freed = false;
        this.module = module;
        this.ptr = memory_wasmAlloc(module, LZMA_STREAM_SIZE);
    }
    /** Set the input buffer pointer and available bytes */
    setInput(bufPtr, size) {
        this.module.setValue(this.ptr + LZMA_STREAM_OFFSETS.next_in, bufPtr, 'i32');
        this.module.setValue(this.ptr + LZMA_STREAM_OFFSETS.avail_in, size, 'i32');
    }
    /** Set the output buffer pointer and available bytes */
    setOutput(bufPtr, size) {
        this.module.setValue(this.ptr + LZMA_STREAM_OFFSETS.next_out, bufPtr, 'i32');
        this.module.setValue(this.ptr + LZMA_STREAM_OFFSETS.avail_out, size, 'i32');
    }
    /** Get remaining available input bytes */
    get availIn() {
        return this.module.getValue(this.ptr + LZMA_STREAM_OFFSETS.avail_in, 'i32');
    }
    /** Get remaining available output bytes */
    get availOut() {
        return this.module.getValue(this.ptr + LZMA_STREAM_OFFSETS.avail_out, 'i32');
    }
    /** Get total bytes read from input */
    get totalIn() {
        // Read as two i32 values (low + high) since getValue doesn't support i64 well
        const low = this.module.getValue(this.ptr + LZMA_STREAM_OFFSETS.total_in, 'i32');
        const high = this.module.getValue(this.ptr + LZMA_STREAM_OFFSETS.total_in + 4, 'i32');
        return low + high * 0x100000000;
    }
    /** Get total bytes written to output */
    get totalOut() {
        const low = this.module.getValue(this.ptr + LZMA_STREAM_OFFSETS.total_out, 'i32');
        const high = this.module.getValue(this.ptr + LZMA_STREAM_OFFSETS.total_out + 4, 'i32');
        return low + high * 0x100000000;
    }
    /** Free the struct memory. Safe to call multiple times. */
    free() {
        if (!this.freed) {
            this.freed = true;
            memory_wasmFree(this.module, this.ptr);
        }
    }
}
/**
 * RAII-style helper: allocate a WASM buffer, run a callback, then free it.
 * Ensures the buffer is freed even if the callback throws.
 */
async function withWasmBuffer(module, size, fn) {
    const ptr = memory_wasmAlloc(module, size);
    try {
        return await fn(ptr);
    }
    finally {
        memory_wasmFree(module, ptr);
    }
}
//# sourceMappingURL=memory.js.map
;// CONCATENATED MODULE: ./node_modules/node-liblzma/lib/wasm/bindings.js
/**
 * TypeScript bindings for the Emscripten-compiled liblzma WASM module.
 *
 * Provides typed wrappers around the raw C functions exported by liblzma.wasm,
 * with proper memory management and error handling.
 */



// Default output buffer size for streaming operations (256KB)
const DEFAULT_OUT_BUF_SIZE = (/* unused pure expression or super */ null && (256 * 1024));
// Maximum memory limit for decoder (256MB, matching WASM max)
const DEFAULT_MEMLIMIT = BigInt(256 * 1024 * 1024);
/** Singleton module instance (lazy-initialized) */
let moduleInstance = null;
let modulePromise = null;
/**
 * Dynamically import a Node/Deno built-in without exposing the specifier to
 * browser bundlers' static analysis. Only ever reached after a Node/Deno
 * runtime check (see {@link readLocalWasmBinary}), so a browser bundle never
 * executes it; the variable specifier plus the ignore comments stop
 * Vite/webpack from trying to resolve `node:*` at build time.
 */
function importNodeBuiltin(specifier) {
    return import(/* @vite-ignore */ /* webpackIgnore: true */ specifier);
}
/**
 * Read the sibling `liblzma.wasm` from disk on Node and Deno.
 *
 * The WASM glue is built for `web,worker`, so its default loader resolves the
 * binary via `import.meta.url` and fetches it — which fails on `file://` URLs
 * under Node and Deno. On those runtimes we read the file ourselves so it can be
 * handed to Emscripten as `wasmBinary`. Returns null in browser/worker runtimes,
 * where Emscripten's built-in fetch loader is used instead.
 */
async function readLocalWasmBinary() {
    const g = globalThis;
    const hasDeno = typeof g.Deno !== 'undefined';
    /* v8 ignore start - under Node vitest only the Node arm runs; the Deno arm is covered by the CI runtime smoke and the browser arm (return null) needs a browser env */
    const hasNode = !!g.process?.versions?.node;
    if (!hasNode && !hasDeno) {
        return null;
    }
    /* v8 ignore stop */
    const { readFile } = await importNodeBuiltin('node:fs/promises');
    const { fileURLToPath } = await importNodeBuiltin('node:url');
    const wasmPath = fileURLToPath(__nccwpck_require__.ab + "liblzma.wasm");
    const buf = await readFile(wasmPath);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
/**
 * Default module loader: imports the Emscripten glue and, on Node/Deno, supplies
 * the `.wasm` binary so `node-liblzma/wasm` works with zero configuration.
 * Browsers fall through to Emscripten's built-in fetch loader.
 */
async function loadDefaultModule() {
    const { default: createLZMA } = await __nccwpck_require__.e(/* import() */ 765).then(__nccwpck_require__.bind(__nccwpck_require__, 765));
    const wasmBinary = await readLocalWasmBinary();
    /* v8 ignore start - browser fetch path (wasmBinary === null) only reachable in a browser env */
    if (!wasmBinary) {
        return createLZMA();
    }
    /* v8 ignore stop */
    return createLZMA({ wasmBinary });
}
/**
 * Initialize the WASM module. Must be called before any operation.
 *
 * The module is loaded once and cached. Subsequent calls return the same
 * instance. On Node and Deno the sibling `liblzma.wasm` is loaded automatically
 * (zero config); pass a custom loader only for inline/bundled scenarios or to
 * fetch the binary from a custom location.
 *
 * @param loader - Optional custom module loader (for inline/bundled WASM)
 * @returns The initialized Emscripten module
 */
async function bindings_initModule(loader) {
    if (moduleInstance) {
        return moduleInstance;
    }
    if (modulePromise) {
        return modulePromise;
    }
    modulePromise = (async () => {
        moduleInstance = loader ? await loader() : await loadDefaultModule();
        return moduleInstance;
    })();
    try {
        return await modulePromise;
        /* v8 ignore start - requires WASM binary to be missing or corrupt */
    }
    catch (err) {
        modulePromise = null;
        throw new errors_LZMAError(`Failed to load WASM module: ${err instanceof Error ? err.message : String(err)}`, -1);
    }
    /* v8 ignore stop */
}
/**
 * Get the initialized module, throwing if not yet loaded.
 */
function bindings_getModule() {
    if (!moduleInstance) {
        throw new errors_LZMAError('WASM module not initialized. Call initModule() first.', -1);
    }
    return moduleInstance;
}
/**
 * Reset module state (for testing purposes).
 */
function resetModule() {
    moduleInstance = null;
    modulePromise = null;
}
// --- Encoding ---
/**
 * Initialize an easy encoder on the given lzma_stream.
 *
 * @param stream - Allocated WasmLzmaStream
 * @param preset - Compression preset (0-9, optionally OR'd with EXTREME flag)
 * @param check - Integrity check type (default: CRC64)
 * @throws LZMAError on initialization failure
 */
function encoderInit(stream, preset, check = types_LZMA_CHECK_CRC64) {
    const module = bindings_getModule();
    const ret = module._lzma_easy_encoder(stream.ptr, preset, check);
    /* v8 ignore start - requires C-level encoder init failure */
    if (ret !== errors_LZMA_OK) {
        throw errors_createLZMAError(ret);
    }
    /* v8 ignore stop */
}
/**
 * Initialize a stream decoder on the given lzma_stream.
 *
 * @param stream - Allocated WasmLzmaStream
 * @param memlimit - Memory limit in bytes (default: 256MB)
 * @throws LZMAOptionsError if memlimit is invalid
 * @throws LZMAError on initialization failure
 */
function bindings_decoderInit(stream, memlimit = DEFAULT_MEMLIMIT) {
    validateMemlimit(memlimit);
    const module = bindings_getModule();
    const limit = typeof memlimit === 'number' ? BigInt(memlimit) : memlimit;
    const ret = module._lzma_stream_decoder(stream.ptr, limit, 0);
    /* v8 ignore start - requires C-level decoder init failure */
    if (ret !== LZMA_OK) {
        throw createLZMAError(ret);
    }
    /* v8 ignore stop */
}
/**
 * Initialize an auto decoder (detects format) on the given lzma_stream.
 *
 * @param stream - Allocated WasmLzmaStream
 * @param memlimit - Memory limit in bytes (default: 256MB)
 * @throws LZMAOptionsError if memlimit is invalid
 * @throws LZMAError on initialization failure
 */
function autoDecoderInit(stream, memlimit = DEFAULT_MEMLIMIT) {
    validateMemlimit(memlimit);
    const module = bindings_getModule();
    const limit = typeof memlimit === 'number' ? BigInt(memlimit) : memlimit;
    const ret = module._lzma_auto_decoder(stream.ptr, limit, 0);
    /* v8 ignore start - requires C-level auto decoder init failure */
    if (ret !== LZMA_OK) {
        throw createLZMAError(ret);
    }
    /* v8 ignore stop */
}
/**
 * Run lzma_code on a stream (one step of encoding/decoding).
 *
 * @param stream - Active WasmLzmaStream
 * @param action - LZMA_RUN, LZMA_FINISH, etc.
 * @returns The lzma return code (LZMA_OK, LZMA_STREAM_END, or error)
 */
function code(stream, action) {
    const module = bindings_getModule();
    return module._lzma_code(stream.ptr, action);
}
/**
 * Finalize a stream and free its internal resources.
 */
function end(stream) {
    const module = bindings_getModule();
    module._lzma_end(stream.ptr);
}
/**
 * Get the memory usage of a stream (in bytes).
 */
function memusage(stream) {
    const module = bindings_getModule();
    return Number(module._lzma_memusage(stream.ptr));
}
// --- Buffer API (one-shot) ---
/**
 * Compress a buffer using lzma_easy_buffer_encode.
 *
 * @param input - Data to compress
 * @param preset - Compression preset (0-9)
 * @param check - Integrity check type (default: CRC64)
 * @returns Compressed data
 * @throws LZMAError on compression failure
 */
function bindings_easyBufferEncode(input, preset, check = LZMA_CHECK_CRC64) {
    const module = bindings_getModule();
    const inPtr = copyToWasm(module, input);
    // Worst case: XZ header (12) + block header (~32) + data + padding + index + footer
    // For incompressible data, output can be slightly larger than input
    const outSize = input.byteLength + 1024;
    const outPtr = wasmAlloc(module, outSize);
    const outPosPtr = wasmAlloc(module, 4);
    try {
        // outPos starts at 0
        module.setValue(outPosPtr, 0, 'i32');
        const ret = module._lzma_easy_buffer_encode(preset, check, 0, // allocator (NULL = default)
        inPtr, input.byteLength, outPtr, outPosPtr, outSize);
        /* v8 ignore start - requires C-level buffer encode failure */
        if (ret !== LZMA_OK) {
            throw createLZMAError(ret);
        }
        /* v8 ignore stop */
        const outPos = module.getValue(outPosPtr, 'i32');
        return copyFromWasm(module, outPtr, outPos);
    }
    finally {
        wasmFree(module, inPtr);
        wasmFree(module, outPtr);
        wasmFree(module, outPosPtr);
    }
}
/**
 * Decompress a buffer using lzma_stream_buffer_decode.
 *
 * @param input - XZ compressed data
 * @param memlimit - Memory limit in bytes (default: 256MB)
 * @returns Decompressed data
 * @throws LZMAError on decompression failure
 */
/**
 * Validate a memlimit value before coercion to BigInt.
 *
 * BigInt() throws a native RangeError for NaN, Infinity, and non-integer
 * numbers (e.g. 1.5). Negative integers produce a huge unsigned value when
 * interpreted by the C ABI (uint64_t wrap-around). Numbers above
 * Number.MAX_SAFE_INTEGER (2^53 - 1) lose precision on coercion to BigInt.
 * All these cases are rejected here with LZMAOptionsError so callers always
 * get an LZMAError subclass.
 *
 * @throws LZMAOptionsError if the value is invalid
 */
function validateMemlimit(memlimit) {
    if (typeof memlimit === 'bigint') {
        if (memlimit < 0n) {
            throw new LZMAOptionsError(LZMA_OPTIONS_ERROR, 'memlimit must be a non-negative value');
        }
        if (memlimit > 18446744073709551615n) {
            throw new LZMAOptionsError(LZMA_OPTIONS_ERROR, 'memlimit bigint exceeds UINT64_MAX (2^64 - 1); use a smaller value (UINT64_MAX = no limit on native; WASM buffer APIs default to 256 MiB when omitted)');
        }
        return;
    }
    if (!Number.isFinite(memlimit)) {
        throw new LZMAOptionsError(LZMA_OPTIONS_ERROR, 'memlimit must be a finite number (NaN and Infinity are not allowed)');
    }
    if (!Number.isInteger(memlimit)) {
        throw new LZMAOptionsError(LZMA_OPTIONS_ERROR, 'memlimit must be an integer (fractional values are not allowed)');
    }
    if (memlimit < 0) {
        throw new LZMAOptionsError(LZMA_OPTIONS_ERROR, 'memlimit must be a non-negative value');
    }
    if (memlimit > Number.MAX_SAFE_INTEGER) {
        throw new LZMAOptionsError(LZMA_OPTIONS_ERROR, 'memlimit number exceeds MAX_SAFE_INTEGER (use bigint for values >= 2^53)');
    }
}
function bindings_streamBufferDecode(input, memlimit = DEFAULT_MEMLIMIT) {
    const module = bindings_getModule();
    const inPtr = copyToWasm(module, input);
    const inPosPtr = wasmAlloc(module, 4);
    const outPosPtr = wasmAlloc(module, 4);
    const memlimitPtr = wasmAlloc(module, 8);
    // Start with 4x input size as estimate, will grow if needed
    let outSize = input.byteLength * 4;
    if (outSize < 4096)
        outSize = 4096;
    let outPtr = wasmAlloc(module, outSize);
    try {
        validateMemlimit(memlimit);
        const limit = typeof memlimit === 'number' ? BigInt(memlimit) : memlimit;
        module.setValue(memlimitPtr, limit, 'i64');
        // Retry with larger buffer if BUF_ERROR
        for (let attempt = 0; attempt < 5; attempt++) {
            module.setValue(inPosPtr, 0, 'i32');
            module.setValue(outPosPtr, 0, 'i32');
            const ret = module._lzma_stream_buffer_decode(memlimitPtr, 0, // flags
            0, // allocator (NULL)
            inPtr, inPosPtr, input.byteLength, outPtr, outPosPtr, outSize);
            if (ret === LZMA_OK) {
                const outPos = module.getValue(outPosPtr, 'i32');
                return copyFromWasm(module, outPtr, outPos);
            }
            /* v8 ignore start - false branch requires C-level error other than OK/BUF_ERROR */
            // Buffer too small — grow and retry
            if (ret === LZMA_BUF_ERROR) {
                wasmFree(module, outPtr);
                outSize *= 4;
                outPtr = wasmAlloc(module, outSize);
                continue;
            }
            throw createLZMAError(ret);
            /* v8 ignore stop */
        }
        /* v8 ignore start */
        throw new LZMAError('Decompression failed: output buffer exhausted', 10);
        /* v8 ignore stop */
    }
    finally {
        wasmFree(module, inPtr);
        wasmFree(module, outPtr);
        wasmFree(module, inPosPtr);
        wasmFree(module, outPosPtr);
        wasmFree(module, memlimitPtr);
    }
}
// --- Streaming helpers ---
/**
 * Process a full input buffer through an initialized encoder/decoder stream,
 * collecting all output chunks.
 *
 * This is used by the buffer APIs (xzAsync/unxzAsync) for streaming
 * encoding/decoding within a single call.
 *
 * @param stream - Initialized WasmLzmaStream (encoder or decoder)
 * @param input - Input data
 * @returns Concatenated output
 * @throws LZMAError on processing failure
 */
function processStream(stream, input) {
    const module = bindings_getModule();
    const inPtr = copyToWasm(module, input);
    const outBufSize = DEFAULT_OUT_BUF_SIZE;
    const outPtr = wasmAlloc(module, outBufSize);
    try {
        stream.setInput(inPtr, input.byteLength);
        const chunks = [];
        let action = LZMA_RUN;
        while (true) {
            // Once all input consumed, switch to FINISH
            if (stream.availIn === 0) {
                action = LZMA_FINISH;
            }
            stream.setOutput(outPtr, outBufSize);
            const ret = code(stream, action);
            // Collect output produced
            const produced = outBufSize - stream.availOut;
            if (produced > 0) {
                chunks.push(copyFromWasm(module, outPtr, produced));
            }
            if (ret === LZMA_STREAM_END) {
                break;
            }
            if (ret !== LZMA_OK) {
                throw createLZMAError(ret);
            }
        }
        // Concatenate all output chunks
        const totalSize = chunks.reduce((sum, c) => sum + c.byteLength, 0);
        const result = new Uint8Array(totalSize);
        let offset = 0;
        for (const chunk of chunks) {
            result.set(chunk, offset);
            offset += chunk.byteLength;
        }
        return result;
    }
    finally {
        wasmFree(module, inPtr);
        wasmFree(module, outPtr);
        end(stream);
        stream.free();
    }
}
// --- Utility bindings ---
/**
 * Get the liblzma version string (e.g. "5.6.3").
 */
function versionString() {
    const module = bindings_getModule();
    const ptr = module._lzma_version_string();
    // Read null-terminated C string from WASM memory
    const bytes = module.HEAPU8;
    let end = ptr;
    while (bytes[end] !== 0)
        end++;
    const decoder = new TextDecoder();
    return decoder.decode(bytes.subarray(ptr, end));
}
/**
 * Check if a given integrity check type is supported.
 */
function checkIsSupported(check) {
    const module = bindings_getModule();
    return module._lzma_check_is_supported(check) !== 0;
}
//# sourceMappingURL=bindings.js.map
;// CONCATENATED MODULE: ./node_modules/node-liblzma/lib/wasm/utils.js
/**
 * WASM utility functions for browser usage.
 *
 * Provides isXZ, versionString, versionNumber, parseFileIndex
 * matching the Node.js API signatures.
 */

/** XZ magic bytes: 0xFD + "7zXZ" + 0x00 */
const XZ_MAGIC = new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);
/**
 * Check if a buffer contains XZ compressed data.
 *
 * @param buffer - Data to check
 * @returns true if the buffer starts with the XZ magic bytes
 */
function isXZ(buffer) {
    const data = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
    if (data.byteLength < XZ_MAGIC.length)
        return false;
    for (let i = 0; i < XZ_MAGIC.length; i++) {
        /* v8 ignore start - tests always fail at first byte or match fully */
        if (data[i] !== XZ_MAGIC[i])
            return false;
        /* v8 ignore stop */
    }
    return true;
}
/**
 * Get the liblzma version string (e.g. "5.6.3").
 */
function utils_versionString() {
    return wasmVersionString();
}
/**
 * Get the liblzma version as a number (e.g. 50060030 for 5.6.3).
 */
function versionNumber() {
    const parts = wasmVersionString().split('.');
    const major = Number.parseInt(parts[0], 10);
    const minor = Number.parseInt(parts[1], 10);
    const patch = Number.parseInt(parts[2], 10);
    return major * 10000000 + minor * 10000 + patch * 10;
}
/**
 * Get memory usage estimate for the easy encoder with given preset.
 *
 * Note: In WASM, this is approximated based on preset level.
 * Presets 7-9 require significantly more memory at runtime than reported here
 * and may exceed the default WASM memory limit (256MB).
 */
function easyEncoderMemusage(preset) {
    // Approximate memory usage per preset (from liblzma docs)
    const usageByPreset = {
        0: 1572864, // ~1.5 MB
        1: 2097152, // ~2 MB
        2: 3145728, // ~3 MB
        3: 4194304, // ~4 MB
        4: 5242880, // ~5 MB
        5: 6291456, // ~6 MB
        6: 9437184, // ~9 MB
        7: 17825792, // ~17 MB
        8: 34603008, // ~33 MB
        9: 67108864, // ~64 MB
    };
    /* v8 ignore start - fallback for unsupported preset values */
    return usageByPreset[preset & 0x1f] ?? usageByPreset[6];
    /* v8 ignore stop */
}
/**
 * Get memory usage estimate for the easy decoder.
 */
function easyDecoderMemusage() {
    // Decoder memory usage is typically ~2-65MB depending on the stream
    // Default estimate for typical streams
    return 67108864; // ~64 MB (worst case for preset 9)
}
/**
 * Read a Variable-Length Integer (VLI) from XZ data.
 * XZ VLI: 7 bits per byte, MSB = continuation bit, max 9 bytes (63 bits).
 *
 * @returns [value, bytesConsumed]
 */
function readVLI(data, offset) {
    let value = 0;
    let shift = 0;
    for (let i = 0; i < 9; i++) {
        /* v8 ignore start - unreachable via parseFileIndex: buffer always has enough bytes */
        if (offset + i >= data.byteLength) {
            throw new Error('Truncated VLI in XZ index');
        }
        /* v8 ignore stop */
        const byte = data[offset + i];
        value |= (byte & 0x7f) * 2 ** shift;
        shift += 7;
        if ((byte & 0x80) === 0) {
            return [value, i + 1];
        }
    }
    throw new Error('Invalid VLI in XZ index (too many bytes)');
}
/**
 * Parse the index of an XZ file to extract metadata.
 * Parses the XZ footer and the index section to extract real
 * uncompressed size, block count, and integrity check type.
 *
 * @param buffer - Complete XZ file data
 * @returns File index information
 */
function parseFileIndex(buffer) {
    /* v8 ignore start - tests always pass Uint8Array */
    const data = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
    /* v8 ignore stop */
    if (!isXZ(data)) {
        throw new Error('Not a valid XZ file');
    }
    // XZ footer is last 12 bytes: CRC32(4) + Backward Size(4) + Flags(2) + 'YZ'(2)
    if (data.byteLength < 24) {
        throw new Error('XZ file too small to contain valid index');
    }
    const footer = data.subarray(data.byteLength - 12);
    // Verify footer magic 'YZ' (0x59, 0x5A)
    if (footer[10] !== 0x59 || footer[11] !== 0x5a) {
        throw new Error('Invalid XZ footer');
    }
    // Stream flags (check type is in bits 0-3 of the first flag byte)
    const checkType = footer[8] & 0x0f;
    // Backward size (little-endian uint32, value = (stored + 1) * 4)
    const backwardSize = ((footer[4] | (footer[5] << 8) | (footer[6] << 16) | (footer[7] << 24)) + 1) * 4;
    // Parse the index section
    // Index starts at: footer_position - backwardSize
    const indexStart = data.byteLength - 12 - backwardSize;
    if (indexStart < 12 || indexStart >= data.byteLength - 12) {
        throw new Error('Invalid backward size in XZ footer');
    }
    // Index indicator byte must be 0x00
    if (data[indexStart] !== 0x00) {
        throw new Error('Invalid XZ index indicator');
    }
    // Read number of records (VLI)
    let pos = indexStart + 1;
    const [recordCount, recordCountBytes] = readVLI(data, pos);
    pos += recordCountBytes;
    // Read each record: Unpadded Size (VLI) + Uncompressed Size (VLI)
    let totalUncompressed = 0;
    for (let i = 0; i < recordCount; i++) {
        const [, unpaddedBytes] = readVLI(data, pos);
        pos += unpaddedBytes;
        const [uncompressedSize, uncompressedBytes] = readVLI(data, pos);
        pos += uncompressedBytes;
        totalUncompressed += uncompressedSize;
    }
    return {
        uncompressedSize: totalUncompressed,
        compressedSize: data.byteLength,
        streamCount: 1,
        blockCount: recordCount,
        check: checkType,
        memoryUsage: backwardSize,
    };
}

/** Convert various input types to Uint8Array */
function utils_toUint8Array(input) {
    if (input instanceof Uint8Array)
        return input;
    if (input instanceof ArrayBuffer)
        return new Uint8Array(input);
    return new TextEncoder().encode(input);
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/node-liblzma/lib/wasm/compress.js
/**
 * WASM compression functions for browser usage.
 *
 * Provides xzAsync, xz (callback), and xzSync (throws in browser)
 * matching the Node.js API signatures.
 */




/**
 * Compress a buffer to XZ format (async, Promise-based).
 *
 * @param buffer - Data to compress (Uint8Array, ArrayBuffer, or string)
 * @param opts - Compression options (preset, check)
 * @returns Compressed XZ data
 */
async function xzAsync(buffer, opts) {
    await initModule();
    const input = toUint8Array(buffer);
    const preset = opts?.preset ?? 6;
    const check = opts?.check ?? LZMA_CHECK_CRC64;
    return easyBufferEncode(input, preset, check);
}
function xz(buffer, optsOrCallback, callback) {
    let opts;
    let cb;
    if (typeof optsOrCallback === 'function') {
        cb = optsOrCallback;
        opts = {};
    }
    else {
        opts = optsOrCallback;
        cb = callback;
    }
    xzAsync(buffer, opts).then((result) => cb(null, result), 
    /* v8 ignore start - xzAsync always rejects with Error */
    (error) => cb(error instanceof Error ? error : new Error(String(error)))
    /* v8 ignore stop */
    );
}
/**
 * Synchronous XZ compression — **throws in browser**.
 *
 * Sync operations are not supported in WASM because they would block
 * the main thread. Use xzAsync() instead.
 */
function xzSync(_buffer, _opts) {
    throw new LZMAError('Sync operations not supported in browser. Use xzAsync() instead.', -1);
}
//# sourceMappingURL=compress.js.map
;// CONCATENATED MODULE: ./node_modules/node-liblzma/lib/wasm/decompress.js
/**
 * WASM decompression functions for browser usage.
 *
 * Provides unxzAsync, unxz (callback), and unxzSync (throws in browser)
 * matching the Node.js API signatures.
 */



/**
 * Decompress XZ data (async, Promise-based).
 *
 * @param buffer - XZ compressed data
 * @param opts - Decompression options (memlimit)
 * @returns Decompressed data
 */
async function decompress_unxzAsync(buffer, opts) {
    await initModule();
    const input = toUint8Array(buffer);
    return streamBufferDecode(input, opts?.memlimit);
}
function unxz(buffer, optsOrCallback, callback) {
    let opts;
    let cb;
    if (typeof optsOrCallback === 'function') {
        cb = optsOrCallback;
        opts = {};
    }
    else {
        opts = optsOrCallback;
        cb = callback;
    }
    decompress_unxzAsync(buffer, opts).then((result) => cb(null, result), 
    /* v8 ignore start - unxzAsync always rejects with Error */
    (error) => cb(error instanceof Error ? error : new Error(String(error)))
    /* v8 ignore stop */
    );
}
/**
 * Synchronous XZ decompression — **throws in browser**.
 *
 * Sync operations are not supported in WASM because they would block
 * the main thread. Use unxzAsync() instead.
 */
function unxzSync(_buffer, _opts) {
    throw new LZMAError('Sync operations not supported in browser. Use unxzAsync() instead.', -1);
}
//# sourceMappingURL=decompress.js.map
;// CONCATENATED MODULE: ./node_modules/node-liblzma/lib/wasm/stream.js
/**
 * Web Streams API for WASM XZ compression/decompression.
 *
 * Returns standard Web TransformStream instances (not Node.js streams).
 * Use `.pipeThrough()` instead of `.pipe()`.
 */




// Chunk size for streaming I/O (64KB)
const CHUNK_SIZE = 64 * 1024;
/**
 * Create a Web TransformStream that compresses data to XZ format.
 *
 * @param opts - Compression options (preset, check)
 * @returns A TransformStream<Uint8Array, Uint8Array>
 *
 * @example
 * ```ts
 * const compressed = await new Response(
 *   readableStream.pipeThrough(createXz())
 * ).arrayBuffer();
 * ```
 */
function createXz(opts) {
    const preset = opts?.preset ?? 6;
    const checkType = opts?.check ?? types_LZMA_CHECK_CRC64;
    const module = bindings_getModule();
    const stream = new memory_WasmLzmaStream(module);
    encoderInit(stream, preset, checkType);
    const outPtr = memory_wasmAlloc(module, CHUNK_SIZE);
    let cleaned = false;
    const doCleanup = () => {
        /* v8 ignore start - guard against double-cleanup */
        if (!cleaned) {
            cleaned = true;
            cleanup(module, stream, outPtr);
        }
        /* v8 ignore stop */
    };
    return new TransformStream({
        transform(chunk, controller) {
            try {
                processChunk(module, stream, outPtr, chunk, types_LZMA_RUN, controller);
                /* v8 ignore start - requires WASM compressor to error on valid input */
            }
            catch (e) {
                doCleanup();
                throw e;
            }
            /* v8 ignore stop */
        },
        flush(controller) {
            try {
                processChunk(module, stream, outPtr, new Uint8Array(0), types_LZMA_FINISH, controller);
            }
            finally {
                doCleanup();
            }
        },
        /* cancel() frees WASM resources when the readable side is cancelled.
           Part of the Streams spec; @types/node added `cancel?:` to the Transformer
           interface in 25.7.0. The intersection cast accepts the property on both
           older typings (where it's absent) and newer typings (where it's present),
           keeping the typecheck stable across `@types/node` minor bumps. */
        cancel: doCleanup,
    });
}
/**
 * Create a Web TransformStream that decompresses XZ data.
 *
 * @returns A TransformStream<Uint8Array, Uint8Array>
 *
 * @example
 * ```ts
 * const decompressed = await new Response(
 *   xzStream.pipeThrough(createUnxz())
 * ).arrayBuffer();
 * ```
 */
function createUnxz() {
    const module = getModule();
    const stream = new WasmLzmaStream(module);
    decoderInit(stream);
    const outPtr = wasmAlloc(module, CHUNK_SIZE);
    let finished = false;
    let cleaned = false;
    const doCleanup = () => {
        /* v8 ignore start - guard against double-cleanup */
        if (!cleaned) {
            cleaned = true;
            cleanup(module, stream, outPtr);
        }
        /* v8 ignore stop */
    };
    return new TransformStream({
        transform(chunk, controller) {
            /* v8 ignore start - guard against chunks after STREAM_END */
            if (finished)
                return;
            /* v8 ignore stop */
            try {
                const done = processChunk(module, stream, outPtr, chunk, LZMA_RUN, controller);
                if (done)
                    finished = true;
            }
            catch (e) {
                doCleanup();
                throw e;
            }
        },
        flush(controller) {
            try {
                /* v8 ignore start - requires partial XZ block that doesn't error in transform */
                if (!finished) {
                    processChunk(module, stream, outPtr, new Uint8Array(0), LZMA_FINISH, controller);
                }
                /* v8 ignore stop */
            }
            finally {
                doCleanup();
            }
        },
        /* cancel() frees WASM resources when the readable side is cancelled.
           See createXz() for the rationale on the intersection cast. */
        cancel: doCleanup,
    });
}
/**
 * Process a single chunk through the lzma stream, enqueueing output.
 * Returns true if LZMA_STREAM_END was reached.
 */
function processChunk(module, stream, outPtr, chunk, action, controller) {
    let inPtr = 0;
    try {
        if (chunk.byteLength > 0) {
            inPtr = memory_copyToWasm(module, chunk);
            stream.setInput(inPtr, chunk.byteLength);
        }
        else {
            stream.setInput(0, 0);
        }
        while (true) {
            stream.setOutput(outPtr, CHUNK_SIZE);
            const ret = code(stream, action);
            const produced = CHUNK_SIZE - stream.availOut;
            if (produced > 0) {
                controller.enqueue(memory_copyFromWasm(module, outPtr, produced));
            }
            if (ret === errors_LZMA_STREAM_END) {
                return true;
            }
            if (ret !== errors_LZMA_OK) {
                throw errors_createLZMAError(ret);
            }
            // If all input consumed and no more output, we're done with this chunk
            if (stream.availIn === 0 && stream.availOut > 0) {
                break;
            }
        }
        return false;
    }
    finally {
        if (inPtr)
            memory_wasmFree(module, inPtr);
    }
}
/** Free WASM resources */
function cleanup(module, stream, outPtr) {
    end(stream);
    stream.free();
    memory_wasmFree(module, outPtr);
}
//# sourceMappingURL=stream.js.map
;// CONCATENATED MODULE: ./node_modules/node-liblzma/lib/wasm/index.js
/**
 * WASM liblzma module — public API.
 *
 * This module provides TypeScript bindings to the Emscripten-compiled
 * liblzma WASM binary, enabling XZ/LZMA2 compression in browsers.
 */
// --- Block 2: Low-level bindings ---

// --- Block 3: Buffer API (high-level) ---



// --- Block 4: Streaming API (Web Streams) ---


// --- Block 5: Utility functions ---

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/formats/archive/xz.ts
/**
 * The only place that loads liblzma (the xz encoder and decoder): the WebAssembly build from
 * node-liblzma.
 * The native addon (`node-liblzma`) and the inline build (`node-liblzma/inline`) are never used.
 *
 * Unbundled, node-liblzma/wasm reads `liblzma.wasm` from beside its own JS file. In an ncc bundle
 * that lookup is rewritten into a plain path which node-liblzma then fails to parse as a URL, but
 * ncc copies `liblzma.wasm` beside the bundle: the fallback reads it from there and hands the bytes
 * to the Emscripten glue. Another bundler may need this function adapted, nothing else.
 */




const WASM_FILE = 'liblzma.wasm';
let loading;
async function init() {
    try {
        await bindings_initModule();
    }
    catch (first) {
        let wasmBinary;
        try {
            // not `new URL('./liblzma.wasm', import.meta.url)`: the bundler would turn that into an asset stub
            wasmBinary = new Uint8Array(await (0,promises_namespaceObject.readFile)(external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), WASM_FILE)));
        }
        catch {
            throw first;
        }
        const { default: createLZMA } = await __nccwpck_require__.e(/* import() */ 765).then(__nccwpck_require__.bind(__nccwpck_require__, 765));
        await bindings_initModule(() => createLZMA({ wasmBinary }));
    }
    return (preset) => createXz({ preset });
}
/**
 * One xz encoder at a time in this process. The WebAssembly heap is capped at 256 MiB and a preset
 * 6 encoder takes ~94 MiB (preset 7: ~186 MiB), so a third concurrent archive would fail with
 * "Cannot allocate memory"; and as the encoder runs on the main thread, concurrent ones would not
 * be faster anyway. Returns the release function.
 */
let queue = Promise.resolve();
async function xzSlot() {
    let release;
    const mine = new Promise((resolve) => (release = resolve));
    const before = queue;
    queue = before.then(() => mine);
    await before;
    return release;
}
/** The highest preset the WebAssembly heap has room for (8 and 9 need 370 and 674 MiB). */
const XZ_MAX_PRESET = 7;
function loadXz() {
    loading ??= init().catch((err) => {
        loading = undefined;
        throw err;
    });
    return loading;
}
/** The xz decoder: liblzma initialised (as for loadXz), then its buffer decoder. */
async function loadUnxz() {
    await loadXz();
    return (data) => unxzAsync(data);
}

;// CONCATENATED MODULE: ./src/formats/archive/blocks.ts
/**
 * One block of a parallel compressed stream (see parallel.ts): gzip and zstd on libuv's threadpool,
 * xz on a compression worker (or on the main thread for an input smaller than one block). Pure
 * functions of their arguments, so the bytes never depend on which thread (or how many) ran them.
 *
 * Loaded by the worker thread straight from its source in tests (Node strips the types): only
 * erasable TypeScript here, and no imports but node: modules and ./xz.js.
 */




/**
 * Bytes of one block, the same on every thread count: gzip and zstd as pigz and `zstd -T` size
 * their jobs, xz three times the preset's dictionary as `xz -T` does (a block smaller than that
 * would cut the dictionary short).
 */
function blockSize(codec, level) {
    const MiB = 1024 * 1024;
    if (codec === 'gzip')
        return MiB;
    if (codec === 'zstd')
        return 4 * MiB;
    const dict = [0.25, 1, 2, 4, 4, 8, 8, 16, 32, 64][level] ?? 8;
    return Math.max(MiB, 3 * dict * MiB);
}
/** Whether compressBlock writes its answer into `room` while it reads the block (else at its end). */
function answersInPlace(job) {
    return job.codec === 'gzip' && job.level > 0;
}
/**
 * gzip: raw deflate with the previous 32 KiB as dictionary, ending on a byte boundary (sync flush)
 * so the blocks concatenate into one deflate stream. zstd: one frame with a checksum. xz: a whole
 * single-block .xz stream, which parallel.ts takes apart into its block and index record.
 *
 * gzip and zstd run on libuv's threadpool (zlib's asynchronous engine), leaving the calling thread
 * free meanwhile. `room`, when given, is where the answer goes: a buffer of at least the block's
 * worst-case compressed size, which the caller recycles. gzip levels 1-9 write into it while they
 * read the block (see answersInPlace): the block is one threadpool job and one answer, and no
 * buffer is made for the garbage collector to find. Where the bytes depend on the output room
 * (gzip level 0, zstd), zlib writes its default chunks, as the bytes always came from, copied
 * into `room` at the end; that may then be the block's own buffer.
 * xz runs its WebAssembly encoder on the calling thread (parallel.ts gives it worker threads).
 */
async function compressBlock(job, room) {
    const { codec, level, data } = job;
    if (codec === 'gzip') {
        const options = { level, ...(job.dict?.length ? { dictionary: job.dict } : {}) };
        const flush = job.last ? (external_node_zlib_default()).constants.Z_FINISH : (external_node_zlib_default()).constants.Z_SYNC_FLUSH;
        // level 0 sizes its stored blocks by the output room: zlib's default chunks there
        if (!answersInPlace(job) || !room) {
            const engine = external_node_zlib_default().createDeflateRaw({ ...options, chunkSize: (external_node_zlib_default()).constants.Z_DEFAULT_CHUNK });
            return onThreadpool(engine, data, flush, room);
        }
        return onThreadpool(writingInto(room, (chunkSize) => external_node_zlib_default().createDeflateRaw({ ...options, chunkSize })), data, flush);
    }
    if (codec === 'zstd') {
        const engine = external_node_zlib_default().createZstdCompress({
            chunkSize: zstdChunk(data.length, level),
            params: {
                [(external_node_zlib_default()).constants.ZSTD_c_compressionLevel]: level,
                [(external_node_zlib_default()).constants.ZSTD_c_checksumFlag]: 1,
            },
        });
        return onThreadpool(engine, data, (external_node_zlib_default()).constants.ZSTD_e_end, room);
    }
    return xzStream(data, level);
}
/**
 * zstd's output chunk, which its bytes depend on: where zstd wraps its window buffer (every window
 * + 128 KiB of input), it compresses the rest in one pass, which writes other bytes, if the output
 * room left has the bound of that rest. With zlib's 16 KiB chunks, as the bytes always came from,
 * that can only happen for a rest under 16 KiB. A whole block (4 MiB) leaves at least 256 KiB at
 * every wrap (the smallest window of a level, 512 KiB, wraps 6 times): 256 KiB chunks, 16 times
 * fewer threadpool round trips, leave the bytes as they were. A shorter (last) block: 16 KiB.
 */
function zstdChunk(length, level) {
    return length === blockSize('zstd', level) ? 256 * 1024 : (external_node_zlib_default()).constants.Z_DEFAULT_CHUNK;
}
/**
 * An engine that writes into `room`: made with the smallest chunk, then given `room` as its
 * output buffer (no buffer of the block's size made per block); made with a chunk of room's size
 * should the engine not look as expected.
 */
function writingInto(room, make) {
    const engine = make((external_node_zlib_default()).constants.Z_MIN_CHUNK);
    const e = engine;
    if (Buffer.isBuffer(e._outBuffer) && e._outOffset === 0 && e._chunkSize === (external_node_zlib_default()).constants.Z_MIN_CHUNK) {
        e._outBuffer = room;
        e._chunkSize = room.length;
        return engine;
    }
    engine.close();
    return make(room.length);
}
/**
 * One zlib call on the whole block, ended with `flush`, on the threadpool; an answer in several
 * chunks is joined into `join` (when they fit) or a new buffer. Not zlib.deflateRaw(): that writes
 * the input with no flush, then flushes in a second call, which changes zstd's frame header (no
 * content size), and joins the two answers by a copy.
 */
function onThreadpool(engine, data, flush, join) {
    return new Promise((resolve, reject) => {
        const parts = [];
        engine.on('data', (b) => parts.push(b));
        engine.on('error', reject);
        engine._processChunk(data, flush, () => {
            engine.close();
            if (engine.errored)
                reject(engine.errored);
            else if (parts.length === 1 && !join)
                resolve(parts[0]);
            else
                resolve(joined(parts, join));
        });
    });
}
/** The parts in one buffer: `into` when they fit (a recycled one), else a new one. */
function joined(parts, into) {
    const total = parts.reduce((n, p) => n + p.length, 0);
    if (!into || total > into.length)
        return Buffer.concat(parts, total);
    let off = 0;
    for (const p of parts)
        off += p.copy(into, off);
    return into.subarray(0, total);
}
/**
 * A forced garbage collection of this thread, or undefined where V8 refuses one (only memory is
 * at stake). V8 frees a thread's garbage buffers only once some 64 MiB of them have piled up: the
 * compressors collect more often where they make garbage (compress-worker.ts, parallel.ts).
 */
function garbageCollector() {
    if (gcFn === null) {
        try {
            external_node_v8_default().setFlagsFromString('--expose-gc');
            gcFn = external_node_vm_default().runInNewContext('gc');
        }
        catch {
            gcFn = undefined;
        }
    }
    const gc = gcFn;
    return gc && ((type) => gc({ type, execution: 'sync' }));
}
let gcFn = null;
/** The input in slices: the WebAssembly heap then holds one slice, not the whole block, at once. */
const XZ_SLICE = 1024 * 1024;
async function xzStream(data, level) {
    const makeXz = await loadXz();
    const xz = makeXz(level);
    const writer = xz.writable.getWriter();
    const feed = (async () => {
        for (let off = 0; off < data.length; off += XZ_SLICE) {
            await writer.write(data.subarray(off, off + XZ_SLICE));
        }
        await writer.close();
    })();
    const parts = [];
    const reader = xz.readable.getReader();
    for (;;) {
        const { value, done } = await reader.read();
        if (done)
            break;
        parts.push(value);
    }
    await feed;
    return Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./src/formats/archive/compress-worker.ts
/**
 * An xz compression worker thread (parallel.ts starts them; gzip and zstd run on libuv's threadpool
 * instead): the WebAssembly encoder runs on the thread that calls it, so each worker compresses the
 * blocks it is sent, one at a time, and sends each answer back in the block's own buffer
 * (transferred, not copied).
 * Bundled on its own by scripts/bundle.mjs into dist/compress-worker/index.js.
 */


/**
 * The encoder's output buffers are garbage once copied, and V8 collects a thread's garbage buffers only
 * when some 64 MiB have piled up: two workers would then hold as much as the whole memory budget.
 * A collection after every 4 MiB of input keeps a worker at a few MiB; it costs a few ms.
 */
const COLLECT_EVERY = 4 * 1024 * 1024;
const gc = garbageCollector();
const collect = gc && (() => gc('major'));
let sinceCollect = 0;
external_node_worker_threads_namespaceObject.parentPort.on('message', (req) => {
    compressBlock(req).then((out) => {
        // the answer goes back in the block's own buffer (made with room for it), transferred, which
        // the main thread then uses again
        const room = req.data.buffer;
        const own = out.byteLength <= room.byteLength
            ? new Uint8Array(room, 0, out.byteLength)
            : new Uint8Array(out.byteLength);
        own.set(out);
        external_node_worker_threads_namespaceObject.parentPort.postMessage({ out: own }, [own.buffer]);
        sinceCollect += req.data.byteLength;
        if (collect && sinceCollect >= COLLECT_EVERY) {
            sinceCollect = 0;
            collect();
        }
    }, (err) => {
        external_node_worker_threads_namespaceObject.parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) });
    });
});

