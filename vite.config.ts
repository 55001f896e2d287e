import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './tooling/build/csp.ts';
import { lecternContent } from './tooling/build/vite-plugin-content.ts';
import { podiumFile } from './tooling/build/vite-plugin-podium.ts';
import { printModeUrls } from './tooling/build/vite-plugin-urls.ts';
import { SAMPLE_RUN_FILES } from './tests/support/sample-run.ts';
import { SAMPLE } from './tests/support/speech.ts';

// The text is embargoed until the event: the servers answer this machine only.
const host = '127.0.0.1';

export default defineConfig({
  // Self-contained files: each opens from a USB stick with nothing to fetch. Every build writes
  // the whole app (index.html) and the podium file (podium.html) beside it.
  plugins: [react(), lecternContent(), printModeUrls(), viteSingleFile(), contentSecurityPolicy(), podiumFile()],
  server: { host },
  preview: { host },
  build: { target: 'es2022', modulePreload: { polyfill: false } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // Files run side by side with each other and with the unit files: each launches its own
          // Chromium (a fresh profile), serves on a free port and builds into a temporary folder.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The tests that read the shipped content, again with the sample conference as the
          // content (npm run test:sample runs this project alone): they must hold for any speech.
          name: 'sample',
          environment: 'node',
          env: { LECTERN_CONTENT: SAMPLE },
          include: [...SAMPLE_RUN_FILES],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
