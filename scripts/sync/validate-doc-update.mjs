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

  // Per type: the key its id must carry, read from its data (docs/sync-design.md, "Documents").
  function field(name) {
    return function (d) {
      return d[name]
    }
  }
  var KEY_OF = {
    youth: field('id'),
    review: field('id'),
    reportNote: field('id'),
    agreement: field('id'),
    receivedAgreement: field('id'),
    agreementSource: field('issuerKey'),
    exchangeFile: field('key'),
    setting: field('key'),
    keyslot: field('member'),
    reviewItem: function (d) {
      return d.reviewId + ':' + d.youthId
    },
    snapshot: function (d) {
      return d.reviewId + ':' + d.part
    },
    team: function () {
      return 'config'
    },
    audit: null,
  }
  function refuse(what) {
    throw { forbidden: 'malformed: ' + id + ': ' + what }
  }
  if (!Object.prototype.hasOwnProperty.call(KEY_OF, prefix) || key === '') {
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
  // Key slots and the team's configuration are how a member finds and unlocks the team key:
  // they cannot be sealed with it.
  if (hasSealed && (prefix === 'keyslot' || prefix === 'team')) refuse('mag niet versleuteld zijn')
  if (hasSealed) {
    var s = newDoc.sealed
    if (typeof s.k !== 'string' || typeof s.n !== 'string' || typeof s.c !== 'string') {
      refuse('sealed heeft k, n en c nodig (sleutel, nonce, versleutelde inhoud)')
    }
    return
  }
  var data = newDoc.data
  var keyOf = KEY_OF[prefix]
  if (keyOf && keyOf(data) !== key) refuse('de id past niet bij de inhoud (verwacht ' + key + ')')
  if (prefix === 'youth' && typeof data.clientRef !== 'string') refuse('data.clientRef ontbreekt')
  if (prefix === 'audit') {
    if (!Array.isArray(data.lines) || data.lines.length === 0) refuse('data.lines is leeg')
    // audit:<replica>:<first line> holds lines of that one replica (laptop): <replica>.<n>.
    var replica = key.substring(0, key.indexOf(':') === -1 ? key.length : key.indexOf(':'))
    for (var i = 0; i < data.lines.length; i++) {
      var line = data.lines[i]
      if (!line || typeof line.uid !== 'string' || typeof line.at !== 'string') {
        refuse('regel ' + (i + 1) + ' mist uid of at')
      }
      if (line.uid.indexOf(replica + '.') !== 0) {
        refuse('regel ' + (i + 1) + ' hoort niet bij ' + replica + ' (uid ' + line.uid + ')')
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
