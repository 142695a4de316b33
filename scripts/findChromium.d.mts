export const systemChromiumPaths: string[]
export interface Machine {
  chromiumPath: string | undefined
  exists(path: string): boolean
  systemPaths: string[]
  playwrightChromium: string
  playwrightInstall: string[]
  osRelease: string
  isRoot: boolean
  run(command: string[]): number
  say(line: string): void
}
export function ensureChromium(machine: Machine): { path: string } | { failure: string }
