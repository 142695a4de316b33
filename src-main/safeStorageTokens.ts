import { app, safeStorage } from 'electron'
import { StancemarkError } from './shared/errors'
import { TokenFile, type TokenStore } from './notebook/sync/tokenStore'

/**
 * The desktop app's team tokens: sealed by the system's keychain (Electron safeStorage) in a
 * file of the app's own folder (mode 0600), never in the archive.
 */
export function safeStorageTokens(): TokenStore {
  return new TokenFile(app.getPath('userData'), {
    seal: (token) => {
      if (!safeStorage.isEncryptionAvailable())
        throw new StancemarkError(
          'io',
          'This computer offers no safe place for the token (no keychain is available), so it was not kept.',
        )
      return safeStorage.encryptString(token).toString('base64')
    },
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  })
}
