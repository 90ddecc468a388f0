import type { ContentReason } from '../../domain/import/content-match'
import type { nlImporter } from '../nl/importer'

const n = (value: number) => new Intl.NumberFormat('en-GB').format(value)
const rows = (value: number) => `${n(value)} ${value === 1 ? 'row' : 'rows'}`
const youths = (value: number) => `${n(value)} ${value === 1 ? 'youth' : 'youths'}`

const CONTENT_REASONS_EN: Record<ContentReason, string> = {
  municipalities: 'all values are municipalities',
  livingArrangements: 'all values are types of residence',
  statuses: 'all values are statuses (red, amber, green)',
  uniqueCodes: 'all values are distinct short codes',
  names: 'all values are first names or initials',
  birthDates: 'all values are birth dates of youths',
  placementDates: 'all values are past dates that fit a placement',
  futureDates: 'most values are dates in the future',
  freeText: 'the values are running text',
}

export const enImporter: typeof nlImporter = {
  title: 'Import',
  intro:
    'Put your existing list (Excel or CSV) on the board in one go. You first see exactly what will happen; nothing is saved until you click "Run import".',
  steps: { file: 'File', mapping: 'Columns', preview: 'Check', done: 'Done' },
  stepOf: (step, total) => `Step ${step} of ${total}`,
  file: 'Spreadsheet (.xlsx or .csv)',
  fileHint:
    'Also .ods (LibreOffice). Title lines and empty lines above the column names are skipped. Client number is required; never use a BSN. The file stays on your computer.',
  reading: 'Reading the file…',
  readFailed: 'This file cannot be read. Choose an .xlsx or .csv file.',
  oldExcel:
    'This is an old Excel file (.xls). Save it in Excel as .xlsx or CSV and choose it again.',
  notText: (name) =>
    `"${name}" is neither a spreadsheet nor a text file: its content cannot be read. Nothing has changed. Open your list in Excel or LibreOffice, save it as .xlsx or .csv and choose that file.`,
  notWorkbookZip: (name) =>
    `"${name}" is a zip file, not a workbook (for example a zipped folder or a Word document). Nothing has changed. Unzip it and choose the list itself, or save the list in Excel or LibreOffice as .xlsx or .csv.`,
  tooLarge: (name, megabytes, limit, packed) =>
    `"${name}" is not opened: unpacked, this workbook would take ${n(megabytes)} MB${packed ? ', packed far more tightly than a list can be' : `, more than the ${n(limit)} MB a list may take here`}. Nothing has changed. Check that this is the right list; if needed save it again in Excel or LibreOffice, or split it into smaller lists.`,
  unpacking: 'Unpacking the workbook…',
  unpacked: (done, total) => `${n(done)} of ${n(total)} MB`,
  empty: 'This file has no rows with data below the column names.',
  sheetFacts: (name, count) => `${name}: ${rows(count)} with data.`,
  csvFacts: (separator, encoding) =>
    `Read as CSV with separator ${separator} and character set ${encoding}.`,
  separators: { ';': 'semicolon (;)', ',': 'comma (,)', '\t': 'tab', '|': 'vertical bar (|)' },
  encodings: {
    'utf-8': 'UTF-8',
    'windows-1252': 'Windows-1252 (ANSI)',
    'utf-16le': 'UTF-16 (Unicode text)',
    'utf-16be': 'UTF-16 (Unicode text)',
  },
  mappingTitle: 'Match columns',
  mappingIntro:
    'For each column of your file, choose the field it belongs to. Columns whose names we recognise for sure are matched already; where in doubt, a suggestion next to the column can be taken over. Change where needed.',
  sheet: 'Sheet',
  sheetOption: (name, count) => `${name} (${rows(count)} filled)`,
  headerRow: 'Row with column names',
  headerRowHint: (row) =>
    `Row ${row} was taken as the row with column names; the lines above it are skipped. Choose another row if that is wrong.`,
  headerRowOption: (row, titles) => `Row ${row}: ${titles}`,
  recognised: (sure, total, suggestions) =>
    `${n(sure)} of ${n(total)} columns recognised by their name` +
    (suggestions === 0
      ? '.'
      : `; ${suggestions === 1 ? '1 suggestion' : `${n(suggestions)} suggestions`} to check.`),
  contentReason: (reason, contradicts) =>
    `${contradicts ? 'Note, the title says otherwise: ' : 'Recognised by content: '}${CONTENT_REASONS_EN[reason]}.`,
  suggestion: (field) => `Suggestion: ${field}`,
  takeSuggestion: 'Take over',
  takeSuggestionFor: (column, field) => `Take over the suggestion for column ${column}: ${field}`,
  rememberedApplied: (date) =>
    `Matched as in your import of ${date} of a list with the same columns.`,
  forget: 'Forget this matching',
  forgotten:
    'The remembered matching was forgotten. The columns were recognised by their names again.',
  remember: 'Remember this matching for lists with the same columns',
  rememberedDone:
    'The matching was remembered: a list with the same columns is matched by itself next time.',
  layoutsTitle: 'Remembered matchings',
  layoutsIntro: 'A list with the same columns as an earlier import is matched as it was then.',
  layoutSaved: (titles, date) => `${titles} (last used ${date})`,
  forgetLayout: (titles) => `Forget matching: ${titles}`,
  column: 'Column in your file',
  examples: 'Examples',
  target: 'Field in Doorstroombord',
  targetFor: (column) => `Field for column ${column}`,
  notImported: 'Do not import',
  groupYouth: 'Youth details',
  groupNotes: 'Explanation per precondition',
  groupActions: 'Action per precondition',
  groupStatuses: 'Status per precondition',
  youthNote: 'Note on the youth',
  noteOf: (precondition) => `Explanation ${precondition}`,
  actionOf: (precondition) => `Action ${precondition}`,
  statusOf: (precondition) => `Status ${precondition}`,
  doubleMapped: (field) => `${field} is matched to more than one column. Choose one column.`,
  clientRefMissing: 'Match a column to Client number: without it no row can be imported.',
  requiredMissing: (fields) =>
    `Not matched yet: ${fields}. New youths need these details; without a column they are skipped.`,
  check: 'Check',
  otherFile: 'Choose another file',
  checking: 'Checking rows',
  saving: 'Saving data',
  progress: (done, total) => `${n(done)} of ${n(total)}`,
  previewTitle: 'Check: this is what will happen',
  unmappedTitle: 'Required data without a column',
  unmappedCost: (field, count) =>
    `${field} is not matched: ${count === 1 ? '1 row' : `${n(count)} rows`} cannot be added because of it.`,
  unmappedFix: 'Go back to the columns to match a column.',
  changesTitle: (count) => `Changes per youth (${n(count)})`,
  changesIntro:
    'Only what changes is saved, each with a line in the history, as with a change made by hand.',
  changesYouth: 'Youth',
  changesWhat: 'What changes',
  changeLine: (field, from, to) => `${field}: ${from} → ${to}`,
  emptyValue: '(empty)',
  showMoreChanges: (count) => `Show ${n(count)} more youths`,
  twiceRows: (ref, rowNumbers) => `${ref} (row ${rowNumbers})`,
  counts: 'Summary',
  toAdd: 'Add',
  toUpdate: 'Update',
  toSkip: 'Skip',
  countYouths: youths,
  countRows: rows,
  skipReasons: {
    problems: (count) => `${rows(count)} with problems (see below)`,
    existsOnBoard: (count) => `${rows(count)} with a client number already on the board`,
    unchanged: (count) => `${rows(count)} without changes`,
    duplicateInFile: (count) => `${rows(count)} with a client number that occurs more than once`,
    undecided: (count) => `${rows(count)} waiting for your choice`,
  },
  onBoardTitle: (count) =>
    count === 1
      ? '1 client number in the file is already on the board'
      : `${n(count)} client numbers in the file are already on the board`,
  onBoardUpdate: 'Update them with the data from the file',
  onBoardSkip: 'Skip: the data on the board stays as it is',
  twiceTitle: (count) =>
    count === 1
      ? '1 client number occurs more than once in the file'
      : `${n(count)} client numbers occur more than once in the file`,
  twiceUpdate: 'Update: the last row with that client number counts',
  twiceSkip: 'Skip: only the first row counts, later rows are skipped',
  listed: (refs, more) => (more > 0 ? `${refs} and ${n(more)} more` : refs),
  chooseFirst: 'First choose what should happen with the duplicate client numbers.',
  otherLinesTitle: (count) =>
    count === 1 ? '1 line that is not a youth' : `${n(count)} lines that are not a youth`,
  otherLinesIntro:
    'These lines are not imported and are no problem: heading rows above a group of youths, totals, signatures and notes.',
  locationFromHeadings:
    'The list has no Location column: every youth gets the location from the heading row above it.',
  otherLineKind: 'Kind',
  otherLineText: 'Text',
  otherLineKinds: { heading: 'Heading row', closing: 'Line after the list', note: 'Note' },
  problemsTitle: (count) => (count === 1 ? '1 problem' : `${n(count)} problems`),
  problemsIntro:
    'Rows with a problem are skipped. Correct them in your file and import it again, or continue without these rows.',
  noProblems: 'No problems found.',
  problemRow: 'Row',
  problemColumn: 'Column',
  problemReason: 'Problem',
  noColumn: (field) => `${field} (no column)`,
  showMore: (count) => `Show ${n(count)} more problems`,
  reasons: {
    required: 'Empty, but this detail is required.',
    invalidDate: (value) => `"${value}" is not a valid date. Use for example 14-03-2009.`,
    unknownMunicipality: (value) =>
      `"${value}" is not a municipality in the CBS list. Use the name or the CBS code (e.g. GM0518).`,
    unknownStatus: (value) =>
      `"${value}" is not a status. Use rood, oranje, groen, onbekend or n.v.t. (or red, amber, green).`,
    unknownOption: (value) => `"${value}" is not in the list of possible values.`,
    dateInFuture: (value) =>
      `"${value}" lies in the future. A date of birth or placement cannot be later than today.`,
    tooLong: (value) => `The text "${value}" is too long.`,
  },
  run: 'Run import',
  back: 'Back to columns',
  nothingToDo: 'There is nothing to add or update.',
  doneTitle: 'Import complete',
  done: (added, updated) => `${youths(added)} added and ${youths(updated)} updated.`,
  doneSkipped: (count) => `${rows(count)} skipped.`,
  toBoard: 'To the board',
  again: 'Import another file',
  failed: 'The import failed. Nothing was saved.',
  quota:
    'The import does not fit in this browser’s storage (disk full). Nothing was saved. Free some space and try again.',
  stale:
    'A youth in the file was changed or added meanwhile (for example in another tab). Nothing was saved; check the file again.',
}
