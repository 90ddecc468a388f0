import type { Destination, LivingArrangement, Measure, Status } from '../types'

/**
 * Words found in providers' own spreadsheets, per value. Matched after normalising (lower case,
 * no accents or punctuation), so "Gesloten jeugdhulp (JeugdzorgPlus)" and "gesloten" both match.
 * This is input vocabulary, not UI text: it stays in the domain and includes English words.
 */
export const STATUS_WORDS: Record<Status, readonly string[]> = {
  rood: ['rood', 'r', 'red', 'knelpunt', 'ontbreekt'],
  oranje: ['oranje', 'o', 'amber', 'orange', 'geel', 'in gang', 'risico'],
  groen: ['groen', 'g', 'green', 'geregeld'],
  onbekend: ['onbekend', '?', 'unknown', 'nog niet beoordeeld', 'grijs', 'grey', 'gray'],
  nvt: [
    'nvt',
    'n v t',
    'n.v.t.',
    'n.v.t',
    'niet van toepassing',
    'na',
    'n a',
    'n/a',
    'not applicable',
  ],
}

export const LIVING_ARRANGEMENT_WORDS: Record<LivingArrangement, readonly string[]> = {
  pleegzorg: ['pleegzorg', 'pleeggezin', 'foster care'],
  gezinshuis: ['gezinshuis', 'gezinshuizen', 'family home'],
  'open-residentieel': ['open residentieel', 'residentieel', 'open groep', 'open'],
  gesloten: [
    'gesloten',
    'gesloten jeugdhulp',
    'jeugdzorgplus',
    'jeugdzorg plus',
    'gesloten jeugdhulp jeugdzorgplus',
    'secure',
  ],
  behandelgroep: ['behandelgroep', 'klinisch', 'behandelgroep klinisch', 'behandeling'],
  kamertraining: [
    'kamertraining',
    'begeleid wonen',
    'kamertraining begeleid wonen',
    'ktc',
    'supported living',
  ],
  crisisopvang: ['crisisopvang', 'crisis', 'crisisplaatsing'],
  overig: ['overig', 'anders', 'other'],
}

export const DESTINATION_WORDS: Record<Destination, readonly string[]> = {
  'thuis-netwerk': ['thuis', 'terug naar huis', 'netwerk', 'terug naar huis netwerk', 'home'],
  pleeggezin: ['pleeggezin', 'pleegzorg'],
  gezinshuis: ['gezinshuis'],
  kamertraining: ['kamertraining', 'begeleid wonen', 'kamertraining begeleid wonen'],
  zelfstandig: [
    'zelfstandig',
    'zelfstandig wonen',
    'zelfstandig wonen met ambulante begeleiding',
    'zelfstandig met ambulante begeleiding',
  ],
  'beschermd-wonen': ['beschermd wonen', 'beschermd wonen wmo', 'bw'],
  wlz: ['wlz', 'wlz instelling'],
  'andere-jeugdhulp': ['andere jeugdhulp', 'andere jeugdhulpinstelling', 'jeugdhulpinstelling'],
  'volwassen-ggz': ['volwassen ggz', 'ggz'],
  onbekend: ['onbekend', 'nog onbekend', 'nog niet bekend', 'unknown'],
}

export const MEASURE_WORDS: Record<Measure, readonly string[]> = {
  geen: ['geen', 'nee', 'vrijwillig', 'none', 'no', '-'],
  ots: ['ots', 'ondertoezichtstelling', 'onder toezicht stelling', 'onder toezichtstelling'],
  voogdij: ['voogdij', 'voogdijmaatregel', 'guardianship'],
  jeugdreclassering: ['jeugdreclassering', 'jr', 'youth probation'],
}
