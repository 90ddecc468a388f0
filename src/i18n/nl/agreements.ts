/** Afspraken between gemeente and provider: both sides, the afsprakenbestand and Voortgang. */
export const nlAgreements = {
  owners: { gemeente: 'Gemeente/toegang', aanbieder: 'Aanbieder', samen: 'Samen' },
  kinds: { inhoudelijk: 'Inhoudelijk', financieel: 'Financieel' },
  kindNone: 'Niet gekozen',
  status: { open: 'Open', afgerond: 'Afgerond', ingetrokken: 'Ingetrokken' },
  fields: {
    kind: 'Soort',
    response: 'Reactie gemeente',
    clientRefs: 'Cliëntnummers',
    history: 'Geschiedenis',
    issuer: 'Gemeente',
  },
  clientRefsHint:
    'Optioneel: cliëntnummers bij de aanbieder, gescheiden door komma’s; nooit een BSN',
  responseHint: 'Optioneel: het antwoord van de gemeente, bijvoorbeeld op het signaal',
  events: {
    gemaakt: 'gemaakt',
    gewijzigd: 'gewijzigd',
    afgerond: 'afgerond',
    heropend: 'heropend',
    ingetrokken: 'ingetrokken',
  },
  changeFields: {
    text: 'tekst',
    owner: 'eigenaar',
    dueDate: 'streefdatum',
    reasonCode: 'knelpuntcode',
    clientRefs: 'cliëntnummers',
    kind: 'soort',
    response: 'reactie',
  },
  /** "gemaakt in ronde 25-10-2026 door A. de Vries, 26-10-2026 10:00" */
  event: (what: string, ronde: string, by: string, at: string) =>
    `${what} in ronde ${ronde} door ${by || 'onbekend'}, ${at}`,
  eventChanges: (fields: string) => ` (${fields})`,
  withdraw: 'Intrekken',
  withdrawn: 'Afspraak ingetrokken.',
  // Gemeente: sending
  send: 'Afspraken versturen',
  fileName: { prefix: 'Afspraken', ronde: 'ronde' },
  sendTitle: 'Afspraken versturen',
  sendIntro: (ronde: string) =>
    `Per aanbieder één afsprakenbestand met de afspraken zoals ze stonden in de ronde van ${ronde}, met hun geschiedenis. Stuur het bestand naar de aanbieder; die laadt het op de Rapportage.`,
  sendProvider: 'Aanbieder',
  sendAll: 'Alle aanbieders (één bestand per aanbieder)',
  sendCount: (n: number) => (n === 1 ? '1 afspraak' : `${n} afspraken`),
  sendButton: 'Bestand maken',
  sent: (n: number) =>
    n === 1 ? '1 afsprakenbestand gemaakt.' : `${n} afsprakenbestanden gemaakt.`,
  sendNoIssuer:
    'Kies eerst de eigen gemeente of jeugdregio in Instellingen › Gemeente-overzicht: “Alle gemeenten” maakt geen afspraken.',
  sendNothing: 'Er zijn nog geen afspraken met deze aanbieder in of vóór deze ronde.',
  progressTitle: 'Voortgang aanbieder',
  progressNone: 'Ontvangen, nog geen voortgang',
  progressV1: 'Geen voortgang: bestand van versie 1',
  progressNoFile: 'Geen voortgang: niet in een bestand van deze aanbieder voor deze ronde',
  // Provider: loading and the panel
  load: 'Afspraken laden',
  loadHint: 'Een afsprakenbestand (.json) van een gemeente of jeugdregio',
  loaded: (issuer: string, added: number, updated: number) =>
    `Afspraken van ${issuer} geladen: ${added} nieuw, ${updated} bijgewerkt.`,
  loadRefused: 'Het afsprakenbestand is niet geladen. Er is niets veranderd.',
  confirmTitle: 'Is dit bestand voor u?',
  confirmText:
    'Het bestand noemt een andere schrijfwijze van de aanbieder dan dit bord. Controleer of het om uw organisatie gaat.',
  confirmFile: 'Naam in het bestand',
  confirmOwn: 'Naam van dit bord',
  confirmYes: 'Dit zijn wij',
  panelTitle: 'Afspraken met gemeenten',
  panelIntro:
    'Wat gemeenten en jeugdregio’s met u hebben afgesproken. Uw voortgang gaat mee in het volgende uitwisselbestand.',
  panelEmpty:
    'Nog geen afspraken. Kies “Afspraken laden” als een gemeente u een afsprakenbestand heeft gestuurd.',
  fromFile: (issuer: string, ronde: string) => `${issuer}, ronde ${ronde}`,
  overdue: 'streefdatum verstreken',
  notInList: '(niet in uw lijst)',
  progress: 'Voortgang',
  progressStatus: { loopt: 'Loopt', gedaan: 'Gedaan', 'lukt-niet': 'Lukt niet' },
  progressLatest: (status: string, by: string, at: string) =>
    `${status} — ${by || 'onbekend'}, ${at}`,
  progressText: 'Toelichting',
  progressReason: 'Reden',
  progressReasonHint: 'Verplicht bij “lukt niet”',
  progressSaved: 'Voortgang opgeslagen.',
  progressStatusLabel: 'Stand',
  boardMark: 'Open afspraak met gemeente',
  boardMarkShort: 'Afspraak',
  boardMarkCount: (n: number) =>
    n === 1 ? '1 open afspraak met een gemeente' : `${n} open afspraken met gemeenten`,
  reviewTitle: 'Open afspraken met gemeenten',
  dueOn: (date: string) => `streefdatum ${date}`,
}
