// electron-builder's afterPack hook: the fuses are flipped in the packaged executable, before it
// is signed or made into an installer (package.json "build.afterPack").
import { join } from 'node:path'
import { flipStancemarkFuses } from './flipFuses.mjs'

const EXTENSIONS = { darwin: '.app', mas: '.app', win32: '.exe', linux: '' }

/** The Electron executable (or .app) electron-builder has just packaged, as it names it. */
export function packagedExecutable({ appOutDir, electronPlatformName, packager }) {
  const name =
    electronPlatformName === 'linux' ? packager.executableName : packager.appInfo.productFilename
  return join(appOutDir, `${name}${EXTENSIONS[electronPlatformName]}`)
}

/** @param {import('app-builder-lib').AfterPackContext} context */
export default async function afterPack(context) {
  // The app is packed into app.asar with its hash: Electron may then load nothing else.
  const { electronPlatformName, arch } = context
  await flipStancemarkFuses(packagedExecutable(context), {
    asar: true,
    // electron-builder's Arch: arm64 is 3. A build it then signs for real is signed again anyway.
    resign: (electronPlatformName === 'darwin' || electronPlatformName === 'mas') && arch === 3,
  })
}
