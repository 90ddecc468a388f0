import { z } from 'zod/mini'

// The Content-Security-Policy forbids eval. zod would otherwise probe `new Function` on its
// first parse; the throw is caught, but Chromium still reports a CSP violation for it.
z.config({ jitless: true })
