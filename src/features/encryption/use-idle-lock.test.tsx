import { act, fireEvent, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useIdleLock } from './use-idle-lock'

function Probe({
  minutes,
  paused,
  onIdle,
}: {
  minutes: number
  paused: boolean
  onIdle: () => void
}) {
  useIdleLock(minutes, paused, onIdle)
  return null
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('locking when idle', () => {
  it('locks after the idle time without keyboard or mouse use, and not before', () => {
    const onIdle = vi.fn()
    render(<Probe minutes={0.1} paused={false} onIdle={onIdle} />)
    act(() => {
      vi.advanceTimersByTime(5_000)
    })
    expect(onIdle).not.toHaveBeenCalled()
    act(() => {
      vi.advanceTimersByTime(1_100)
    })
    expect(onIdle).toHaveBeenCalledOnce()
  })

  it('starts counting again on every key press or mouse movement', () => {
    const onIdle = vi.fn()
    render(<Probe minutes={0.1} paused={false} onIdle={onIdle} />)
    act(() => {
      vi.advanceTimersByTime(5_000)
    })
    fireEvent.keyDown(window, { key: 'a' })
    act(() => {
      vi.advanceTimersByTime(5_000)
    })
    fireEvent.pointerMove(window)
    act(() => {
      vi.advanceTimersByTime(5_000)
    })
    expect(onIdle).not.toHaveBeenCalled()
    act(() => {
      vi.advanceTimersByTime(1_200)
    })
    expect(onIdle).toHaveBeenCalledOnce()
  })

  it('never locks in the middle of re-encrypting', () => {
    const onIdle = vi.fn()
    render(<Probe minutes={0.1} paused onIdle={onIdle} />)
    act(() => {
      vi.advanceTimersByTime(60_000)
    })
    expect(onIdle).not.toHaveBeenCalled()
  })
})
