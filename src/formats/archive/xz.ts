/**
 * The only place that loads the xz encoder: the WebAssembly build of liblzma from node-liblzma.
 * node-liblzma/wasm reads `liblzma.wasm` from beside its own JS file, so a bundling step that
 * moves the JS must ship that file too (or replace this function with one that passes a loader).
 * The native addon (`node-liblzma`) and the inline build (`node-liblzma/inline`) are never used.
 */
import { createXz, initModule } from 'node-liblzma/wasm';

/** Makes a Web TransformStream compressing to .xz (CRC64 check, like the xz tool). */
export type XzFactory = (preset: number) => TransformStream<Uint8Array, Uint8Array>;

let loading: Promise<XzFactory> | undefined;

export function loadXz(): Promise<XzFactory> {
  loading ??= initModule().then(
    () => (preset: number) => createXz({ preset }),
    (err: unknown) => {
      loading = undefined;
      throw err;
    },
  );
  return loading;
}
