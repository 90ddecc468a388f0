import { problems, resolves, warmUp } from './lint-snippet'

/**
 * The package rules in eslint.config.js (README, "Architecture"): which layer may use which
 * library, that only src/db reaches the Dexie instance, and that screens load the export writers
 * with import(). A forbidden import must fail lint with the reason; an allowed one must not.
 */
beforeAll(warmUp, 60_000)

const noPolicy = (layer: string, source: string, origin = 'external') =>
  `from elements of type "${layer}" to entities of module with origin "${origin}" and module source "${source}"`

const DEXIE = 'Only src/db talks to Dexie'
const LIVE_QUERIES = 'Live queries (dexie-react-hooks) belong in src/hooks or a feature.'
const INSTANCE = 'Only src/db uses the Dexie instance (db/database); import a repository instead.'
const WRITERS = "Load the export writers with import('…/export/…')"

describe('packages per layer', () => {
  it.each([
    // The domain: no framework, storage or file-format library.
    ['src/domain/x.ts', "import { create } from 'zustand'", noPolicy('domain', 'zustand')],
    [
      'src/domain/x.ts',
      "import { createRoot } from 'react-dom/client'",
      noPolicy('domain', 'react-dom'),
    ],
    ['src/domain/x.ts', "import { useState } from 'react'", noPolicy('domain', 'react')],
    ['src/domain/x.ts', "import ExcelJS from 'exceljs'", noPolicy('domain', 'exceljs')],
    ['src/domain/x.ts', "import { useLocation } from 'wouter'", noPolicy('domain', 'wouter')],
    ['src/domain/x.ts', "import Dexie from 'dexie'", DEXIE],
    [
      'src/domain/x.ts',
      "import { useLiveQuery } from 'dexie-react-hooks'",
      noPolicy('domain', 'dexie-react-hooks'),
    ],
    [
      'src/domain/x.ts',
      "import readXlsx from 'read-excel-file/node'",
      noPolicy('domain', 'read-excel-file'),
    ],
    [
      'src/domain/x.ts',
      "import { readFileSync } from 'node:fs'",
      noPolicy('domain', 'node:fs', 'core'),
    ],
    // A library nobody has placed yet fails by default.
    [
      'src/domain/x.ts',
      "import lib from 'some-new-library'",
      noPolicy('domain', 'some-new-library'),
    ],
    ['src/tables/x.ts', "import { useState } from 'react'", noPolicy('tables', 'react')],
    ['src/tables/x.ts', "import ExcelJS from 'exceljs'", noPolicy('tables', 'exceljs')],
    ['src/tables/x.ts', "import Papa from 'papaparse'", noPolicy('tables', 'papaparse')],
    ['src/i18n/x.ts', "import { useState } from 'react'", noPolicy('i18n', 'react')],
    // db and export: no React.
    ['src/db/x.ts', "import { useState } from 'react'", noPolicy('db', 'react')],
    [
      'src/db/x.ts',
      "import { useLiveQuery } from 'dexie-react-hooks'",
      noPolicy('db', 'dexie-react-hooks'),
    ],
    [
      'src/db/x.ts',
      "import { useReactTable } from '@tanstack/react-table'",
      noPolicy('db', '@tanstack/react-table'),
    ],
    ['src/export/x.ts', "import { useState } from 'react'", noPolicy('export', 'react')],
    ['src/export/x.ts', "import { useLocation } from 'wouter'", noPolicy('export', 'wouter')],
    ['src/export/x.ts', "import Dexie from 'dexie'", DEXIE],
    // Stores and components: no Dexie, no live queries.
    ['src/stores/x.ts', "import { useLiveQuery } from 'dexie-react-hooks'", LIVE_QUERIES],
    ['src/stores/x.ts', "import Dexie from 'dexie'", DEXIE],
    ['src/components/x.tsx', "import { useLiveQuery } from 'dexie-react-hooks'", LIVE_QUERIES],
    ['src/components/x.tsx', "import Dexie from 'dexie'", DEXIE],
    ['src/features/board/x.ts', "import Dexie from 'dexie'", DEXIE],
  ])('%s: refuses %s', async (filePath, code, expected) => {
    expect(await problems(filePath, code)).toEqual([expect.stringContaining(expected)])
  })

  it.each([
    ['src/domain/x.ts', "import { addDays } from 'date-fns'\nimport { z } from 'zod/mini'"],
    [
      'src/domain/x.ts',
      "import { sha256 } from '@noble/hashes/sha2.js'\nimport Papa from 'papaparse'",
    ],
    ['src/tables/x.ts', "import { format } from 'date-fns'"],
    ['src/i18n/x.ts', "import { create } from 'zustand'"],
    ['src/db/x.ts', "import Dexie from 'dexie'\nimport { gcm } from '@noble/ciphers/aes.js'"],
    ['src/export/x.ts', "import ExcelJS from 'exceljs'\nimport Papa from 'papaparse'"],
    [
      'src/stores/x.ts',
      "import { create } from 'zustand'\nimport { persist } from 'zustand/middleware'",
    ],
    ['src/components/x.tsx', "import { useId } from 'react'"],
    ['src/hooks/x.ts', "import { useLiveQuery } from 'dexie-react-hooks'"],
    [
      'src/features/board/x.ts',
      [
        "import { useLiveQuery } from 'dexie-react-hooks'",
        "import { useReactTable } from '@tanstack/react-table'",
        "import { useLocation } from 'wouter'",
      ].join('\n'),
    ],
    ['src/app/x.ts', "import { createRoot } from 'react-dom/client'"],
    // Tests use their own tools and node in any layer.
    ['src/domain/x.test.ts', "import fc from 'fast-check'\nimport { readFileSync } from 'node:fs'"],
  ])('%s: allows %s', async (filePath, code) => {
    expect(resolves(filePath, code)).toBe(true)
    expect(await problems(filePath, code)).toEqual([])
  })
})

describe('the Dexie instance and the export writers', () => {
  it.each([
    ['src/features/board/x.ts', "import { db } from '../../db/database'", INSTANCE],
    ['src/hooks/x.ts', "import { db } from '../db/database'", INSTANCE],
    ['src/app/x.ts', "import { db } from '../db/database'", INSTANCE],
    ['src/features/board/x.ts', "import { writeXlsx } from '../../export/xlsx'", WRITERS],
    ['src/features/board/x.ts', "export { writeCsv } from '../../export/csv'", WRITERS],
    // Only the type inside: the import statement itself stays and loads the module.
    ['src/features/board/x.ts', "import { type PrintSetup } from '../../export/xlsx'", WRITERS],
    ['src/app/x.ts', "import { writeXlsx } from '../export/xlsx'", WRITERS],
  ])('%s: refuses %s', async (filePath, code, expected) => {
    expect(await problems(filePath, code)).toEqual([expect.stringContaining(expected)])
  })

  it.each([
    ['src/features/board/x.ts', "export const load = () => import('../../export/xlsx')"],
    ['src/features/board/x.ts', "import type { PrintSetup } from '../../export/xlsx'"],
    ['src/app/x.ts', "export const load = () => import('../export/csv')"],
    ['src/db/x.ts', "import { db } from './database'"],
    ['src/features/board/x.test.ts', "import { db } from '../../db/database'"],
  ])('%s: allows %s', async (filePath, code) => {
    expect(resolves(filePath, code)).toBe(true)
    expect(await problems(filePath, code)).toEqual([])
  })
})
