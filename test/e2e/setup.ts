import { afterAll } from 'vitest'
import { closeBrowser } from './browser'

// Runs with every test file: the file's shared Chromium (see browser.ts) ends with the file.
afterAll(closeBrowser)
