/** What `npm run sync:setup` says, in Dutch (default) and English (`--lang en`). */
export const MESSAGES = {
  nl: {
    server: (url, vendor) => `Server ${url} bereikt (${vendor}).`,
    unreachable: (url, reason) =>
      `Server ${url} is niet bereikbaar (${reason}). Controleer het adres en of de server draait.`,
    notAdmin: (name) =>
      `${name} is geen beheerder van deze server (of het wachtwoord klopt niet). ` +
      'De setup heeft een serverbeheerder nodig: --admin naam:wachtwoord.',
    badTeam: (team) =>
      `Teamnaam "${team}" kan niet: gebruik kleine letters, cijfers, - en _, ` +
      'beginnend met een letter, hoogstens 64 tekens.',
    badMember: (value) =>
      `--member "${value}" kan niet: gebruik naam of naam:wachtwoord (de naam zonder dubbele punt).`,
    usersCreated: 'Gebruikersdatabase _users aangemaakt.',
    dbCreated: (team) => `Teamdatabase ${team} aangemaakt.`,
    dbExists: (team) => `Teamdatabase ${team} bestond al: niets gewist.`,
    userCreated: (name) => `Gebruiker ${name} aangemaakt.`,
    userExists: (name) => `Gebruiker ${name} bestond al: wachtwoord niet gewijzigd.`,
    userMissing: (name) =>
      `Let op: gebruiker ${name} bestaat niet op de server. Geef een wachtwoord mee ` +
      `(--member ${name}:wachtwoord) of maak de gebruiker zelf aan.`,
    securitySet: (names) =>
      `Toegang ingesteld: alleen leden (${names.join(', ') || 'nog geen'}) en beheerders, niemand anoniem.`,
    securitySame: 'Toegang was al goed ingesteld: ongewijzigd.',
    designSet: 'Serverregels (validate_doc_update) geplaatst.',
    designSame: 'Serverregels waren al actueel: ongewijzigd.',
    failed: (what, status, reason) => `${what} mislukte: HTTP ${status} ${reason}`.trim(),
    done: (team) => `Klaar: team ${team} is ingericht.`,
    usage:
      'Gebruik: npm run sync:setup -- --url <server> --team <naam> [--admin naam:wachtwoord] ' +
      '[--member naam[:wachtwoord] …] [--lang en]\n' +
      'Zonder --admin worden DSB_ADMIN_USER en DSB_ADMIN_PASSWORD gelezen.',
  },
  en: {
    server: (url, vendor) => `Reached server ${url} (${vendor}).`,
    unreachable: (url, reason) =>
      `Server ${url} cannot be reached (${reason}). Check the address and that the server runs.`,
    notAdmin: (name) =>
      `${name} is not an administrator of this server (or the password is wrong). ` +
      'Setup needs a server administrator: --admin name:password.',
    badTeam: (team) =>
      `Team name "${team}" is not allowed: use lower-case letters, digits, - and _, ` +
      'starting with a letter, at most 64 characters.',
    badMember: (value) =>
      `--member "${value}" is not allowed: use name or name:password (no colon in the name).`,
    usersCreated: 'Created the user database _users.',
    dbCreated: (team) => `Created team database ${team}.`,
    dbExists: (team) => `Team database ${team} already existed: nothing deleted.`,
    userCreated: (name) => `Created user ${name}.`,
    userExists: (name) => `User ${name} already existed: password not changed.`,
    userMissing: (name) =>
      `Note: user ${name} does not exist on the server. Pass a password ` +
      `(--member ${name}:password) or create the user yourself.`,
    securitySet: (names) =>
      `Access set: members only (${names.join(', ') || 'none yet'}) and administrators, nobody anonymous.`,
    securitySame: 'Access was already set correctly: unchanged.',
    designSet: 'Installed the server rules (validate_doc_update).',
    designSame: 'The server rules were already current: unchanged.',
    failed: (what, status, reason) => `${what} failed: HTTP ${status} ${reason}`.trim(),
    done: (team) => `Done: team ${team} is set up.`,
    usage:
      'Usage: npm run sync:setup -- --url <server> --team <name> [--admin name:password] ' +
      '[--member name[:password] …] [--lang en]\n' +
      'Without --admin, DSB_ADMIN_USER and DSB_ADMIN_PASSWORD are read.',
  },
}
