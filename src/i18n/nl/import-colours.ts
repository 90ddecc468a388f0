import type { ColourName } from '../../domain/import/cell-colour'

const cells = (n: number) => `${n} ${n === 1 ? 'cel' : 'cellen'}`

/** Statuses kept as cell colours: the question per colour and the notes in the preview. */
export const nlImportColours = {
  names: {
    red: 'rood',
    orange: 'oranje',
    yellow: 'geel',
    green: 'groen',
    turquoise: 'turquoise',
    blue: 'blauw',
    purple: 'paars',
    pink: 'roze',
    brown: 'bruin',
    grey: 'grijs',
    black: 'zwart',
    white: 'wit',
  } satisfies Record<ColourName, string>,
  /** Shown among a column's examples when its statuses are colours. */
  examples: (names: string) => `celkleur: ${names}`,
  legendUsed:
    'Het blad heeft een legenda met kleuren; de kleuren in de statuskolommen zijn daarmee gelezen.',
  questionsTitle: 'Wat betekenen deze kleuren?',
  questionsIntro:
    'In de statuskolommen staan kleuren die niet rood, oranje of groen zijn en niet in een legenda op het blad staan. Kies per kleur wat ze betekent.',
  question: (name: string, hex: string, count: number, row: number, column: string) =>
    `Deze kleur (${name}, #${hex}; ${cells(count)}, de eerste in rij ${row}, kolom ${column}) betekent: …`,
  legendWord: (word: string) => `In de legenda op het blad staat bij deze kleur: "${word}".`,
  none: 'geen status',
  unanswered: (count: number) =>
    count === 1
      ? 'Kies eerst wat de kleur in de statuskolommen betekent.'
      : `Kies eerst wat elk van de ${count} kleuren in de statuskolommen betekent.`,
  reportTitle: 'Statussen uit de celkleur',
  fromColour: (column: string, count: number) =>
    `${column}: ${count} ${count === 1 ? 'status' : 'statussen'} uit de celkleur`,
  textWinsTitle: (count: number) =>
    `Tekst gaat voor kleur (${count} ${count === 1 ? 'cel' : 'cellen'})`,
  textWins: (row: number, column: string, text: string, colour: string) =>
    `Rij ${row}, ${column}: in de cel staat ${text}, de kleur zegt ${colour}. ${text[0]?.toUpperCase() ?? ''}${text.slice(1)} is genomen.`,
}
