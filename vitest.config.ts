import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Projects are defined inline: a project entry pointing at another config file ignored its root.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 60_000,
          globalSetup: ['tests/support/compiled-node.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
        },
      },
    ],
  },
});
