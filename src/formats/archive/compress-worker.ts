/**
 * A compression worker thread (parallel.ts starts them): compresses the blocks it is sent, one at a
 * time, and sends each back in the buffer it was compressed into (transferred, not copied).
 * Bundled on its own by scripts/bundle.mjs into dist/compress-worker/index.js.
 */
import { parentPort } from 'node:worker_threads';
import { type BlockJob, compressBlock } from './blocks.js';

parentPort!.on('message', (req: BlockJob) => {
  compressBlock(req).then(
    (out) => {
      // zlib's buffers cannot be transferred (Node marks them so): one copy into a buffer of our own
      const own = new Uint8Array(out.byteLength);
      own.set(out);
      parentPort!.postMessage({ out: own }, [own.buffer as ArrayBuffer]);
    },
    (err: unknown) => {
      parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err) });
    },
  );
});
