import '../features/security/strict-runtime'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ConnectionBlocked } from '../features/security/connection-blocked'
import { SecurityGate } from '../features/security/security-gate'
import { UpdatePrompt } from '../features/security/update-prompt'
import { loadLanguage } from '../i18n'
import { usePreferences } from '../stores/preferences-store'
// Shared styles, in cascade order. After security.css, as before (.card still sets the lock-screen
// card's bottom margin); before the app, so a feature's own stylesheet (board.css, imported by its
// page) wins ties with them.
import './tokens.css'
import './styles.css'
import '../components/buttons.css'
import '../components/status.css'
import '../components/forms.css'
import '../components/assessment-fields/assessment-fields.css'
import '../components/dialog.css'
import '../components/notices.css'
import { App } from './app'

const root = document.getElementById('root')
if (!root) throw new Error('Missing #root element')
const mount = root
// An English user's text is loaded before the first paint, so the UI never flashes Dutch.
void loadLanguage(usePreferences.getState().language).finally(() => {
  createRoot(mount).render(
    <StrictMode>
      <SecurityGate>
        <App />
      </SecurityGate>
      <ConnectionBlocked />
      <UpdatePrompt />
    </StrictMode>,
  )
})
