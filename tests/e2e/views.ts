import type { Page } from '@playwright/test'

/** The app bar's links to its screens: Articles, Statements, Speakers, Codebook, Analysis. */
export const views = (page: Page) => page.getByRole('navigation', { name: 'Views' })
