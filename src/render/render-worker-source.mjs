// A render thread started from the TypeScript source (the tests run brev from src/, not from a build): vite's oxc
// transform (typescript-hooks.mjs) strips the types of each module as the thread loads it, and the worker module then
// runs as it does built.
// Only render-pool.ts running as .ts starts this file; the build (dist/) neither has nor needs it.
import { register } from "node:module";

register("./typescript-hooks.mjs", import.meta.url);
await import("./render-worker.ts");
