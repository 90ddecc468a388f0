import type { nlSync } from '../nl/sync'

const count = new Intl.NumberFormat('en-GB')
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' })

const waiting = (n: number) => (n === 1 ? '1 change waiting' : `${count.format(n)} changes waiting`)

export const enSync: typeof nlSync = {
  reasons: {
    login: 'wrong password or session expired, log in again',
    forbidden: 'no access to this team',
    unreachable: 'server not reachable',
    refused: 'the server refused data; it stays stored here',
    'newer-layout': 'data from a newer version: update the app',
    'disk-full': "this browser's storage is full",
    'encrypted-here': 'this browser encrypts, the team does not yet',
    'locked-here': 'unlock the app first',
    sealed: 'an encrypted record from the server was changed or moved',
  },
  waits: {
    unlock: 'unlock the app',
    migrating: 'encryption in this browser is busy',
    'team-key': 'open the team key (Settings › Team sync)',
    'encrypted-here': 'turn on encryption for the team (Settings › Team sync)',
  },
  status: {
    name: 'Team sync',
    connecting: 'Busy — connecting',
    busy: 'Busy',
    downloading: (done: number, total: number, history?: boolean) =>
      `Busy — ${count.format(done)} of ${count.format(total)} records${history ? ' (history)' : ''}`,
    progress: "First download of the team's data",
    idle: (at: string) => {
      const date = new Date(at)
      const sameDay = date.toDateString() === new Date().toDateString()
      return `Up to date ${sameDay ? time.format(date) : `${day.format(date)} ${time.format(date)}`}`
    },
    offline: (n: number) => (n === 0 ? 'Offline' : `Offline — ${waiting(n)}`),
    error: (reason: string) => `Error — ${reason}`,
    wait: (reason: string) => `Waiting — ${reason}`,
    waiting: (n: number) => `(${waiting(n)})`,
    announce: {
      connecting: 'Team sync: connecting.',
      downloading: "Team sync: fetching the team's data.",
      history: "Team sync: the board is complete; the team's history is still being fetched.",
      ok: 'Team sync: up to date.',
      offline: 'Team sync: offline. The app keeps working.',
      error: (reason: string) => `Team sync: error — ${reason}.`,
      wait: (reason: string) => `Team sync: waiting — ${reason}.`,
    },
  },
}
