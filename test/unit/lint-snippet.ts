import { ESLint } from 'eslint'
import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * Runs the layer rules in eslint.config.js (README, "Architecture") on small snippets under
 * made-up file names. Only the boundaries rule runs, without type information, so this stays
 * fast.
 */
const root = path.resolve(import.meta.dirname, '../..')
let eslint: ESLint | undefined

/** Loads the config once and lints an empty file, so the first test does not pay for it. */
export async function warmUp() {
  eslint = new ESLint({
    cwd: root,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId.startsWith('boundaries/'),
  })
  await eslint.lintText('', { filePath: 'src/domain/warm-up.ts' })
}

/** The problems lint finds in `code` as if it were the file at `filePath`: "rule: message". */
export async function problems(filePath: string, code: string) {
  if (!eslint) throw new Error('Call warmUp() in beforeAll first.')
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`)
}

/**
 * An import the rule cannot resolve is not checked: make sure the ones a test allows are real
 * files or installed packages, so an allowed case cannot pass by pointing at nothing.
 */
export function resolves(filePath: string, code: string) {
  return [...code.matchAll(/'([^']+)'/g)].every(([, spec = '']) => {
    if (spec.startsWith('node:')) return true
    if (!spec.startsWith('.')) {
      const name = spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1)
      return existsSync(path.join(root, 'node_modules', ...name))
    }
    const target = path.resolve(root, path.dirname(filePath), spec)
    return ['.ts', '.tsx', '/index.ts'].some((end) => existsSync(target + end))
  })
}
