import type { FuseV1Config } from '@electron/fuses'

/** The fuses Stancemark sets: every power it does not use, off. */
export function stancemarkFuses(options?: { asar?: boolean; resign?: boolean }): FuseV1Config
/** Flips Stancemark's fuses in the Electron executable (or .app) at path. */
export function flipStancemarkFuses(
  path: string,
  options?: { asar?: boolean; resign?: boolean },
): Promise<number>
