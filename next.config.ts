import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { codeFingerprint } from './lib/build/code-fingerprint';
import { activePlan } from './lib/build/export-plan';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // Next starts one static-generation worker fewer than there are cores (one on a 2-core machine);
  // rendering the export is most of `next build`, and its main process waits meanwhile, so use them all.
  experimental: { globalNotFound: true, cpus: Math.max(1, availableParallelism()) },
  // Same code, same id: pages that did not change come out byte for byte the same (lib/build/code-fingerprint.ts).
  generateBuildId: () => codeFingerprint(),
  // An incremental export plan means the code is byte for byte the last good build's, which passed
  // this check: checking it again only costs time (10 s). Every other build is checked.
  typescript: { ignoreBuildErrors: activePlan()?.mode === 'incremental' },
};

export default nextConfig;
