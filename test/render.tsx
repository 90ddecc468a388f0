import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { Notices } from '../src/app/notices'
import { BoardStore } from '../src/db/board-store'
import { db } from '../src/db/database'
import { BoardStoreContext } from '../src/hooks/use-board-data'

/**
 * Renders a screen through the real providers: a fresh board store on the (fake) IndexedDB,
 * an in-memory router and the notices region.
 */
export function renderWithApp(ui: ReactElement, { path = '/' }: { path?: string } = {}) {
  const store = new BoardStore(db)
  const location = memoryLocation({ path, record: true })
  const user = userEvent.setup()
  const result = render(
    <BoardStoreContext.Provider value={store}>
      <Router hook={location.hook}>
        {ui}
        <Notices />
      </Router>
    </BoardStoreContext.Provider>,
  )
  return { ...result, user, store, location }
}
