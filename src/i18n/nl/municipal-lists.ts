const n = new Intl.NumberFormat('nl-NL')

/** Gemeente-overzicht: the tabs Jongeren, Trend and Afspraken. */
export const nlMunicipalLists = {
  youths: {
    filters: 'Filters jongeren',
    provider: 'Aanbieder',
    municipality: 'Gemeente',
    totalStatus: 'Totaalstatus',
    reasonCode: 'Knelpunt',
    owner: 'Eigenaar',
    ownerNone: 'Niet vastgelegd',
    turning18: '18+ binnenkort (nu 17)',
    overdue: 'Over uitstroomdatum',
    clearFilters: 'Filters wissen',
    count: (total: number) => (total === 1 ? '1 jongere' : `${n.format(total)} jongeren`),
    countShown: (shown: number, total: number) =>
      `${n.format(shown)} van ${n.format(total)} jongeren getoond`,
    tableCaption: 'Jongeren in deze ronde, alle aanbieders',
    sortBy: (column: string) => `Sorteer op ${column}`,
    sortHint:
      'Kies een kolomkop om te sorteren; nog eens kiezen draait de volgorde om, een derde keer zet de standaardvolgorde terug (rood eerst).',
    columns: {
      provider: 'Aanbieder',
      clientRef: 'Cliëntnummer',
      municipality: 'Gemeente',
      age: 'Leeftijd',
      livingArrangement: 'Verblijfsvorm',
      lengthOfStay: 'Verblijfsduur',
      expectedOutflowDate: 'Beoogde uitstroom',
      perspective: 'Perspectief',
      ownPreconditions: 'Eigen randvoorwaarden',
      totalStatus: 'Totaalstatus',
      reasonCodes: 'Knelpunten',
      redSince: 'Rood sinds',
    },
    statusOf: (precondition: string, status: string) => `${precondition}: ${status}`,
    notUsed: 'niet gebruikt',
    daysOver: (days: number) => (days === 1 ? '1 dag over' : `${n.format(days)} dagen over`),
    redSince: (rondes: number) => (rondes === 1 ? '1 ronde' : `${n.format(rondes)} rondes`),
    stayMonths: (m: number) => `${n.format(m)} mnd`,
    stayYears: (y: number) => `${n.format(Math.round(y * 10) / 10)} jaar`,
    stayDays: (d: number) => `${n.format(d)} d`,
    emptyTitle: 'Geen jongeren in deze ronde',
    emptyText:
      'Voor deze ronde en selectie zijn geen jongerenrijen geladen. Kies een andere ronde of selectie, of laad uitwisselbestanden.',
    noMatchTitle: 'Geen jongeren bij deze filters',
    noMatchText: 'Pas de filters aan of wis ze om weer alle jongeren te zien.',
  },
  trend: {
    title: 'Trend',
    intro: (rondes: number) =>
      rondes === 1
        ? 'Totaalstatus van de jongeren in de selectie in deze ronde. De trend groeit met elke volgende ronde.'
        : `Totaalstatus van de jongeren in de selectie over de laatste ${n.format(rondes)} rondes.`,
    empty:
      'Nog geen rondes met bestanden: de trend verschijnt zodra er uitwisselbestanden zijn geladen.',
    combinedTitle: 'Alle aanbieders samen',
    chartLabel: (first: string, last: string, rood: number, groen: number) =>
      `Gestapelde staven per ronde van ${first} tot ${last}. In de laatste ronde ${n.format(rood)} rood en ${n.format(groen)} groen. De tabel eronder geeft alle aantallen.`,
    chartNoFiles: 'n.b.',
    legendTitle: 'Legenda',
    combinedCaption: 'Aantal jongeren per totaalstatus per ronde, alle aanbieders samen',
    ronde: 'Ronde',
    provisional: '(voorlopig)',
    placed: 'Geplaatst',
    providers: 'Aanbieders',
    missing: 'Ontbreekt',
    perProviderTitle: 'Per aanbieder',
    perProviderIntro:
      'Per ronde het aantal jongeren met totaalstatus rood, van het aantal geplaatste jongeren in het bestand. n.b. = geen bestand van deze aanbieder in die ronde.',
    perProviderCaption: 'Rood van geplaatst per aanbieder per ronde',
    provider: 'Aanbieder',
    redOfPlaced: (rood: number, placed: number) => `${n.format(rood)} / ${n.format(placed)}`,
    redOfPlacedLong: (rood: number, placed: number) =>
      `${n.format(rood)} rood van ${n.format(placed)} geplaatst`,
    noFile: 'n.b.',
    noFileLong: 'geen bestand in deze ronde',
  },
  agreements: {
    title: 'Afspraken',
    intro:
      'Wat in het overleg met de aanbieders is afgesproken. Open afspraken gaan mee naar de volgende ronde tot ze zijn afgerond.',
    add: 'Afspraak toevoegen',
    empty: 'Nog geen afspraken in deze ronde.',
    emptyHint: 'Kies "Afspraak toevoegen" om vast te leggen wat is afgesproken.',
    groupCount: (open: number, closed: number) =>
      `${n.format(open)} open, ${n.format(closed)} afgerond`,
    listLabel: (provider: string) => `Afspraken met ${provider}`,
    fields: {
      provider: 'Aanbieder',
      text: 'Afspraak',
      reasonCode: 'Knelpuntcode',
      clientRef: 'Cliëntnummer',
      owner: 'Eigenaar',
      dueDate: 'Streefdatum',
    },
    textHint: 'Wat is afgesproken, zonder namen of BSN.',
    reasonCodeHint: 'Optioneel, bijvoorbeeld WON-2',
    clientRefHint: 'Optioneel: het cliëntnummer bij de aanbieder, nooit een BSN',
    ownerNone: 'Niet vastgelegd',
    status: { open: 'Open', afgerond: 'Afgerond' },
    madeIn: (date: string) => `uit ronde ${date}`,
    closedIn: (date: string) => `afgerond in ronde ${date}`,
    overdue: 'streefdatum verstreken',
    dueOn: (date: string) => `streefdatum ${date}`,
    close: 'Afronden',
    reopen: 'Heropenen',
    edit: 'Bewerken',
    addTitle: 'Afspraak toevoegen',
    editTitle: (provider: string) => `Afspraak met ${provider} bewerken`,
    forRonde: (date: string) => `Wordt vastgelegd in de ronde van ${date}.`,
    added: 'Afspraak toegevoegd.',
    saved: 'Afspraak opgeslagen.',
    closed: 'Afspraak afgerond.',
    reopened: 'Afspraak heropend.',
    stale:
      'Deze afspraak is intussen ergens anders gewijzigd (door iemand anders of in een ander tabblad). Er is niets overschreven. De nieuwste versie wordt nu getoond; kijk die na en probeer het zo nodig opnieuw.',
    staleForm:
      'Deze afspraak is intussen ergens anders gewijzigd. Uw wijziging is niet opgeslagen en er is niets overschreven. De nieuwste versie is ingelezen en hieronder getoond; kies Opslaan om uw tekst er alsnog overheen te zetten, of Annuleren.',
    latestText: 'Nieuwste tekst:',
    gone: 'Deze afspraak bestaat niet meer; ze is ergens anders verwijderd.',
  },
}
