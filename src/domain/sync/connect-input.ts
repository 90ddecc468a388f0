/**
 * The Verbinden form's checks. A team is a CouchDB database name, narrowed to what also reads
 * well as a path under /db/ (the same rule as scripts/sync/setup.mjs): a lower-case letter
 * first, then lower-case letters, digits, `_` and `-`, at most 64 characters.
 */
export type TeamNameProblem = 'required' | 'uppercase' | 'firstLetter' | 'characters' | 'tooLong'

export const TEAM_NAME_MAX = 64

export function checkTeamName(team: string): TeamNameProblem | null {
  if (team === '') return 'required'
  if (team.length > TEAM_NAME_MAX) return 'tooLong'
  if (/[A-Z]/.test(team)) return 'uppercase'
  if (!/^[a-z]/.test(team)) return 'firstLetter'
  if (!/^[a-z][a-z0-9_-]*$/.test(team)) return 'characters'
  return null
}

export type UserNameProblem = 'required' | 'colon'

/** CouchDB user names may hold almost anything, but a `:` cannot pass through a login. */
export function checkUserName(name: string): UserNameProblem | null {
  if (name === '') return 'required'
  if (name.includes(':')) return 'colon'
  return null
}

export interface ConnectInput {
  team: string
  username: string
  password: string
}

export interface ConnectProblems {
  team?: TeamNameProblem
  username?: UserNameProblem
  password?: 'required'
}

/** Every problem of the form at once (surrounding spaces of team and user are dropped). */
export function checkConnectInput(input: ConnectInput): ConnectProblems {
  const problems: ConnectProblems = {}
  const team = checkTeamName(input.team.trim())
  const username = checkUserName(input.username.trim())
  if (team) problems.team = team
  if (username) problems.username = username
  if (input.password === '') problems.password = 'required'
  return problems
}
