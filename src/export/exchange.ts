import { buildExchangeFile, type ExchangeOptions } from '../domain/exchange/build-exchange-file'
import type { ExchangeFile } from '../domain/exchange/exchange-schema-v2'
import { readExchangeFile } from '../domain/exchange/read-exchange-file'
import type { Report } from '../domain/report/build-report'

/** The file's text: UTF-8 JSON, indented so a person can read it too. */
export function serialiseExchangeFile(file: ExchangeFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * The report as the text of an uitwisselbestand. What we publish must pass our own reader:
 * never hand out a file others cannot load.
 */
export function exchangeFileText(report: Report, options: ExchangeOptions): string {
  const text = serialiseExchangeFile(buildExchangeFile(report, options))
  // Checked as a reader would on the day it is made.
  const check = readExchangeFile(text, options.createdAt.slice(0, 10))
  if (!check.ok) throw new Error(check.errors.join(' '))
  return text
}
