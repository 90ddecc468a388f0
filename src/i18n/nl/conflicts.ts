const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' })
const day = new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric' })

/** An edit saved over a newer version (another tab): the choice between both, and notices. */
export const nlConflicts = {
  title: 'Intussen door iemand anders gewijzigd',
  intro:
    'Na het openen is dit elders gewijzigd en opgeslagen. Kies per veld welke versie u bewaart. Wat maar één van beide versies wijzigde, is al samengevoegd.',
  mine: 'Uw versie',
  theirs: (who: string | null, when: string | null) =>
    `Nieuwere versie${who && when ? ` (door ${who} om ${when})` : who ? ` (door ${who})` : ''}`,
  /** A moment in local time: "14:05" today, "14:05 op 22-11-2026" on another day. */
  moment: (at: string) => {
    const date = new Date(at)
    return date.toDateString() === new Date().toDateString()
      ? time.format(date)
      : `${time.format(date)} op ${day.format(date)}`
  },
  empty: '(leeg)',
  saveChoice: 'Keuze opslaan',
  back: 'Terug naar het formulier',
  chooseEach: 'Kies bij elk veld welke versie u bewaart.',
  merged: (who: string | null, fields: string) =>
    `Opgeslagen en samengevoegd met een nieuwere versie van ${who ?? 'iemand anders'}; daaruit behouden: ${fields}.`,
  undoStale: 'Ongedaan maken kan niet meer: het is intussen opnieuw gewijzigd.',
  pending: 'Kies eerst welke versie u bewaart waar iemand anders intussen iets wijzigde.',
  locations: 'Locaties',
  off: 'uit',
  outflow: 'Uitstroom',
}
