import { defineConfig } from 'vitest/config';

// The same game in Firefox (puppeteer-core over WebDriver BiDi) and WebKit (selenium-webdriver and
// WebKitWebDriver under Xvfb), against its own production build served by `vite preview`.
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.engines.ts'],
    globalSetup: ['tests/engines/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine is small, and each engine brings several processes.
    fileParallelism: false,
  },
});
