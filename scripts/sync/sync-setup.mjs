/**
 * `npm run sync:setup -- --url <server> --team <name> [--admin name:password]
 * [--member name[:password] …] [--lang en]`: see setup.mjs. Exit code 1 with a message on
 * stderr when anything fails; what was already done stays (running again finishes it).
 */
import { parseArgs } from 'node:util'
import { MESSAGES } from './messages.mjs'
import { SetupError, setupTeam } from './setup.mjs'

/** "name:password" → { name, password }; only the first colon splits (passwords may hold one). */
function credentials(value) {
  const colon = value.indexOf(':')
  return colon === -1
    ? { name: value }
    : { name: value.slice(0, colon), password: value.slice(colon + 1) }
}

const OPTIONS = {
  url: { type: 'string' },
  team: { type: 'string' },
  admin: { type: 'string' },
  member: { type: 'string', multiple: true },
  lang: { type: 'string', default: 'nl' },
  help: { type: 'boolean' },
}

export async function main(argv) {
  let values
  try {
    values = parseArgs({ args: argv, options: OPTIONS }).values
  } catch (error) {
    console.error(`${error.message}\n${MESSAGES.nl.usage}`)
    return 2
  }
  const say = MESSAGES[values.lang === 'en' ? 'en' : 'nl']
  const admin = values.admin
    ? credentials(values.admin)
    : { name: process.env.DSB_ADMIN_USER, password: process.env.DSB_ADMIN_PASSWORD }
  if (values.help || !values.url || !values.team || !admin.name || admin.password === undefined) {
    console.error(say.usage)
    return values.help ? 0 : 2
  }
  try {
    const report = await setupTeam({
      url: values.url,
      team: values.team,
      admin,
      members: (values.member ?? []).map(credentials),
      lang: values.lang === 'en' ? 'en' : 'nl',
    })
    for (const line of report) console.log(line)
    return 0
  } catch (error) {
    if (!(error instanceof SetupError)) throw error
    console.error(error.message)
    return 1
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2))
}
