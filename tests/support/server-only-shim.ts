// Outside Next.js (and Jest, which maps it away), the "server-only" marker package throws on import.
// A plain Node process serving route handlers registers it as an empty module first.
import Module from "node:module";

const require_ = Module.createRequire(__filename);
const id = require_.resolve("server-only");
const marker = new Module(id);
marker.exports = {};
marker.loaded = true;
require_.cache[id] = marker;
