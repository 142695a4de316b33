import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { Result } from 'axe-core'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
/**
 * Rules outside those tags that we hold every screen to as well: a visible label the accessible
 * name contains (experimental in axe-core, so off by default), and a level-one heading.
 */
const ALSO = ['label-content-name-mismatch', 'page-has-heading-one']

const failing = (violation: Result) =>
  violation.impact === 'critical' || violation.impact === 'serious' || ALSO.includes(violation.id)

const describe = (violation: Result) =>
  [
    `- ${violation.id} (${violation.impact}): ${violation.help}`,
    ...violation.nodes.map(
      (node) =>
        `    ${node.target.join(' ')}${node.failureSummary ? `\n      ${node.failureSummary.replace(/\n\s*/g, ' ')}` : ''}`,
    ),
  ].join('\n')

/**
 * Runs axe-core on what the page shows and throws, naming the screen, each critical or serious
 * violation and the elements it was found on.
 */
export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .options({ rules: Object.fromEntries(ALSO.map((id) => [id, { enabled: true }])) })
    .withTags(TAGS)
    // The desktop app's window has no second page to finish the run in: run it in the page.
    .setLegacyMode(!page.url().startsWith('http'))
    .analyze()
  const problems = results.violations.filter(failing)
  if (problems.length > 0) {
    throw new Error(
      `axe-core found ${problems.length} accessibility problem(s) on ${screenName}:\n${problems.map(describe).join('\n')}`,
    )
  }
}

/** Names what the page shows, for a failure message: the view, and the dialog open over it. */
export async function screenOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const view = document.querySelector('nav[aria-label="Views"] [aria-current="page"]')
    const dialog = document.querySelector('dialog[open]')
    const name = view?.textContent ?? 'the page'
    return dialog ? `${name} with the “${dialog.getAttribute('aria-label')}” dialog open` : name
  })
}
