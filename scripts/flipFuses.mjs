// Flips Electron's fuses in a packaged Stancemark, before it is signed:
//   node scripts/flipFuses.mjs <path to the packaged Electron executable or .app> [--asar]
// --asar: the app was packaged into app.asar with an integrity hash (electron-builder, Forge);
// only then may Electron refuse to load anything else.
import fuses from '@electron/fuses'

const { flipFuses, FuseV1Options, FuseVersion } = fuses

/** The fuses Stancemark sets: every power it does not use, off. */
export function stancemarkFuses({ asar = false, resign = false } = {}) {
  return {
    version: FuseVersion.V1,
    // Flipping a fuse breaks an Apple-silicon build's ad-hoc signature: sign it again, ad hoc.
    resetAdHocDarwinSignature: resign,
    // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node for any script.
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS and --inspect would let anyone run code inside the signed app.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: asar,
    [FuseV1Options.OnlyLoadAppFromAsar]: asar,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The page comes from stancemark://app (src-main/appPage.ts), never from file:.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  }
}

/** Flips Stancemark's fuses in the Electron executable (or .app) at path. */
export function flipStancemarkFuses(path, options) {
  return flipFuses(path, stancemarkFuses(options))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
  if (!path) {
    console.error(
      'Usage: node scripts/flipFuses.mjs <packaged Electron executable or .app> [--asar]',
    )
    process.exit(1)
  }
  await flipStancemarkFuses(path, { asar: process.argv.includes('--asar') })
  console.log(`Fuses set in ${path}.`)
}
