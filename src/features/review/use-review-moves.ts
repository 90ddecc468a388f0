import { useCallback, useEffect, useRef } from 'react'
import { moveInReview } from '../../db/review-moves'
import { getReview } from '../../db/review-repo'
import type { Review } from '../../domain/types'
import { forgetPendingMove, rememberPendingMove, type DiscussedStep } from './pending-move'

/** Stores the drafts of the youth on screen; false when they hold it there (invalid, conflict). */
export type Flush = () => Promise<boolean>

interface Plan {
  position: number
  discussed: DiscussedStep[]
}

interface MovesOptions {
  reviewId: string
  /** The review as last read; where a first move starts from. */
  review: Review | undefined
  actor: string
  /** Moved on from the last youth: offer to close the review. */
  onEnd: () => void
  /** A move could not be stored. */
  onFailed: (error: unknown) => void
}

/**
 * The review's moves (Volgende, Overslaan, Vorige and their keys), run one after the other in
 * the order asked for: three quick Alt+Page Down are three youths, never one. Each step stores
 * the drafts of the youth it leaves (a youth held by an invalid field or a pending choice stops
 * it and drops the steps after it), then the besproken mark and the new position together.
 * Until the last step is stored, a pending-move note says where the user was going, so a
 * reload in between still lands there (see pending-move.ts).
 */
export function useReviewMoves({ reviewId, review, actor, onEnd, onFailed }: MovesOptions) {
  const latest = useRef(review)
  const chain = useRef<Promise<void>>(Promise.resolve())
  const plan = useRef<Plan | null>(null)
  const generation = useRef(0)
  const queued = useRef(0)
  const flushes = useRef(new Map<string, Flush>())
  const lastAsked = useRef(0)

  useEffect(() => {
    latest.current = review
  })

  function stop() {
    generation.current++
    plan.current = null
    forgetPendingMove(reviewId)
  }

  /**
   * When this move was asked: its besproken time. Strictly after the one before, so the order
   * of the moves reads back from the stored times even when two keys land in one millisecond.
   */
  function askedAt(): string {
    lastAsked.current = Math.max(Date.now(), lastAsked.current + 1)
    return new Date(lastAsked.current).toISOString()
  }

  async function step(delta: number, discussed: boolean, at: string) {
    const current = await getReview(reviewId)
    const from = current?.status === 'open' ? current.youthIds[current.position] : undefined
    if (!from) return stop()
    const flush = flushes.current.get(from)
    if (flush && !(await flush())) return stop()
    if ((await moveInReview(reviewId, from, delta, discussed, actor, at)) === 'end') {
      stop()
      onEnd()
    }
  }

  function move(delta: number, discussed: boolean) {
    const shown = latest.current
    if (!shown || shown.status !== 'open') return
    const base = plan.current ?? { position: shown.position, discussed: [] }
    const from = shown.youthIds[base.position]
    const position = Math.max(0, Math.min(base.position + delta, shown.youthIds.length - 1))
    const at = askedAt()
    const next = {
      position,
      discussed: discussed && from ? [...base.discussed, { youthId: from, at }] : base.discussed,
    }
    plan.current = next
    const to = shown.youthIds[position]
    if (to) rememberPendingMove({ reviewId, to, discussed: next.discussed })
    const run = generation.current
    queued.current++
    chain.current = chain.current
      .then(() => (run === generation.current ? step(delta, discussed, at) : undefined))
      .catch((error: unknown) => {
        stop()
        onFailed(error)
      })
      .finally(() => {
        queued.current--
        if (queued.current > 0) return
        plan.current = null
        forgetPendingMove(reviewId)
      })
  }

  /** The youth on screen registers how to store its drafts; null when it leaves. */
  const setFlush = useCallback((youthId: string, flush: Flush | null) => {
    if (flush) flushes.current.set(youthId, flush)
    else flushes.current.delete(youthId)
  }, [])

  return { move, setFlush }
}
