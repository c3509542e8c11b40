// Validates the environment at build and start (a wrong value stops here, naming the variable),
// and the content at build time, with the same messages as `npm run content:check`.
const { PHASE_PRODUCTION_BUILD } = require("next/constants");
const createNextIntlPlugin = require("next-intl/plugin");
// tsx reads the TypeScript modules, then steps aside: left registered, its hooks and source maps
// would weigh on every module load and stack trace of the production workers (scripts/start.ts).
const { register } = require("tsx/cjs/api");
const unregister = register();
const { parseEnv } = require("./lib/env.ts");
const env = parseEnv();
unregister();

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets several builds of one checkout coexist (parallel test runs); `next start` reads the same.
  distDir: env.NEXT_DIST_DIR,
  // NEXT_OUTPUT=standalone: also a self-contained server (<build>/standalone/server.js), which
  // scripts/build.ts completes with the static files. `npm start` and `next start` serve the build
  // either way (they print that a standalone build is meant for server.js).
  ...(env.NEXT_OUTPUT === "standalone" ? { output: "standalone" } : {}),
  // Files the server reads at run time by path (not by import), so that a standalone server has them.
  outputFileTracingIncludes: {
    "/**": [
      "./content/**/*",
      "./messages/**/*.json",
      "./lib/accounts/common-passwords.txt",
      "./node_modules/world-atlas/countries-10m.json",
    ],
  },
  // The proxy sees the request's URL on the server's own origin (the one Next.js resolves its
  // rewrites against), not on a "localhost" of its own: next-intl's rewrites (/units/x ->
  // /en/units/x, /sr/… -> /sr-Latn/…) then stay inside the server under every HOST, `next start
  // -H 127.0.0.1` included, instead of being proxied out as new requests. (The normalisation this
  // skips is of the pages router's /_next/data URLs; this app has none.)
  skipProxyUrlNormalize: true,
  poweredByHeader: false,
  // Next.js gzips every response itself, the reading pages' HTML included.
  compress: true,
  // The stylesheet goes into the document's <head>: a first visit's first paint waits for no second
  // request (a round trip, and bandwidth shared with the scripts, on a phone's network).
  experimental: { inlineCss: true },
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@node-rs/argon2"],
  typescript: { ignoreBuildErrors: false },
  // d3 and the ICU parser (the catalogue check) ship ES modules only; listing them here also lets
  // next/jest compile them for the unit tests.
  transpilePackages: [
    "d3-geo",
    "d3-array",
    "internmap",
    "@formatjs/icu-messageformat-parser",
    "@formatjs/icu-skeleton-parser",
  ],
  // Every response carries these, under every way of serving (`npm start`, `next start`, `next dev`,
  // a standalone server), including the ones no page code runs for: static files, a 404 for
  // /favicon.ico, prefetches and JSON routes. Pages replace the CSP with their own, which has a nonce
  // (proxy.ts).
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ];
    return [
      {
        source: "/:path*",
        headers: [
          {
            key: "Content-Security-Policy",
            value:
              "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
          },
          ...common,
        ],
      },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }, ...common],
      },
    ];
  },
};

// Interface strings: next-intl reads each request's language and catalogues from this file.
const withNextIntl = createNextIntlPlugin("./lib/http/i18n-request.ts");

module.exports = (phase) => {
  if (phase === PHASE_PRODUCTION_BUILD) {
    const unregisterForChecks = register();
    try {
      const { formatProblems, loadContent } = require("./lib/content/load.ts");
      const { problems } = loadContent();
      if (problems.length > 0) {
        throw new Error(`The content is invalid; the build stops here:\n${formatProblems(problems)}`);
      }
      const { checkCatalogues } = require("./lib/i18n/check.ts");
      const { locales } = require("./lib/i18n/locales.ts");
      const { loadMessages } = require("./lib/i18n/messages.ts");
      const catalogueProblems = checkCatalogues(Object.fromEntries(locales.map((l) => [l, loadMessages(l)])));
      if (catalogueProblems.length > 0) {
        const lines = catalogueProblems.map((p) => `messages/${p.locale}: ${p.key} ${p.message}`).join("\n");
        throw new Error(`The message catalogues are incomplete; the build stops here:\n${lines}`);
      }
    } finally {
      unregisterForChecks();
    }
  }
  return withNextIntl(nextConfig);
};
