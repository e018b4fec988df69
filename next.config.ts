import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

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
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "2mb" } },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@react-pdf/renderer"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
