import { problems, resolves, warmUp } from './lint-snippet'

/**
 * The folder rules in eslint.config.js (README, "Architecture"): a wrong import between layers
 * must fail lint, an allowed one must not. The package rules are in boundaries-packages.test.ts.
 */
beforeAll(warmUp, 60_000)

describe('layer boundaries', () => {
  it.each([
    [
      'src/domain/x.ts',
      "import { addYouth } from '../db/youths-repo'",
      '"domain" to elements of type "db"',
    ],
    [
      'src/domain/x.ts',
      "import { BoardPage } from '../features/board/board-page'",
      '"domain" to elements of type "feature"',
    ],
    [
      'src/features/board/x.ts',
      "import { ReportPage } from '../report/report-page'",
      'feature="board" to elements of type "feature" and captured values: feature="report"',
    ],
    [
      'src/export/x.ts',
      "import { ReportPage } from '../features/report/report-page'",
      '"export" to elements of type "feature"',
    ],
    [
      'src/export/x.ts',
      "import { addYouth } from '../db/youths-repo'",
      '"export" to elements of type "db"',
    ],
    [
      'src/components/x.tsx',
      "import { useNotices } from '../stores/notice-store'",
      '"components" to elements of type "stores"',
    ],
    [
      'src/hooks/x.ts',
      "import { usePreferences } from '../stores/preferences-store'",
      '"hooks" to elements of type "stores"',
    ],
    [
      'src/i18n/x.ts',
      "import { usePreferences } from '../stores/preferences-store'",
      '"i18n" to elements of type "stores"',
    ],
    ['src/db/x.ts', "import { useT } from '../i18n'", '"db" to elements of type "i18n"'],
    [
      'src/tables/x.ts',
      "import { addYouth } from '../db/youths-repo'",
      '"tables" to elements of type "db"',
    ],
    [
      'src/tables/x.ts',
      "import { writeCsv } from '../export/csv'",
      '"tables" to elements of type "export"',
    ],
    [
      'src/stores/x.ts',
      "import { addDays } from '../domain/dates'",
      '"stores" to elements of type "domain"',
    ],
    [
      'src/features/board/x.ts',
      "import { App } from '../../app/app'",
      '"feature" and captured values: feature="board" to elements of type "app"',
    ],
    [
      'src/db/x.ts',
      "import { renderWithApp } from '../../test/render'",
      '"db" to file of category "test"',
    ],
    [
      'src/app/x.ts',
      "export const page = () => import('../../test/render')",
      '"app" to file of category "test"',
    ],
  ])('%s: refuses %s', async (filePath, code, expected) => {
    const found = await problems(filePath, code)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^boundaries\/dependencies: There is no policy allowing/)
    expect(found[0]).toContain(expected)
  })

  it.each([
    ['src/domain/report/x.ts', "import { addDays } from '../dates'"],
    ['src/db/x.ts', "import Dexie from 'dexie'\nimport type { Youth } from '../domain/types'"],
    ['src/export/x.ts', "import { nl } from '../i18n'\nimport { addDays } from '../domain/dates'"],
    ['src/i18n/x.ts', "import type { Youth } from '../domain/types'"],
    ['src/tables/x.ts', "import { nl } from '../i18n'\nimport { addDays } from '../domain/dates'"],
    [
      'src/components/x.tsx',
      "import { useT } from '../i18n'\nimport { useToday } from '../hooks/use-today'",
    ],
    ['src/hooks/x.ts', "import { getSettings } from '../db/settings-repo'"],
    ['src/stores/x.ts', "import type { Youth } from '../domain/types'"],
    [
      'src/features/board/x.ts',
      [
        "import { boardRow } from './board-row'",
        "import { addYouth } from '../../db/youths-repo'",
        "import type { PrintSetup } from '../../export/xlsx'",
        "import { Dialog } from '../../components/dialog'",
        "import { useToday } from '../../hooks/use-today'",
        "import { useT } from '../../i18n'",
        "import { useNotices } from '../../stores/notice-store'",
      ].join('\n'),
    ],
    ['src/app/x.ts', "export const page = () => import('../features/report/report-page')"],
    ['src/domain/x.test.ts', "import { db } from '../db/database'\nimport '../../test/render'"],
    ['test/x.ts', "import { ReportPage } from '../src/features/report/report-page'"],
  ])('%s: allows %s', async (filePath, code) => {
    expect(resolves(filePath, code)).toBe(true)
    expect(await problems(filePath, code)).toEqual([])
  })
})
