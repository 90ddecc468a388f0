import { keyring } from './keyring'
import { createEncryptionMiddleware } from './middleware'

/** The middleware of the app's database, bound to the app's keyring. */
export const encryptionMiddleware = createEncryptionMiddleware(keyring)
