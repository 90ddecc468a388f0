import { describe, expect, it } from 'vitest'
import { en } from '../../src/i18n/en'
import { nl, type Dictionary } from '../../src/i18n/nl'
import { expectNoAxeViolations, type Session, sessionPerTest } from './browser'

/**
 * axe-core (WCAG 2.1 A and AA) on every screen and the main dialogs, in Dutch and in English:
 * the board empty and with sample data, the youth page, Bespreking (start, session,
 * presentation mode), Rapportage, Importeren, Instellingen.
 */
const s = sessionPerTest()

type Page = Session['page']

async function visible(page: Page, locator: ReturnType<Page['locator']>) {
  await expect.poll(() => locator.count(), { timeout: 15_000 }).toBeGreaterThan(0)
  await locator.first().waitFor({ state: 'visible' })
  return locator.first()
}

/** Opens a dialog with `open`, checks it, then closes it with its cancel or close button. */
async function checkDialog(page: Page, t: Dictionary, label: string, open: () => Promise<void>) {
  await open()
  const dialog = await visible(page, page.getByRole('dialog'))
  await expectNoAxeViolations(page, label)
  const close = dialog.getByRole('button', {
    name: new RegExp(`^(${t.common.cancel}|${t.common.close})$`),
  })
  await close.last().click()
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
}

async function nav(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click()
}

async function tour(page: Page, t: Dictionary, lang: string) {
  const label = (screen: string) => `${lang}: ${screen}`

  // The board, empty, with its two dialogs.
  await visible(page, page.getByRole('heading', { name: t.board.emptyTitle }))
  await expectNoAxeViolations(page, label('empty board'))
  await checkDialog(page, t, label('youth form'), () =>
    page.getByRole('button', { name: t.board.addYouth }).first().click(),
  )
  await checkDialog(page, t, label('legend'), () =>
    page.getByRole('button', { name: t.board.legend }).click(),
  )

  // With sample data.
  await page.getByRole('button', { name: t.board.loadSample }).click()
  await visible(page, page.locator('.board-summary__shown'))
  await expectNoAxeViolations(page, label('board with sample data'))
  await checkDialog(page, t, label('assessment dialog'), () =>
    page
      .getByRole('button', { name: new RegExp(`^${t.preconditions.wonen}: `) })
      .first()
      .click(),
  )

  // A youth page and its outflow dialog.
  await page.getByRole('table').getByRole('link').first().click()
  await visible(page, page.getByRole('heading', { name: t.forms.youthPage.assessments }))
  await expectNoAxeViolations(page, label('youth page'))
  await checkDialog(page, t, label('outflow dialog'), () =>
    page.getByRole('button', { name: t.forms.outflow.submit }).first().click(),
  )

  // Bespreking: start, session, presentation mode, the finish dialog.
  await nav(page, t.nav.review)
  const start = await visible(page, page.getByRole('button', { name: t.review.start }))
  await expectNoAxeViolations(page, label('review start'))
  await start.click()
  await visible(page, page.getByRole('button', { name: t.review.finish }))
  await expectNoAxeViolations(page, label('review session'))
  await page.getByRole('button', { name: t.review.presentation }).click()
  await visible(page, page.getByRole('button', { name: t.review.presentationExit }))
  await expectNoAxeViolations(page, label('review in presentation mode'))
  await page.getByRole('button', { name: t.review.presentationExit }).click()
  await page.getByRole('button', { name: t.review.finish }).click()
  const finish = await visible(page, page.getByRole('dialog'))
  await expectNoAxeViolations(page, label('finish review dialog'))
  await finish.getByRole('button', { name: t.review.finishBack }).click()

  await nav(page, t.nav.report)
  await visible(page, page.getByRole('heading', { level: 1, name: t.report.title }))
  await visible(page, page.getByRole('table'))
  await expectNoAxeViolations(page, label('report'))

  await nav(page, t.nav.import)
  await visible(page, page.getByRole('heading', { level: 1, name: t.importer.title }))
  await expectNoAxeViolations(page, label('import'))

  await nav(page, t.nav.settings)
  await visible(page, page.getByRole('heading', { level: 1, name: t.settings.title }))
  await expectNoAxeViolations(page, label('settings'))
  await checkDialog(page, t, label('restore dialog'), () =>
    page.getByRole('button', { name: t.backup.restore }).click(),
  )
}

describe('accessibility of every screen', () => {
  it('passes axe in Dutch', async () => {
    await s.page.goto('/')
    await tour(s.page, nl, 'nl')
  })

  it('passes axe in English', async () => {
    const { page } = s
    await page.goto('/')
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    await tour(page, en, 'en')
  })

  it('shows the language button in the header with enough contrast', async () => {
    const { page } = s
    await page.goto('/')
    const button = page.getByRole('button', { name: 'English' })
    await button.waitFor()
    const [color, background] = await button.evaluate((el) => [
      getComputedStyle(el).color,
      getComputedStyle(el.closest('header') as Element).backgroundColor,
    ])
    expect(color).toBe('rgb(255, 255, 255)')
    expect(background).not.toBe(color)
    await expectNoAxeViolations(page, 'header')
  })
})
