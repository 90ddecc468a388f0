/**
 * The team database's `validate_doc_update` (docs/sync-design.md, "What the server checks").
 * CouchDB runs it for every write — a member's, the replicator's, an admin's — and a thrown
 * `{ forbidden }` refuses the write with 403 and that reason; `{ unauthorized }` gives 401.
 *
 * Written in ES5 on purpose: CouchDB 3's JavaScript engine is SpiderMonkey, in some builds
 * 1.8.5, which knows no `let`, arrow functions or template strings. pouchdb-server evaluates the
 * same source in Node. The reasons start with a stable code the app can translate, then Dutch.
 */

function validateDocUpdate(newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || []
  var isAdmin = roles.indexOf('_admin') !== -1
  if (!userCtx.name && !isAdmin) {
    throw { unauthorized: 'login: log in als lid van dit team' }
  }
  // The database's _security already admits members only (CouchDB and pouchdb-server alike);
  // this repeats it where the security object is known. pouchdb-server 4.2 passes an empty one
  // for _bulk_docs, the replicator's path, so an absent members list is not read as "nobody".
  var members = secObj && secObj.members
  if (members && !isAdmin) {
    var isMember = (members.names || []).indexOf(userCtx.name) !== -1
    for (var r = 0; !isMember && r < roles.length; r++) {
      if ((members.roles || []).indexOf(roles[r]) !== -1) isMember = true
    }
    if (!isMember) throw { forbidden: 'not-member: je bent geen lid van dit team' }
  }

  var id = newDoc._id
  if (id.indexOf('_design/') === 0) {
    if (!isAdmin) throw { forbidden: 'design: alleen een beheerder wijzigt de serverregels' }
    return
  }

  var colon = id.indexOf(':')
  var prefix = colon > 0 ? id.substring(0, colon) : ''
  var key = colon > 0 ? id.substring(colon + 1) : ''
  // Audit documents are append-only: never changed, never deleted, not even by an admin
  // (a server restored from a back-up gets them back unchanged from the laptops).
  if (prefix === 'audit' && (oldDoc || newDoc._deleted)) {
    throw { forbidden: 'audit-append-only: een auditregel wordt nooit gewijzigd of verwijderd' }
  }
  if (newDoc._deleted) return

  var KEYED = {
    youth: 'id',
    review: 'id',
    reportNote: 'id',
    agreement: 'id',
    exchangeFile: 'key',
    setting: 'key',
    snapshot: 'reviewId',
    reviewItem: '',
    audit: '',
  }
  function refuse(what) {
    throw { forbidden: 'malformed: ' + id + ': ' + what }
  }
  if (!Object.prototype.hasOwnProperty.call(KEYED, prefix) || key === '') {
    refuse('onbekend soort document (de id begint niet met een bekend type gevolgd door :)')
  }
  if (newDoc.type !== prefix) refuse('type moet "' + prefix + '" zijn')
  if (typeof newDoc.layout !== 'number' || newDoc.layout < 1 || newDoc.layout % 1 !== 0) {
    refuse('layout moet een geheel getal van 1 of meer zijn')
  }
  if (typeof newDoc.by !== 'string' || newDoc.by === '') refuse('by (wie schreef) ontbreekt')
  var hasData = typeof newDoc.data === 'object' && newDoc.data !== null
  var hasSealed = typeof newDoc.sealed === 'object' && newDoc.sealed !== null
  if (hasData === hasSealed) refuse('precies een van data en sealed is nodig')
  if (hasSealed) {
    var s = newDoc.sealed
    if (typeof s.k !== 'string' || typeof s.n !== 'string' || typeof s.c !== 'string') {
      refuse('sealed heeft k, n en c nodig (sleutel, nonce, versleutelde inhoud)')
    }
    return
  }
  var data = newDoc.data
  var field = KEYED[prefix]
  if (field !== '' && data[field] !== key) refuse('data.' + field + ' moet gelijk zijn aan de id')
  if (prefix === 'youth' && typeof data.clientRef !== 'string') refuse('data.clientRef ontbreekt')
  if (prefix === 'reviewItem' && data.reviewId + ':' + data.youthId !== key) {
    refuse('data.reviewId:data.youthId moet gelijk zijn aan de id')
  }
  if (prefix === 'audit') {
    if (!Array.isArray(data.lines) || data.lines.length === 0) refuse('data.lines is leeg')
    for (var i = 0; i < data.lines.length; i++) {
      var line = data.lines[i]
      if (!line || typeof line.uid !== 'string' || typeof line.at !== 'string') {
        refuse('regel ' + (i + 1) + ' mist uid of at')
      }
      if (typeof line.actor !== 'string' || typeof line.kind !== 'string') {
        refuse('regel ' + (i + 1) + ' mist actor of kind')
      }
    }
  }
}

/** The function's source as CouchDB stores it in the design document. */
export const VALIDATE_DOC_UPDATE = validateDocUpdate.toString()

/** Document layout version this server's rules know (docs/sync-design.md). */
export const DOC_LAYOUT = 1

/** The team database's design document, compared as a whole by the setup command. */
export function teamDesignDoc() {
  return {
    _id: '_design/doorstroombord',
    language: 'javascript',
    validate_doc_update: VALIDATE_DOC_UPDATE,
    doorstroombord: { layout: DOC_LAYOUT },
  }
}
