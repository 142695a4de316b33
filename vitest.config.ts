import { defineConfig } from 'vitest/config'
import { modulePathPlugin } from './scripts/modulePathPlugin.mjs'

export default defineConfig({
  plugins: [modulePathPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
})
