/**
 * Why a team-key action was refused; the screens translate the code. `locked`: the team data
 * key (or this browser's own key) is not open in this tab; `no-slot`: no key slot for this
 * member; `own-passphrase-needed`: a one-time slot must be re-wrapped under an own passphrase;
 * `slot-exists`: the member has a slot already; `own-slot`: a member cannot remove their own;
 * `damaged-slot`: the slot's stored values are not readable.
 */
export type TeamKeyProblem =
  | 'not-encrypted'
  | 'already-encrypted'
  | 'locked'
  | 'no-slot'
  | 'own-passphrase-needed'
  | 'slot-exists'
  | 'own-slot'
  | 'damaged-slot'

export class TeamKeyError extends Error {
  constructor(readonly problem: TeamKeyProblem) {
    super(`Team key: ${problem}`)
    this.name = 'TeamKeyError'
  }
}
