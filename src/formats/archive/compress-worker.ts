/**
 * An xz compression worker thread (parallel.ts starts them; gzip and zstd run on libuv's threadpool
 * instead): the WebAssembly encoder runs on the thread that calls it, so each worker compresses the
 * blocks it is sent, one at a time, and sends each answer back in the block's own buffer
 * (transferred, not copied).
 * Bundled on its own by scripts/bundle.mjs into dist/compress-worker/index.js.
 */
import { parentPort } from 'node:worker_threads';
import { type BlockJob, compressBlock, garbageCollector } from './blocks.js';

/**
 * The encoder's output buffers are garbage once copied, and V8 collects a thread's garbage buffers only
 * when some 64 MiB have piled up: two workers would then hold as much as the whole memory budget.
 * A collection after every 4 MiB of input keeps a worker at a few MiB; it costs a few ms.
 */
const COLLECT_EVERY = 4 * 1024 * 1024;
const gc = garbageCollector();
const collect = gc && (() => gc('major'));
let sinceCollect = 0;

parentPort!.on('message', (req: BlockJob) => {
  compressBlock(req).then(
    (out) => {
      // the answer goes back in the block's own buffer (made with room for it), transferred, which
      // the main thread then uses again
      const room = req.data.buffer as ArrayBuffer;
      const own =
        out.byteLength <= room.byteLength
          ? new Uint8Array(room, 0, out.byteLength)
          : new Uint8Array(out.byteLength);
      own.set(out);
      parentPort!.postMessage({ out: own }, [own.buffer as ArrayBuffer]);
      sinceCollect += req.data.byteLength;
      if (collect && sinceCollect >= COLLECT_EVERY) {
        sinceCollect = 0;
        collect();
      }
    },
    (err: unknown) => {
      parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err) });
    },
  );
});
