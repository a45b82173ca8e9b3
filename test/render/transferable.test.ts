// What a render thread posts to the main thread: a small Buffer (from Node's shared pool) is transferred as its own
// bytes, not the pool. Node 24 and 26 refused the pool (DataCloneError: the render threads' letters failed there);
// Node 20 transferred the whole pool.
import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { transferable } from "../../src/render/transferable.js";

function post(bytes: Uint8Array): Promise<Uint8Array> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve, reject) => {
    port2.once("message", (m: Uint8Array) => {
      port1.close();
      resolve(m);
    });
    try {
      port1.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
    } catch (e) {
      port1.close();
      reject(e);
    }
  });
}

describe("the bytes a render thread transfers", () => {
  it("of a small Buffer from the shared pool: its own bytes, the pool left alone", async () => {
    const small = Buffer.from("x".repeat(100));
    expect(small.buffer.byteLength).toBeGreaterThan(100); // it is in the pool
    const neighbour = Buffer.from("neighbour");
    const got = await post(transferable(small));
    expect(got.buffer.byteLength).toBe(100);
    expect(Buffer.from(got).toString()).toBe("x".repeat(100));
    expect(neighbour.toString()).toBe("neighbour");
  });

  it("of bytes that own their buffer: that very buffer, without a copy", async () => {
    const whole = new Uint8Array(64).fill(7);
    expect(transferable(whole)).toBe(whole);
    const got = await post(transferable(whole));
    expect([...got]).toEqual(Array(64).fill(7));
    expect(whole.byteLength).toBe(0); // moved, not copied
  });
});
