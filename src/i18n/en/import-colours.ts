import type { nlImportColours } from '../nl/import-colours'

const cells = (n: number) => `${n} ${n === 1 ? 'cell' : 'cells'}`

export const enImportColours: typeof nlImportColours = {
  names: {
    red: 'red',
    orange: 'orange',
    yellow: 'yellow',
    green: 'green',
    turquoise: 'turquoise',
    blue: 'blue',
    purple: 'purple',
    pink: 'pink',
    brown: 'brown',
    grey: 'grey',
    black: 'black',
    white: 'white',
  },
  examples: (names: string) => `cell colour: ${names}`,
  legendUsed:
    'The sheet has a legend of colours; the colours in the status columns were read with it.',
  questionsTitle: 'What do these colours mean?',
  questionsIntro:
    'The status columns hold colours that are not red, amber or green and are not in a legend on the sheet. Choose what each colour means.',
  question: (name: string, hex: string, count: number, row: number, column: string) =>
    `This colour (${name}, #${hex}; ${cells(count)}, the first in row ${row}, column ${column}) means: …`,
  legendWord: (word: string) => `The legend on the sheet says for this colour: "${word}".`,
  none: 'no status',
  unanswered: (count: number) =>
    count === 1
      ? 'First choose what the colour in the status columns means.'
      : `First choose what each of the ${count} colours in the status columns means.`,
  reportTitle: 'Statuses from the cell colour',
  fromColour: (column: string, count: number) =>
    `${column}: ${count} ${count === 1 ? 'status' : 'statuses'} from the cell colour`,
  textWinsTitle: (count: number) =>
    `Text goes before colour (${count} ${count === 1 ? 'cell' : 'cells'})`,
  textWins: (row: number, column: string, text: string, colour: string) =>
    `Row ${row}, ${column}: the cell says ${text}, its colour says ${colour}. ${text[0]?.toUpperCase() ?? ''}${text.slice(1)} was taken.`,
}
