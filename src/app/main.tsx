import '../features/security/strict-runtime'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ConnectionBlocked } from '../features/security/connection-blocked'
import { SecurityGate } from '../features/security/security-gate'
import { UpdatePrompt } from '../features/security/update-prompt'
import { loadLanguage, useLanguage } from '../i18n'
import { App } from './app'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('Missing #root element')
const mount = root
// An English user's text is loaded before the first paint, so the UI never flashes Dutch.
void loadLanguage(useLanguage.getState().language).finally(() => {
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
