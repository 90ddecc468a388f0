export const nlSettings = {
  title: 'Instellingen',
  intro: 'Instellingen gelden voor iedereen die deze browser gebruikt, behalve uw naam en taal.',
  saved: 'Instellingen opgeslagen.',
  unsaved: 'U hebt niet-opgeslagen wijzigingen.',
  general: 'Algemeen',
  providerName: 'Naam zorgaanbieder',
  providerNameHint: 'Staat op rapportages en in bestandsnamen.',
  userName: 'Uw naam',
  userNameHint:
    'Wordt bij uw wijzigingen vastgelegd in de geschiedenis. Alleen in deze browser bewaard.',
  language: 'Taal van de app',
  preconditions: 'Randvoorwaarden',
  preconditionsIntro:
    'Zet randvoorwaarden aan of uit en geef ze eventueel een eigen naam. De geschiedenis blijft bewaard, ook na hernoemen.',
  enabled: (name: string) => `${name} gebruiken`,
  name: 'Naam',
  builtinName: (name: string) => `Standaardnaam: ${name}`,
  criteria: 'Criteria per kleur',
  resetCriteria: 'Standaardcriteria herstellen',
  addPrecondition: 'Randvoorwaarde toevoegen',
  newPreconditionName: 'Naam nieuwe randvoorwaarde',
  rules: 'Regels',
  futurePlanAge: 'Leeftijd vanaf wanneer Toekomstplan 18+ geldt',
  futurePlanAgeHint: 'Daaronder is Toekomstplan 18+ n.v.t. Standaard 16 jaar.',
  reviewCadenceDays: 'Bespreekcyclus in dagen',
  reviewCadenceDaysHint:
    'Een jongere die langer niet besproken is, krijgt het signaal Verouderd. Standaard 35 dagen (maandelijks, met speling).',
  reasonCodes: 'Knelpuntcodes',
  reasonCodesIntro:
    'Codes zijn gegroepeerd per randvoorwaarde; codes zonder groep gelden voor alle randvoorwaarden.',
  code: 'Code',
  label: 'Omschrijving',
  group: 'Groep',
  anyPrecondition: 'Alle randvoorwaarden',
  codeEnabled: (code: string) => `${code} gebruiken`,
  addReasonCode: 'Knelpuntcode toevoegen',
  reporting: 'Rapportage',
  reportPeriodWeeks: 'Lengte van een rapportageperiode in weken',
  reportPeriodWeeksHint:
    'Standaard 6 weken (zeswekelijks). Gebruik 4 of 5 voor een maandelijkse rapportage.',
  reportAnchorDate: 'Startdatum van de eerste periode',
  municipal: 'Gemeente-overzicht',
  municipalIntro:
    'Voor accountmanagers van een gemeente of jeugdregio die de uitwisselbestanden van hun aanbieders combineren.',
  municipalScope: 'Eigen gemeente of jeugdregio',
  municipalScopeHint:
    'Het Gemeente-overzicht opent met deze keuze. Kies "Alle gemeenten" voor alles.',
  rondeRhythm: 'Rondes',
  rondeAnchorDate: 'Datum van een ronde',
  rondeAnchorDateHint:
    'Een datum waarop een ronde valt (een overleg met de aanbieders); de andere rondes liggen ervoor en erna in hetzelfde ritme.',
  rondeWeeks: 'Weken tussen twee rondes',
  rondeWeeksHint: 'Standaard 6 weken.',
  rondeWindowWeeks: 'Bestanden tellen mee tot zoveel weken vóór de ronde',
  rondeWindowWeeksHint:
    'Per aanbieder telt het nieuwste bestand met een peildatum in deze weken. Standaard 6 weken.',
  dailyTariffs: 'Dagtarief per verblijfsvorm',
  dailyTariffsIntro:
    'In euro per dag, bijvoorbeeld 245,50. Met een tarief toont het Gemeente-overzicht wat de dagen verblijf langer dan nodig kosten. Leeg laten: geen bedrag.',
  dailyTariff: (arrangement: string) => `Dagtarief ${arrangement}`,
  hideProviderScreens: 'Alleen het Gemeente-overzicht tonen',
  hideProviderScreensHint:
    'Voor wie alleen voor een gemeente werkt: Bord, Bespreking, Rapportage en Importeren verdwijnen uit het menu en de app opent met het Gemeente-overzicht.',
  errors: {
    outOfRange: 'Deze waarde valt buiten het toegestane bereik.',
    duplicate: 'Deze code bestaat al.',
    codeFormat: 'Gebruik 2 tot 4 hoofdletters, eventueel met streepje en cijfer, zoals WON-5.',
    tariff: (arrangement: string) =>
      `Dagtarief ${arrangement}: vul een bedrag in euro in van 0 of meer, met hoogstens 2 cijfers achter de komma (bijvoorbeeld 245,50).`,
  },
  ranges: {
    futurePlanAge: 'Kies een leeftijd van 12 tot en met 18.',
    reviewCadenceDays: 'Kies 7 tot en met 366 dagen.',
    reportPeriodWeeks: 'Kies 1 tot en met 26 weken.',
    'municipal.rondeWeeks': 'Weken tussen twee rondes: kies 1 tot en met 26 weken.',
    'municipal.rondeWindowWeeks': 'Weken vóór de ronde: kies 1 tot en met 26 weken.',
  },
}
