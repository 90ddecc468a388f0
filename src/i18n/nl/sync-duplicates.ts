/** Samenwerken › Conflicten: a cliëntnummer created on two laptops, merged or renumbered. */
export const nlSyncDuplicates = {
  merge: 'Samenvoegen tot één jongere',
  renumber: 'Nummer wijzigen',
  mergeTitle: (clientRef: string) => `Cliëntnummer ${clientRef} samenvoegen tot één jongere`,
  mergeIntro:
    'Beide jongeren staan hieronder naast elkaar. Wat gelijk is, wordt vanzelf samengevoegd; kies bij elk verschil welke waarde blijft. De geschiedenis van beide blijft bewaard onder de jongere die blijft.',
  compareCaption: 'Beide jongeren naast elkaar',
  field: 'Gegeven',
  here: 'Deze laptop',
  there: 'Andere laptop',
  differs: 'verschilt',
  same: 'gelijk',
  made: (who: string, when: string) =>
    who ? `Aangemaakt door ${who}, ${when}` : `Aangemaakt ${when}`,
  changed: (who: string, when: string) => `Laatst gewijzigd door ${who}, ${when}`,
  status: (name: string) => `${name} (status)`,
  chooseTitle: 'Kies bij elk verschil wat blijft',
  option: (side: string, who: string) => (who ? `${side} (${who})` : side),
  noDifferences: 'Alle gegevens zijn gelijk: er valt niets te kiezen.',
  next: 'Verder',
  confirmTitle: 'Samenvoegen bevestigen',
  confirmText: (clientRef: string) =>
    `Er blijft één jongere met cliëntnummer ${clientRef}. De andere wordt verwijderd, ook op de andere laptops. Dat is niet ongedaan te maken; de gegevens van beide blijven in de geschiedenis.`,
  confirm: 'Samenvoegen',
  back: 'Terug',
  cancel: 'Annuleren',
  merged: (clientRef: string) => `Cliëntnummer ${clientRef} is samengevoegd tot één jongere.`,
  renumberTitle: (clientRef: string) => `Cliëntnummer ${clientRef}: nummer wijzigen`,
  renumberIntro:
    'Geef één van beide jongeren een ander cliëntnummer. Daarna staan ze allebei op het bord, ook op de andere laptops.',
  which: 'Welke jongere krijgt een ander cliëntnummer?',
  whichOption: (side: string, name: string) => (name ? `${side}: ${name}` : side),
  newNumber: 'Nieuw cliëntnummer',
  renumberConfirm: 'Nummer wijzigen',
  renumbered: (clientRef: string) =>
    `Het cliëntnummer is gewijzigd in ${clientRef}. Een ander nummer kiezen kan later op de pagina van de jongere.`,
  stale:
    'Eén van beide jongeren is intussen gewijzigd. Bekijk de verschillen opnieuw en kies nog eens.',
  gone: 'Dit dubbele cliëntnummer is intussen al opgelost, hier of op een andere laptop.',
  failed: 'Dat is niet gelukt. Er is niets gewijzigd.',
}
