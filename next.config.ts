import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BODY_BYTES, PROXY_BODY_BUFFER_BYTES } from "./lib/http/limits";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Parallel local test runs build into their own folder (scripts/e2e-local.sh).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // `npm test` type-checks the whole project (tests included) with tsc first; no need to do it twice.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
    // proxy.ts refuses a larger body with a translated 413; it must see enough of it to tell (lib/http/limits.ts).
    proxyClientMaxBodySize: PROXY_BODY_BUFFER_BYTES,
  },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@react-pdf/renderer"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
