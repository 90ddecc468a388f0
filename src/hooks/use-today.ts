import { useEffect, useState } from 'react'
import { todayIso } from '../domain/dates'
import type { IsoDate } from '../domain/types'

/** Today's date, refreshed when the day changes while the app stays open. */
export function useToday(): IsoDate {
  const [today, setToday] = useState(todayIso)
  useEffect(() => {
    const timer = window.setInterval(() => setToday(todayIso()), 60_000)
    return () => window.clearInterval(timer)
  }, [])
  return today
}
