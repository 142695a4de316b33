interface PackContext {
  appOutDir: string
  electronPlatformName: string
  arch: number
  packager: { executableName: string; appInfo: { productFilename: string } }
}
export function packagedExecutable(context: PackContext): string
export default function afterPack(context: PackContext): Promise<void>
