import { rememberedFrom } from '../domain/import/remembered-layout'
import { readAllData } from './backup-repo'
import { forgetLayout, listRememberedLayouts, rememberLayout } from './import-layouts-repo'

const layout = (title: string, savedAt: string) =>
  rememberedFrom([title, 'Wonen'], [title, 'Wonen'], ['clientRef', 'status:wonen'], null, savedAt)

describe('import layouts repository', () => {
  it('remembers, lists (newest first), replaces by layout and forgets', async () => {
    await rememberLayout(layout('Cliëntnr', '2026-10-01T09:00:00.000Z'))
    await rememberLayout(layout('Dossiernr', '2026-11-01T09:00:00.000Z'))
    await rememberLayout(layout('Cliëntnr', '2026-11-02T09:00:00.000Z'))
    expect((await listRememberedLayouts()).map((l) => [l.titles[0], l.savedAt])).toEqual([
      ['Cliëntnr', '2026-11-02T09:00:00.000Z'],
      ['Dossiernr', '2026-11-01T09:00:00.000Z'],
    ])
    await forgetLayout(layout('Dossiernr', '').layout)
    expect((await listRememberedLayouts()).map((l) => l.titles[0])).toEqual(['Cliëntnr'])
  })

  it('goes into the back-up with the rest of the settings', async () => {
    await rememberLayout(layout('Cliëntnr', '2026-11-02T09:00:00.000Z'))
    const data = await readAllData()
    const titles = (data.settings ?? []).map(
      (r) => (r as { value?: { titles?: string[] } }).value?.titles,
    )
    expect(titles).toContainEqual(['Cliëntnr', 'Wonen'])
  })
})
