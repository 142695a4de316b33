/** The Electron executable, when its runtime is installed. */
export function electronBinary(): string | undefined
