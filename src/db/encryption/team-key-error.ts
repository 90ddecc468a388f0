import type { TeamKeyProblem } from '../../domain/sync/team-keys'

export type { TeamKeyProblem }

export class TeamKeyError extends Error {
  constructor(readonly problem: TeamKeyProblem) {
    super(`Team key: ${problem}`)
    this.name = 'TeamKeyError'
  }
}
