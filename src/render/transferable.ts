// Bytes a render thread hands to the main thread by transfer, without a copy where it can.

/**
 * `bytes` when they own their whole buffer (then the buffer is transferred as it is), else a copy in memory of its
 * own. Not `slice()`: on a Buffer (what a renderer may return) it is a view of the same memory, and a small Buffer
 * lives in Node's shared pool, which cannot be transferred (Node 22 and later throw DataCloneError; Node 20 transferred
 * the whole pool, emptying it for everything else in the thread).
 */
export function transferable(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}
