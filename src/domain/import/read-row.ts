import { findMunicipality } from '../municipalities'
import {
  DESTINATIONS,
  LIVING_ARRANGEMENTS,
  MEASURES,
  STATUSES,
  type Destination,
  type LivingArrangement,
  type Measure,
  type Status,
} from '../types'
import type { YouthField, YouthInput } from '../youth-input'
import {
  detailTargetParts,
  isDetailTarget,
  isFreeTextTarget,
  isStatusTarget,
  statusTargetId,
} from './auto-map'
import { cellDate, cellText, createWordMatcher } from './cell-values'
import type { ColourMeaningOf } from './colour-statuses'
import type {
  AssessmentDetails,
  CellValue,
  ColumnMapping,
  ImportProblem,
  ImportTarget,
  ReadRow,
  SourceRow,
} from './types'
import {
  DESTINATION_WORDS,
  LIVING_ARRANGEMENT_WORDS,
  MEASURE_WORDS,
  STATUS_WORDS,
} from './vocabulary'

type Words<V extends string> = Partial<Record<V, readonly string[]>>

/** Extra words to recognise, e.g. the labels of the app in every UI language. */
export interface ExtraWords {
  status?: Words<Status>
  livingArrangement?: Words<LivingArrangement>
  perspective?: Words<Destination>
  measure?: Words<Measure>
}

function merged<V extends string>(
  values: readonly V[],
  base: Record<V, readonly string[]>,
  extra: Words<V> | undefined,
): Record<V, readonly string[]> {
  const out = {} as Record<V, readonly string[]>
  for (const v of values) out[v] = [...base[v], ...(extra?.[v] ?? [])]
  return out
}

const DATE_FIELDS = new Set<YouthField>(['birthDate', 'placementDate', 'expectedOutflowDate'])

export interface RowReaderOptions {
  headers: readonly string[]
  mapping: ColumnMapping
  /** Two-digit years are read within 50 years of this date (today). */
  reference: Date
  words?: ExtraWords
  /** What a cell's fill colour means, for status cells without text (colour-statuses.ts). */
  colours?: ColourMeaningOf
}

/** Reads rows of a sheet into youth input strings and statuses, using the column mapping. */
export function createRowReader(options: RowReaderOptions): (row: SourceRow) => ReadRow {
  const { headers, mapping, reference, words, colours } = options
  const status = createWordMatcher(merged(STATUSES, STATUS_WORDS, words?.status))
  const options_ = {
    livingArrangement: createWordMatcher(
      merged(LIVING_ARRANGEMENTS, LIVING_ARRANGEMENT_WORDS, words?.livingArrangement),
    ),
    perspective: createWordMatcher(merged(DESTINATIONS, DESTINATION_WORDS, words?.perspective)),
    measure: createWordMatcher(merged(MEASURES, MEASURE_WORDS, words?.measure)),
  }
  const municipalities = new Map<string, string>()
  const municipality = (text: string): string => {
    let code = municipalities.get(text)
    if (code === undefined) {
      code = findMunicipality(text)?.code ?? text
      if (municipalities.size < 10_000) municipalities.set(text, code)
    }
    return code
  }
  const columns = mapping.flatMap((target, index) =>
    target === null || isFreeTextTarget(target) || isDetailTarget(target)
      ? []
      : [{ target: target, index }],
  )
  // Free text may come from several columns; each then keeps its title ("Acties: …").
  const freeText = new Map<ImportTarget, number[]>()
  mapping.forEach((target, index) => {
    if (target !== null && isFreeTextTarget(target)) {
      freeText.set(target, [...(freeText.get(target) ?? []), index])
    }
  })
  const joinText = (row: SourceRow, indexes: readonly number[]): string => {
    if (indexes.length === 1) return cellText(row.cells[indexes[0] ?? -1])
    const lines: string[] = []
    for (const index of indexes) {
      const text = cellText(row.cells[index])
      if (text !== '') lines.push(`${headers[index] ?? ''}: ${text}`)
    }
    return lines.join('\n')
  }

  return (row) => {
    const fields: Partial<YouthInput> = {}
    const statuses: Record<string, Status> = {}
    const problems: ImportProblem[] = []
    const problem = (index: number, p: Pick<ImportProblem, 'target' | 'code' | 'value'>) =>
      problems.push({ rowNumber: row.rowNumber, column: headers[index] ?? null, ...p })

    for (const { target, index } of columns) {
      const cell: CellValue = row.cells[index] ?? null
      const text = cellText(cell)
      if (isStatusTarget(target)) {
        // Text wins over the cell's colour; a colour alone is the status.
        if (text === '') {
          const fill = row.fills?.[index]
          const meaning = fill && colours ? colours(fill) : undefined
          if (meaning && meaning !== 'none') statuses[statusTargetId(target)] = meaning
          continue
        }
        const found = text === '?' ? 'onbekend' : status(text)
        if (found) statuses[statusTargetId(target)] = found
        else problem(index, { target, code: 'unknownStatus', value: text })
      } else if (DATE_FIELDS.has(target)) {
        fields[target] = cellDate(cell, reference) ?? text
      } else if (target === 'municipalityCode') {
        fields[target] = municipality(text)
      } else if (
        target === 'livingArrangement' ||
        target === 'perspective' ||
        target === 'measure'
      ) {
        // An empty maatregel means none; an unknown word is reported, never guessed.
        const found = text === '' || text === '-' ? '' : options_[target](text)
        if (found === undefined) problem(index, { target, code: 'unknownOption', value: text })
        fields[target] = found ?? ''
        if (target === 'measure' && fields.measure === '') fields.measure = 'geen'
      } else {
        fields[target] = text
      }
    }
    let details: Record<string, AssessmentDetails> | undefined
    for (const [target, indexes] of freeText) {
      const text = joinText(row, indexes)
      if (target === 'note') fields.note = text
      else if (isDetailTarget(target)) {
        const { kind, preconditionId } = detailTargetParts(target)
        details ??= {}
        details[preconditionId] = { ...details[preconditionId], [kind]: text }
      }
    }
    return {
      rowNumber: row.rowNumber,
      clientRef: fields.clientRef ?? '',
      fields,
      statuses,
      ...(details ? { details } : {}),
      problems,
    }
  }
}
