import { defineConfig } from 'vitest/config';

// Unit tests only: the pure core and the tools, in Node. Browser tests have their own config.
export default defineConfig({
  // @xapi/cmi5 names only a `module` (and a `browser`) entry, which Node's resolution skips.
  ssr: { resolve: { mainFields: ['module'] } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/scenarios/**/*.test.ts'],
    environment: 'node',
    // Some tests compile and explore whole stories; a loaded machine must not turn that into a failure.
    testTimeout: 30_000,
  },
});
