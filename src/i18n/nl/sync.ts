import type { SyncErrorReason, SyncWaitReason } from '../../domain/sync/types'

const count = new Intl.NumberFormat('nl-NL')
const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' })
const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short' })

const waiting = (n: number) =>
  n === 1 ? '1 wijziging wacht' : `${count.format(n)} wijzigingen wachten`

/**
 * The team sync state in the header, on every screen (docs/sync-design.md §10). The Samenwerken
 * section's own text is in ./samenwerken.ts, loaded with the section.
 */
export const nlSync = {
  /** The reason shown after "Fout" (header and section), short. */
  reasons: {
    login: 'wachtwoord onjuist of sessie verlopen, log opnieuw in',
    forbidden: 'geen rechten voor dit team',
    unreachable: 'server niet bereikbaar',
    refused: 'de server weigerde gegevens; ze blijven hier bewaard',
    'newer-layout': 'gegevens van een nieuwere versie: werk de app bij',
    'disk-full': 'de opslag van deze browser is vol',
    'encrypted-here': 'deze browser versleutelt, het team nog niet',
    'locked-here': 'ontgrendel eerst de app',
    sealed: 'een versleuteld record van de server is gewijzigd of verplaatst',
  } satisfies Record<SyncErrorReason, string>,
  /** Why sync waits for a key (not an error: nothing is lost, it goes on once opened). */
  waits: {
    unlock: 'ontgrendel de app',
    migrating: 'de versleuteling in deze browser is bezig',
    'team-key': 'open de teamsleutel (Instellingen › Samenwerken)',
    'encrypted-here': 'zet versleuteling voor het team aan (Instellingen › Samenwerken)',
  } satisfies Record<SyncWaitReason, string>,
  status: {
    name: 'Samenwerken',
    connecting: 'Bezig — verbinden',
    busy: 'Bezig',
    downloading: (done: number, total: number, history?: boolean) =>
      `Bezig — ${count.format(done)} van ${count.format(total)} records${history ? ' (geschiedenis)' : ''}`,
    progress: 'Eerste download van het team',
    idle: (at: string) => {
      const date = new Date(at)
      const sameDay = date.toDateString() === new Date().toDateString()
      return `Bijgewerkt ${sameDay ? time.format(date) : `${day.format(date)} ${time.format(date)}`}`
    },
    offline: (n: number) => (n === 0 ? 'Offline' : `Offline — ${waiting(n)}`),
    error: (reason: string) => `Fout — ${reason}`,
    wait: (reason: string) => `Wacht — ${reason}`,
    waiting: (n: number) => `(${waiting(n)})`,
    /** Said once when the kind of state changes, not at every record or exchange. */
    announce: {
      connecting: 'Samenwerken: verbinden.',
      downloading: 'Samenwerken: de gegevens van het team worden opgehaald.',
      history: 'Samenwerken: het bord is compleet; de geschiedenis wordt nog opgehaald.',
      ok: 'Samenwerken: bijgewerkt.',
      offline: 'Samenwerken: offline. De app werkt gewoon door.',
      error: (reason: string) => `Samenwerken: fout — ${reason}.`,
      wait: (reason: string) => `Samenwerken: wacht — ${reason}.`,
    },
  },
}
