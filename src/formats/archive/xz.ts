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
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createXz, initModule, unxzAsync } from 'node-liblzma/wasm';

/** Makes a Web TransformStream compressing to .xz (CRC64 check, like the xz tool). */
export type XzFactory = (preset: number) => TransformStream<Uint8Array, Uint8Array>;

const WASM_FILE = 'liblzma.wasm';

let loading: Promise<XzFactory> | undefined;

async function init(): Promise<XzFactory> {
  try {
    await initModule();
  } catch (first) {
    let wasmBinary: Uint8Array;
    try {
      // not `new URL('./liblzma.wasm', import.meta.url)`: the bundler would turn that into an asset stub
      wasmBinary = new Uint8Array(
        await readFile(path.join(path.dirname(fileURLToPath(import.meta.url)), WASM_FILE)),
      );
    } catch {
      throw first;
    }
    const { default: createLZMA } = await import('node-liblzma/wasm/liblzma.js');
    await initModule(() => createLZMA({ wasmBinary }));
  }
  return (preset: number) => createXz({ preset });
}

/**
 * One xz encoder at a time in this process. The WebAssembly heap is capped at 256 MiB and a preset
 * 6 encoder takes ~94 MiB (preset 7: ~186 MiB), so a third concurrent archive would fail with
 * "Cannot allocate memory"; and as the encoder runs on the main thread, concurrent ones would not
 * be faster anyway. Returns the release function.
 */
let queue: Promise<void> = Promise.resolve();
export async function xzSlot(): Promise<() => void> {
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const before = queue;
  queue = before.then(() => mine);
  await before;
  return release;
}

/** The highest preset the WebAssembly heap has room for (8 and 9 need 370 and 674 MiB). */
export const XZ_MAX_PRESET = 7;

export function loadXz(): Promise<XzFactory> {
  loading ??= init().catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}

/** Decompresses a whole .xz held in memory. */
export type Unxz = (data: Uint8Array) => Promise<Uint8Array>;

/** The xz decoder: liblzma initialised (as for loadXz), then its buffer decoder. */
export async function loadUnxz(): Promise<Unxz> {
  await loadXz();
  return (data) => unxzAsync(data);
}
