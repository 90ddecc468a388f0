/** Team sync: fields two laptops changed differently while apart, and duplicate cliëntnummers. */
export const nlSyncConflicts = {
  /** The board row's mark (with an icon; never colour only). */
  mark: 'Conflict',
  markTitle: 'Op twee laptops verschillend gewijzigd: kies op de pagina van de jongere wat blijft.',
  title: 'Conflicten',
  intro:
    'Deze velden zijn op twee laptops verschillend gewijzigd terwijl die niet verbonden waren. Het bord toont voorlopig één van de waarden. Kies per veld welke waarde blijft; de andere blijft te zien in de geschiedenis.',
  keep: 'Welke waarde blijft?',
  value: (who: string, when: string) =>
    who ? `Waarde van ${who} (${when})` : `Waarde van ${when}`,
  deleted: 'Verwijderd op een andere laptop, hier gewijzigd',
  deletedValue: (deleted: boolean): string => (deleted ? 'Verwijderen' : 'Behouden'),
  settingsField: (name: string) => `Instellingen: ${name}`,
  resolved: (field: string) => `Keuze opgeslagen voor ${field}.`,
  stale: 'Dit conflict is intussen al opgelost, hier of op een andere laptop.',
  failed: 'De keuze kon niet worden opgeslagen. Er is niets gewijzigd.',
}
