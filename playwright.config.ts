import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
// The translator's workbench (npm run edit) under test, and its fake machine-translation server on the next port.
const workbenchPort = Number(process.env.WORKBENCH_PORT ?? 4715);
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // No retries: a flaky test fails and gets fixed, it is not hidden.
  retries: 0,
  workers: 2,
  // axe needs several seconds per page on a two-core machine.
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    {
      name: 'workbench',
      testDir: 'tests/e2e-workbench',
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${workbenchPort}`,
        launchOptions: {
          executablePath,
          args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs`,
      env: { PORT: String(port) },
      url: `http://127.0.0.1:${port}/en/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      // A fresh temporary copy of content/ each run (the tests publish into it), so never reused.
      command: `node --conditions=react-server --import tsx tests/e2e-workbench/start-workbench.ts`,
      env: { WORKBENCH_PORT: String(workbenchPort) },
      url: `http://127.0.0.1:${workbenchPort}/assets/workbench.css`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
