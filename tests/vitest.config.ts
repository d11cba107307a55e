import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of src/lib, and site tests that share one build (made once in
// globalSetup) between the build-output checks and the Chromium tests.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          testTimeout: 90_000,
          hookTimeout: 240_000,
          // expect.poll waits for what the page does after load (a script that runs late on a busy
          // machine); its default of one second is a timeout that load can reach.
          expect: { poll: { timeout: 30_000, interval: 50 } },
          // Each file serves the shared builds with its own server and Chromium, so files can run
          // side by side (two at a time on a 2-core machine).
          fileParallelism: true,
          // Files share their worker: Playwright and the helpers load once per worker rather than
          // once per file. Safe because no site test mocks a module or changes process state; each
          // file launches and closes its own server and Chromium.
          isolate: false,
          maxWorkers: 2,
        },
      },
    ],
  },
});
