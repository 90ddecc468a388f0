import type { nlConflicts } from '../nl/conflicts'

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })
const day = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric' })

export const enConflicts: typeof nlConflicts = {
  title: 'Changed by someone else meanwhile',
  intro:
    'Since you opened this, it was changed and saved elsewhere. Choose per field which version to keep. What only one of the versions changed has already been merged.',
  mine: 'Your version',
  theirs: (who: string | null, when: string | null) =>
    `Newer version${who && when ? ` (by ${who} at ${when})` : who ? ` (by ${who})` : ''}`,
  moment: (at: string) => {
    const date = new Date(at)
    return date.toDateString() === new Date().toDateString()
      ? time.format(date)
      : `${time.format(date)} on ${day.format(date)}`
  },
  empty: '(empty)',
  saveChoice: 'Save choice',
  back: 'Back to the form',
  chooseEach: 'Choose for each field which version to keep.',
  merged: (who: string | null, fields: string) =>
    `Saved and merged with a newer version by ${who ?? 'someone else'}; kept from it: ${fields}.`,
  undoStale: 'Cannot undo any more: it has been changed again meanwhile.',
  pending: 'First choose which version to keep where someone else changed something meanwhile.',
  locations: 'Locations',
  off: 'off',
  outflow: 'Outflow',
}
