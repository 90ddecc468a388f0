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
    'encrypted-here': 'this browser encrypts; team encryption is not available yet',
  },
  status: {
    name: 'Team sync',
    connecting: 'Busy — connecting',
    busy: 'Busy',
    downloading: (done: number, total: number) =>
      `Busy — ${count.format(done)} of ${count.format(total)} records`,
    progress: "First download of the team's data",
    idle: (at: string) => {
      const date = new Date(at)
      const sameDay = date.toDateString() === new Date().toDateString()
      return `Up to date ${sameDay ? time.format(date) : `${day.format(date)} ${time.format(date)}`}`
    },
    offline: (n: number) => (n === 0 ? 'Offline' : `Offline — ${waiting(n)}`),
    error: (reason: string) => `Error — ${reason}`,
    waiting: (n: number) => `(${waiting(n)})`,
    announce: {
      connecting: 'Team sync: connecting.',
      downloading: "Team sync: fetching the team's data.",
      ok: 'Team sync: up to date.',
      offline: 'Team sync: offline. The app keeps working.',
      error: (reason: string) => `Team sync: error — ${reason}.`,
    },
  },
}
