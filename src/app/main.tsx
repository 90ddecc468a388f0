import './runtime/strict-runtime'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { UpdatePrompt } from '../features/app-update/update-prompt'
import { SecurityGate } from '../features/encryption/security-gate'
import { installTestFaultHook } from '../db/fault-injection'
import { StorageErrorNotices } from '../features/storage/storage-error-notices'
import { loadLanguage, useLanguage } from '../i18n'
import { ConnectionBlocked } from './runtime/connection-blocked'
import { StartupError } from './runtime/startup-error'
// Shared styles, in cascade order. After the encryption feature's CSS, as before (.card still sets
// the lock-screen card's bottom margin); before the app, so a feature's own stylesheet (board.css,
// imported by its page) wins ties with them.
import './tokens.css'
import './styles.css'
import '../components/buttons.css'
import '../components/status.css'
import '../components/forms.css'
import '../components/assessment-fields/assessment-fields.css'
import '../components/dialog.css'
import './notices.css'
import { App } from './app'

// Only when an end-to-end test switched it on: lets it simulate a full disk.
installTestFaultHook()

const root = document.getElementById('root')
if (!root) throw new Error('Missing #root element')
const mount = root
// An English user's text is loaded before the first paint, so the UI never flashes Dutch.
void loadLanguage(useLanguage.getState().language).finally(() => {
  createRoot(mount).render(
    <StrictMode>
      <StorageErrorNotices />
      <SecurityGate failed={(error) => <StartupError error={error} />}>
        <App />
      </SecurityGate>
      <ConnectionBlocked />
      <UpdatePrompt />
    </StrictMode>,
  )
})
