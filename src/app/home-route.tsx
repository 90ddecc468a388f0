import { Redirect } from 'wouter'
import { BoardPage } from '../features/board/board-page'
import { LoadAgreementsButton } from '../features/received-agreements/load-agreements-button'
import { useSettings } from '../hooks/use-settings'

/**
 * What `/` shows: the board, or — when the provider screens are hidden (Instellingen, for a
 * user who only works for a gemeente) — the Gemeente-overzicht. Nothing during the one
 * settings read, so such a user never sees the board flash by.
 */
export function HomeRoute() {
  const settings = useSettings()
  if (!settings) return null
  if (settings.municipal.hideProviderScreens) {
    return <Redirect to="/gemeente-overzicht" replace />
  }
  return <BoardPage emptyExtra={<LoadAgreementsButton />} />
}
