import { a as e, i as t, n, r, t as i } from "./sync-page-Byt1zs_2.js";
// node_modules/pouchdb-adapter-indexeddb/node_modules/pouchdb-binary-utils/lib/index-browser.es.js
var a = function(e) {
	return atob(e);
}, o = function(e) {
	return btoa(e);
};
function s(e, t) {
	e ||= [], t ||= {};
	try {
		return new Blob(e, t);
	} catch (i) {
		if (i.name !== "TypeError") throw i;
		for (var n = new (typeof BlobBuilder < "u" ? BlobBuilder : typeof MSBlobBuilder < "u" ? MSBlobBuilder : typeof MozBlobBuilder < "u" ? MozBlobBuilder : WebKitBlobBuilder)(), r = 0; r < e.length; r += 1) n.append(e[r]);
		return n.getBlob(t.type);
	}
}
function c(e) {
	for (var t = e.length, n = new ArrayBuffer(t), r = new Uint8Array(n), i = 0; i < t; i++) r[i] = e.charCodeAt(i);
	return n;
}
function l(e, t) {
	return s([c(e)], { type: t });
}
function u(e, t) {
	return l(a(e), t);
}
function d(e) {
	for (var t = "", n = new Uint8Array(e), r = n.byteLength, i = 0; i < r; i++) t += String.fromCharCode(n[i]);
	return t;
}
function f(e, t) {
	var n = new FileReader(), r = typeof n.readAsBinaryString == "function";
	n.onloadend = function(e) {
		var n = e.target.result || "";
		if (r) return t(n);
		t(d(n));
	}, r ? n.readAsBinaryString(e) : n.readAsArrayBuffer(e);
}
function p(e, t) {
	f(e, function(e) {
		t(e);
	});
}
function m(e, t) {
	p(e, function(e) {
		t(o(e));
	});
}
function h(e, t) {
	var n = new FileReader();
	n.onloadend = function(e) {
		t(e.target.result || /* @__PURE__ */ new ArrayBuffer(0));
	}, n.readAsArrayBuffer(e);
}
// node_modules/pouchdb-adapter-indexeddb/node_modules/pouchdb-errors/lib/index.es.js
var g = class extends Error {
	constructor(e, t, n) {
		super(), this.status = e, this.name = t, this.message = n, this.error = !0;
	}
	toString() {
		return JSON.stringify({
			status: this.status,
			name: this.name,
			message: this.message,
			reason: this.reason
		});
	}
};
new g(401, "unauthorized", "Name or password is incorrect."), new g(400, "bad_request", "Missing JSON list of 'docs'");
var _ = new g(404, "not_found", "missing"), v = new g(409, "conflict", "Document update conflict"), y = new g(400, "bad_request", "_id field must contain a string"), b = new g(412, "missing_id", "_id is required for puts"), x = new g(400, "bad_request", "Only reserved document ids may start with underscore.");
new g(412, "precondition_failed", "Database not open");
var ee = new g(500, "unknown_error", "Database encountered an unknown error"), te = new g(500, "badarg", "Some query argument is invalid");
new g(400, "invalid_request", "Request was invalid"), new g(400, "query_parse_error", "Some query parameter is invalid");
var S = new g(500, "doc_validation", "Bad special document member"), C = new g(400, "bad_request", "Something wrong with the request");
new g(400, "bad_request", "Document must be a JSON object"), new g(404, "not_found", "Database not found");
var w = new g(500, "indexed_db_went_bad", "unknown");
new g(500, "web_sql_went_bad", "unknown"), new g(500, "levelDB_went_went_bad", "unknown"), new g(403, "forbidden", "Forbidden by design doc validate_doc_update function");
var T = new g(400, "bad_request", "Invalid rev format");
new g(412, "file_exists", "The database could not be created, the file already exists.");
var ne = new g(412, "missing_stub", "A pre-existing attachment stub wasn't found");
new g(413, "invalid_url", "Provided URL is invalid");
function E(e, t) {
	function n(t) {
		for (var n = Object.getOwnPropertyNames(e), r = 0, i = n.length; r < i; r++) typeof e[n[r]] != "function" && (this[n[r]] = e[n[r]]);
		this.stack === void 0 && (this.stack = (/* @__PURE__ */ Error()).stack), t !== void 0 && (this.reason = t);
	}
	return n.prototype = g.prototype, new n(t);
}
// node_modules/pouchdb-adapter-indexeddb/node_modules/pouchdb-md5/lib/index-browser.es.js
var D = /* @__PURE__ */ e(n()), O = /* @__PURE__ */ e(t()), k = self.setImmediate || self.setTimeout, A = 32768;
function re(e) {
	return o(e);
}
function ie(e, t, n, r, i) {
	(n > 0 || r < t.size) && (t = t.slice(n, r)), h(t, function(t) {
		e.append(t), i();
	});
}
function ae(e, t, n, r, i) {
	(n > 0 || r < t.length) && (t = t.substring(n, r)), e.appendBinary(t), i();
}
function oe(e, t) {
	var n = typeof e == "string", r = n ? e.length : e.size, i = Math.min(A, r), a = Math.ceil(r / i), o = 0, s = n ? new O.default() : new O.default.ArrayBuffer(), c = n ? ae : ie;
	function l() {
		k(d);
	}
	function u() {
		t(re(s.end(!0))), s.destroy();
	}
	function d() {
		var t = o * i, n = t + i;
		o++, o < a ? c(s, e, t, n, l) : c(s, e, t, n, u);
	}
	d();
}
function se(e) {
	return O.default.hash(e);
}
// node_modules/pouchdb-adapter-indexeddb/node_modules/pouchdb-utils/lib/index-browser.es.js
function ce(e) {
	return typeof ArrayBuffer < "u" && e instanceof ArrayBuffer || typeof Blob < "u" && e instanceof Blob;
}
function le(e) {
	return e instanceof ArrayBuffer ? e.slice(0) : e.slice(0, e.size, e.type);
}
var ue = Function.prototype.toString, de = ue.call(Object);
function fe(e) {
	var t = Object.getPrototypeOf(e);
	/* istanbul ignore if */
	if (t === null) return !0;
	var n = t.constructor;
	return typeof n == "function" && n instanceof n && ue.call(n) == de;
}
function j(e) {
	var t, n, r;
	if (!e || typeof e != "object") return e;
	if (Array.isArray(e)) {
		for (t = [], n = 0, r = e.length; n < r; n++) t[n] = j(e[n]);
		return t;
	}
	if (e instanceof Date && isFinite(e)) return e.toISOString();
	if (ce(e)) return le(e);
	if (!fe(e)) return e;
	for (n in t = {}, e)
 /* istanbul ignore else */
	if (Object.prototype.hasOwnProperty.call(e, n)) {
		var i = j(e[n]);
		i !== void 0 && (t[n] = i);
	}
	return t;
}
function pe(e, t) {
	for (var n = {}, r = 0, i = t.length; r < i; r++) {
		var a = t[r];
		a in e && (n[a] = e[a]);
	}
	return n;
}
var M;
try {
	localStorage.setItem("_pouch_check_localstorage", 1), M = !!localStorage.getItem("_pouch_check_localstorage");
} catch {
	M = !1;
}
function N() {
	return M;
}
var me = typeof queueMicrotask == "function" ? queueMicrotask : function(e) {
	Promise.resolve().then(e);
}, he = class extends D.default {
	constructor() {
		super(), this._listeners = {}, N() && addEventListener("storage", (e) => {
			this.emit(e.key);
		});
	}
	addListener(e, t, n, r) {
		if (this._listeners[t]) return;
		var i = !1, a = this;
		function o() {
			if (!a._listeners[t]) return;
			if (i) {
				i = "waiting";
				return;
			}
			i = !0;
			var e = pe(r, [
				"style",
				"include_docs",
				"attachments",
				"conflicts",
				"filter",
				"doc_ids",
				"view",
				"since",
				"query_params",
				"binary",
				"return_docs"
			]);
			function s() {
				i = !1;
			}
			n.changes(e).on("change", function(e) {
				e.seq > r.since && !r.cancelled && (r.since = e.seq, r.onChange(e));
			}).on("complete", function() {
				i === "waiting" && me(o), i = !1;
			}).on("error", s);
		}
		this._listeners[t] = o, this.on(e, o);
	}
	removeListener(e, t) {
		t in this._listeners && (super.removeListener(e, this._listeners[t]), delete this._listeners[t]);
	}
	notifyLocalWindows(e) {
		N() && (localStorage[e] = localStorage[e] === "a" ? "b" : "a");
	}
	notify(e) {
		this.emit(e), this.notifyLocalWindows(e);
	}
};
function ge(e, t, n) {
	try {
		return !e(t, n);
	} catch (e) {
		return E(C, "Filter function threw: " + e.toString());
	}
}
function _e(e) {
	var t = {}, n = e.filter && typeof e.filter == "function";
	return t.query = e.query_params, function(r) {
		r.doc ||= {};
		var i = n && ge(e.filter, r.doc, t);
		if (typeof i == "object") return i;
		if (i) return !1;
		if (!e.include_docs) delete r.doc;
		else if (!e.attachments) for (var a in r.doc._attachments)
 /* istanbul ignore else */
		Object.prototype.hasOwnProperty.call(r.doc._attachments, a) && (r.doc._attachments[a].stub = !0);
		return !0;
	};
}
/* istanbul ignore next */
function ve() {}
ve.name;
function ye(e) {
	var t;
	if (e ? typeof e == "string" ? /^_/.test(e) && !/^_(design|local)/.test(e) && (t = E(x)) : t = E(y) : t = E(b), t) throw t;
}
function be(e, t) {
	if (!t) return r().replace(/-/g, "").toLowerCase();
	var n = Object.assign({}, e);
	return delete n._rev_tree, se(JSON.stringify(n));
}
var P = r;
// node_modules/pouchdb-adapter-indexeddb/node_modules/pouchdb-merge/lib/index.es.js
function F(e) {
	for (var t, n, r, i = e.rev_tree.slice(), a; a = i.pop();) {
		var o = a.ids, s = o[2], c = a.pos;
		if (s.length) for (var l = 0, u = s.length; l < u; l++) i.push({
			pos: c + 1,
			ids: s[l]
		});
		else {
			var d = !!o[1].deleted, f = o[0];
			(!t || (r === d ? n === c ? t < f : n < c : r)) && (t = f, n = c, r = d);
		}
	}
	return n + "-" + t;
}
function I(e, t) {
	for (var n = e.slice(), r; r = n.pop();) for (var i = r.pos, a = r.ids, o = a[2], s = t(o.length === 0, i, a[0], r.ctx, a[1]), c = 0, l = o.length; c < l; c++) n.push({
		pos: i + 1,
		ids: o[c],
		ctx: s
	});
}
function xe(e, t) {
	return e.pos - t.pos;
}
function Se(e) {
	var t = [];
	I(e, function(e, n, r, i, a) {
		e && t.push({
			rev: n + "-" + r,
			pos: n,
			opts: a
		});
	}), t.sort(xe).reverse();
	for (var n = 0, r = t.length; n < r; n++) delete t[n].pos;
	return t;
}
function Ce(e) {
	for (var t = F(e), n = Se(e.rev_tree), r = [], i = 0, a = n.length; i < a; i++) {
		var o = n[i];
		o.rev !== t && !o.opts.deleted && r.push(o.rev);
	}
	return r;
}
function we(e) {
	var t = [];
	return I(e.rev_tree, function(e, n, r, i, a) {
		a.status === "available" && !e && (t.push(n + "-" + r), a.status = "missing");
	}), t;
}
function Te(e) {
	for (var t = [], n = e.slice(), r; r = n.pop();) {
		var i = r.pos, a = r.ids, o = a[0], s = a[1], c = a[2], l = c.length === 0, u = r.history ? r.history.slice() : [];
		u.push({
			id: o,
			opts: s
		}), l && t.push({
			pos: i + 1 - u.length,
			ids: u
		});
		for (var d = 0, f = c.length; d < f; d++) n.push({
			pos: i + 1,
			ids: c[d],
			history: u
		});
	}
	return t.reverse();
}
function Ee(e, t) {
	return e.pos - t.pos;
}
function De(e, t, n) {
	for (var r = 0, i = e.length, a; r < i;) a = r + i >>> 1, n(e[a], t) < 0 ? r = a + 1 : i = a;
	return r;
}
function Oe(e, t, n) {
	var r = De(e, t, n);
	e.splice(r, 0, t);
}
function L(e, t) {
	for (var n, r, i = t, a = e.length; i < a; i++) {
		var o = e[i], s = [
			o.id,
			o.opts,
			[]
		];
		r ? (r[2].push(s), r = s) : n = r = s;
	}
	return n;
}
function ke(e, t) {
	return e[0] < t[0] ? -1 : 1;
}
function R(e, t) {
	for (var n = [{
		tree1: e,
		tree2: t
	}], r = !1; n.length > 0;) {
		var i = n.pop(), a = i.tree1, o = i.tree2;
		(a[1].status || o[1].status) && (a[1].status = a[1].status === "available" || o[1].status === "available" ? "available" : "missing");
		for (var s = 0; s < o[2].length; s++) if (!a[2][0]) r = "new_leaf", a[2][0] = o[2][s];
		else {
			for (var c = !1, l = 0; l < a[2].length; l++) a[2][l][0] === o[2][s][0] && (n.push({
				tree1: a[2][l],
				tree2: o[2][s]
			}), c = !0);
			c || (r = "new_branch", Oe(a[2], o[2][s], ke));
		}
	}
	return {
		conflicts: r,
		tree: e
	};
}
function z(e, t, n) {
	var r = [], i = !1, a = !1, o;
	if (!e.length) return {
		tree: [t],
		conflicts: "new_leaf"
	};
	for (var s = 0, c = e.length; s < c; s++) {
		var l = e[s];
		if (l.pos === t.pos && l.ids[0] === t.ids[0]) o = R(l.ids, t.ids), r.push({
			pos: l.pos,
			ids: o.tree
		}), i ||= o.conflicts, a = !0;
		else if (n !== !0) {
			var u = l.pos < t.pos ? l : t, d = l.pos < t.pos ? t : l, f = d.pos - u.pos, p = [], m = [];
			for (m.push({
				ids: u.ids,
				diff: f,
				parent: null,
				parentIdx: null
			}); m.length > 0;) {
				var h = m.pop();
				if (h.diff === 0) h.ids[0] === d.ids[0] && p.push(h);
				else for (var g = h.ids[2], _ = 0, v = g.length; _ < v; _++) m.push({
					ids: g[_],
					diff: h.diff - 1,
					parent: h.ids,
					parentIdx: _
				});
			}
			var y = p[0];
			y ? (o = R(y.ids, d.ids), y.parent[2][y.parentIdx] = o.tree, r.push({
				pos: u.pos,
				ids: u.ids
			}), i ||= o.conflicts, a = !0) : r.push(l);
		} else r.push(l);
	}
	return a || r.push(t), r.sort(Ee), {
		tree: r,
		conflicts: i || "internal_node"
	};
}
function Ae(e, t) {
	for (var n = Te(e), r, i, a = 0, o = n.length; a < o; a++) {
		var s = n[a], c = s.ids, l;
		if (c.length > t) {
			r ||= {};
			var u = c.length - t;
			l = {
				pos: s.pos + u,
				ids: L(c, u)
			};
			for (var d = 0; d < u; d++) {
				var f = s.pos + d + "-" + c[d].id;
				r[f] = !0;
			}
		} else l = {
			pos: s.pos,
			ids: L(c, 0)
		};
		i = i ? z(i, l, !0).tree : [l];
	}
	return r && I(i, function(e, t, n) {
		delete r[t + "-" + n];
	}), {
		tree: i,
		revs: r ? Object.keys(r) : []
	};
}
function B(e, t, n) {
	var r = z(e, t), i = Ae(r.tree, n);
	return {
		tree: i.tree,
		stemmedRevs: i.revs,
		conflicts: r.conflicts
	};
}
function je(e, t) {
	return e.flatMap((e) => (e = Me(e, t), e ? [e] : []));
}
function Me(e, t) {
	let n = j(e), r = [n], i;
	for (; i = r.pop();) {
		let { pos: e, ids: [a, , o], parent: s } = i, c = o.length === 0, l = `${e}-${a}`;
		if (c && l === t) return s ? (s.ids[2] = s.ids[2].filter(function(e) {
			return e[0] !== a;
		}), n) : null;
		for (let t = 0, n = o.length; t < n; t++) r.push({
			pos: e + 1,
			ids: o[t],
			parent: i
		});
	}
	return n;
}
function V(e) {
	return typeof e == "string" && e.startsWith("_local/");
}
function Ne(e, t) {
	for (var n = t.rev_tree.slice(), r; r = n.pop();) {
		var i = r.pos, a = r.ids, o = a[0], s = a[1], c = a[2], l = c.length === 0, u = r.history ? r.history.slice() : [];
		if (u.push({
			id: o,
			pos: i,
			opts: s
		}), l) for (var d = 0, f = u.length; d < f; d++) {
			var p = u[d];
			if (p.pos + "-" + p.id === e) return i + "-" + o;
		}
		for (var m = 0, h = c.length; m < h; m++) n.push({
			pos: i + 1,
			ids: c[m],
			history: u
		});
	}
	/* istanbul ignore next */
	throw Error("Unable to resolve latest revision for id " + t.id + ", rev " + e);
}
// node_modules/pouchdb-adapter-indexeddb/node_modules/pouchdb-adapter-utils/lib/index.es.js
function Pe(e, t, n) {
	return new Promise(function(r) {
		var i = s([""]);
		let a;
		if (typeof n == "function") {
			let r = n(i);
			a = e.objectStore(t).put(r);
		} else {
			let r = n;
			a = e.objectStore(t).put(i, r);
		}
		a.onsuccess = function() {
			var e = navigator.userAgent.match(/Chrome\/(\d+)/);
			r(navigator.userAgent.match(/Edge\//) || !e || parseInt(e[1], 10) >= 43);
		}, a.onerror = e.onabort = function(e) {
			e.preventDefault(), e.stopPropagation(), r(!1);
		};
	}).catch(function() {
		return !1;
	});
}
function H(e) {
	return e.reduce(function(e, t) {
		return e[t] = !0, e;
	}, {});
}
var Fe = H([
	"_id",
	"_rev",
	"_access",
	"_attachments",
	"_deleted",
	"_revisions",
	"_revs_info",
	"_conflicts",
	"_deleted_conflicts",
	"_local_seq",
	"_rev_tree",
	"_replication_id",
	"_replication_state",
	"_replication_state_time",
	"_replication_state_reason",
	"_replication_stats",
	"_removed"
]), Ie = H([
	"_access",
	"_attachments",
	"_replication_id",
	"_replication_state",
	"_replication_state_time",
	"_replication_state_reason",
	"_replication_stats"
]);
function U(e) {
	if (!/^\d+-/.test(e)) return E(T);
	var t = e.indexOf("-"), n = e.substring(0, t), r = e.substring(t + 1);
	return {
		prefix: parseInt(n, 10),
		id: r
	};
}
function Le(e, t) {
	for (var n = e.start - e.ids.length + 1, r = e.ids, i = [
		r[0],
		t,
		[]
	], a = 1, o = r.length; a < o; a++) i = [
		r[a],
		{ status: "missing" },
		[i]
	];
	return [{
		pos: n,
		ids: i
	}];
}
function Re(e, t, n) {
	n ||= { deterministic_revs: !0 };
	var r, i, a, o = { status: "available" };
	if (e._deleted && (o.deleted = !0), t) {
		if (e._id ||= P(), i = be(e, n.deterministic_revs), e._rev) {
			if (a = U(e._rev), a.error) return a;
			e._rev_tree = [{
				pos: a.prefix,
				ids: [
					a.id,
					{ status: "missing" },
					[[
						i,
						o,
						[]
					]]
				]
			}], r = a.prefix + 1;
		} else e._rev_tree = [{
			pos: 1,
			ids: [
				i,
				o,
				[]
			]
		}], r = 1;
	} else if (e._revisions && (e._rev_tree = Le(e._revisions, o), r = e._revisions.start, i = e._revisions.ids[0]), !e._rev_tree) {
		if (a = U(e._rev), a.error) return a;
		r = a.prefix, i = a.id, e._rev_tree = [{
			pos: r,
			ids: [
				i,
				o,
				[]
			]
		}];
	}
	ye(e._id), e._rev = r + "-" + i;
	var s = {
		metadata: {},
		data: {}
	};
	for (var c in e)
 /* istanbul ignore else */
	if (Object.prototype.hasOwnProperty.call(e, c)) {
		var l = c[0] === "_";
		if (l && !Fe[c]) {
			var u = E(S, c);
			throw u.message = S.message + ": " + c, u;
		}
		l && !Ie[c] ? s.metadata[c.slice(1)] = e[c] : s.data[c] = e[c];
	}
	return s;
}
// node_modules/pouchdb-adapter-indexeddb/lib/index.es.js
var ze = -(2 ** 53 - 1), Be = -(2 ** 53 - 1) + 1, Ve = -(2 ** 53 - 1) + 2, He = /^[^a-zA-Z$]|[^a-zA-Z0-9$]+/, Ue = /\\.|(^|\.)[^a-zA-Z$]|[^a-zA-Z0-9$.]+/;
function We(e, t) {
	return t ? Ue.test(e) : He.test(e);
}
var Ge = new RegExp(He.source, "g"), Ke = new RegExp(Ue.source, "g"), qe = 92, Je = 46;
function Ye(e, t) {
	let n = function(e) {
		let n = "";
		for (let r = 0; r < e.length; r++) {
			let i = e.charCodeAt(r);
			if (i === Je && t && r === 0) n += ".";
			else if (i === qe && t) continue;
			else n += "_c" + i + "_";
		}
		return n;
	};
	return t ? e.replace(Ke, n) : e.replace(Ge, n);
}
function Xe(e) {
	for (let t of Object.keys(e)) if (We(t)) return !0;
	else if (e[t] === null || typeof e[t] == "boolean") return !0;
	else if (typeof e[t] == "object") return Xe(e[t]);
}
function Ze(e) {
	if (!Xe(e)) return !1;
	let t = Array.isArray(e), n = t ? [] : {};
	return Object.keys(e).forEach(function(r) {
		let i = t ? r : Ye(r);
		e[r] === null ? n[i] = ze : typeof e[r] == "boolean" ? n[i] = e[r] ? Ve : Be : typeof e[r] == "object" ? n[i] = Ze(e[r]) : n[i] = e[r];
	}), n;
}
var W = "docs", G = "meta";
function K(e) {
	return function(t) {
		let n = "unknown_error";
		t.target && t.target.error && (n = t.target.error.name || t.target.error.message), e(E(w, n, t.type));
	};
}
function q(e, t, n, r, i) {
	if (delete n._attachments[e].stub, i === "base64") {
		if (r) {
			let r = t.attachments[n._attachments[e].digest];
			n._attachments[e].data = u(r.data, r.content_type);
		} else n._attachments[e].data = t.attachments[n._attachments[e].digest].data;
		return delete n._attachments[e].length, Promise.resolve();
	}
	return r ? (n._attachments[e].data = t.attachments[n._attachments[e].digest].data, Promise.resolve()) : new Promise(function(r) {
		let i = t.attachments[n._attachments[e].digest].data;
		f(i, function(t) {
			n._attachments[e].data = o(t), delete n._attachments[e].length, r();
		});
	});
}
function Qe(e, t) {
	return (e.views[t].options && e.views[t].options.def && e.views[t].options.def.fields || []).map(function(e) {
		return typeof e == "string" ? e : Object.keys(e)[0];
	});
}
function $e(e, t) {
	return t in e.views && e.views[t].options && e.views[t].options.def && e.views[t].options.def.partial_filter_selector;
}
function et(e) {
	return "_find_idx/" + e.join("/");
}
function tt(e) {
	return ["deleted"].concat(e.map(function(e) {
		return [
			"_id",
			"_rev",
			"_deleted",
			"_attachments"
		].includes(e) ? e.substr(1) : "data." + Ye(e, !0);
	}));
}
var nt = 2, J = 10 ** 13;
function rt() {
	return J * nt + (/* @__PURE__ */ new Date()).getTime();
}
function it(e) {
	return Math.floor(e / J);
}
function at(e, t) {
	let n = e.transaction.objectStore(W), r = n.getAll(IDBKeyRange.bound("_design/", "_design/￿"));
	r.onsuccess = function(e) {
		let r = e.target.result, i = Array.from(n.indexNames), a = r.filter(function(e) {
			return e.deleted === 0 && e.revs[e.rev].data.views;
		}).map(function(e) {
			return e.revs[e.rev].data;
		}).reduce(function(e, t) {
			return Object.keys(t.views).reduce(function(e, n) {
				let r = Qe(t, n);
				return r && r.length > 0 && (e[et(r)] = tt(r)), e;
			}, e);
		}, {}), o = Object.keys(a), s = ["seq", "deleted,id"];
		i.forEach(function(e) {
			s.indexOf(e) === -1 && o.indexOf(e) === -1 && n.deleteIndex(e);
		});
		let c = o.filter(function(e) {
			return i.indexOf(e) === -1;
		});
		try {
			c.forEach(function(e) {
				n.createIndex(e, a[e]);
			});
		} catch (e) {
			t(e);
		}
	};
}
function ot(e, t, n, r) {
	if (r < 1 && (t.createObjectStore(W, { keyPath: "id" }).createIndex("seq", "seq", { unique: !0 }), t.createObjectStore(G, { keyPath: "id" })), r < 2) {
		let t = n.objectStore(W);
		t.createIndex("deleted,id", ["deleted", "id"], { unique: !0 }), e.includes("-mrview-") && t.deleteIndex("seq");
	}
}
function st(e, t, n, r, i) {
	let a = n.versionChangedWhileOpen ? indexedDB.open(n.name) : indexedDB.open(n.name, rt());
	a.onupgradeneeded = function(e) {
		if (e.oldVersion > 0 && e.oldVersion < J) throw Error("Incorrect adapter: you should specify the \"idb\" adapter to open this DB");
		if (e.oldVersion === 0 && e.newVersion < J) throw indexedDB.deleteDatabase(n.name), Error("Database was deleted while open");
		let t = e.target.transaction, r = e.target.result, o = it(e.oldVersion);
		if (ot(n.name, r, t, o), at(a, i), o < 2) {
			let e = a.transaction.objectStore(W), t = a.transaction.objectStore(G), n = e.openCursor();
			n.onsuccess = (e) => {
				let n = e.target.result;
				if (!n) return;
				let r = n.value;
				if (!V(r.id)) return n.continue();
				t.put(r).onsuccess = () => {
					n.delete(r).onsuccess = () => {
						n.continue();
					};
				};
			};
		}
	}, a.onblocked = function(e) {
		console.error("onblocked, this should never happen", e);
	}, a.onsuccess = function(i) {
		let a = i.target.result;
		a.onabort = function(t) {
			console.error("Database has a global failure", t.target.error), delete e[n.name], a.close();
		}, a.onversionchange = function() {
			console.log("Database was made stale, closing handle"), e[n.name].versionChangedWhileOpen = !0, a.close();
		}, a.onclose = function() {
			console.log("Database was made stale, closing handle"), n.name in e && (e[n.name].versionChangedWhileOpen = !0);
		};
		let o = { id: G }, s = a.transaction([G], "readwrite");
		s.oncomplete = function() {
			r({
				idb: a,
				metadata: o
			});
		};
		let c = s.objectStore(G);
		c.get(G).onsuccess = function(e) {
			o = e.target.result || o;
			let n = !1;
			"doc_count" in o || (n = !0, o.doc_count = 0), "seq" in o || (n = !0, o.seq = 0), "db_uuid" in o || (n = !0, o.db_uuid = P()), "idb_attachment_format" in o ? n && (t.blobSupport = o.idb_attachment_format, c.put(o)) : Pe(s, G, (e) => ({
				id: "blob-support",
				blob: e
			})).then((e) => {
				t.blobSupport = o.idb_attachment_format = e ? "binary" : "base64", c.put(o);
			});
		};
	}, a.onerror = function(e) {
		i(e.target.error);
	};
}
function Y(e, t, n) {
	return (!e[n.name] || e[n.name].versionChangedWhileOpen) && (n.versionChangedWhileOpen = e[n.name] && e[n.name].versionChangedWhileOpen, e[n.name] = new Promise(function(r, i) {
		st(e, t, n, r, i);
	})), e[n.name];
}
function ct(e, t) {
	t(null, {
		doc_count: e.doc_count,
		update_seq: e.seq
	});
}
function lt(e, t, n, r) {
	if (e.error) return r(e.error);
	e.txn.objectStore(W).get(t).onsuccess = function(t) {
		let i = t.target.result, a;
		if (a = n.rev ? n.latest ? Ne(n.rev, i) : n.rev : i && i.rev, !i || i.deleted && !n.rev || !(a in i.revs)) {
			r(E(_, "missing"));
			return;
		}
		let o = i.revs[a].data;
		o._id = i.id, o._rev = a, r(null, {
			doc: o,
			metadata: i,
			ctx: e
		});
	};
}
var ut = !1;
function dt(e, t, n, r) {
	if (e.error) return r(e.error);
	e.txn.objectStore(G).get(t).onsuccess = function(e) {
		let t = e.target.result;
		if (!t) {
			r(E(_, "missing"));
			return;
		}
		let i = t.revs[t.rev].data;
		if (i._id = t.id, i._rev = t.rev, i._attachments) {
			let e = [];
			for (let r in i._attachments) e.push(q(r, t, i, ut, n.blobSupport));
			Promise.all(e).then(() => r(null, i)).catch(r);
		} else r(null, i);
	};
}
function ft(e, t, n, r, i) {
	if (V(e)) {
		i(E(_, "missing"));
		return;
	}
	let a = r.metadata.attachments[n.digest].data;
	if (typeof a == "string") r.binary ? i(null, u(a, n.content_type)) : i(null, a);
	else {
		if (r.binary) return i(null, a);
		f(a, function(e) {
			i(null, o(e));
		});
	}
}
function pt(e, t, n, r, i, o, s) {
	let c, u, d = [], f = [], p, h = i.revs_limit || 1e3, g = i.name.indexOf("-mrview-") === -1, y = i.auto_compaction;
	function b(e) {
		return V(e.id) ? 1 : h;
	}
	function x(e) {
		return e.rev_tree[0].ids[1].status === "missing";
	}
	function S(e, t) {
		let n = 0, r = {};
		function i(i) {
			i.target.result && (r[i.target.result.id] = i.target.result), ++n === t.length && w(e, t, r);
		}
		t.forEach(function(t) {
			let n = V(t.id) ? G : W;
			e.objectStore(n).get(t.id).onsuccess = i;
		});
	}
	function C(e, t, n) {
		return e.revs[t] && e.revs[t].data._attachments && Object.values(e.revs[t].data._attachments).find(function(e) {
			return e.digest === n;
		});
	}
	function w(e, t, r) {
		t.forEach(function(t, i) {
			let a;
			if ("was_delete" in n && !Object.prototype.hasOwnProperty.call(r, t.id)) a = E(_, "deleted");
			else if (n.new_edits && !Object.prototype.hasOwnProperty.call(r, t.id) && x(t)) a = E(v);
			else if (Object.prototype.hasOwnProperty.call(r, t.id)) {
				if (a = D(e, t, r[t.id]), a == 0) return;
			} else {
				let e = B([], t.rev_tree[0], b(t));
				t.rev_tree = e.tree, t.stemmedRevs = e.stemmedRevs, a = t, a.isNewDoc = !0, a.wasDeleted = +!!t.revs[t.rev].deleted;
			}
			a.error ? d[i] = a : (r[a.id] = a, p = i, O(e, a, i));
		});
	}
	function T(e) {
		let t = {
			id: e.metadata.id,
			rev: e.metadata.rev,
			rev_tree: e.metadata.rev_tree,
			revs: e.metadata.revs || {}
		};
		return t.revs[t.rev] = {
			data: e.data,
			deleted: e.metadata.deleted
		}, t;
	}
	function D(e, t, r) {
		if (t.rev in r.revs && !n.new_edits) return !1;
		let a = /^1-/.test(t.rev);
		if (r.deleted && !t.deleted && n.new_edits && a) {
			let e = t.revs[t.rev].data;
			e._rev = r.rev, e._id = r.id, t = T(Re(e, n.new_edits, i));
		}
		let o = B(r.rev_tree, t.rev_tree[0], b(t));
		t.stemmedRevs = o.stemmedRevs, t.rev_tree = o.tree;
		let s = r.revs;
		return s[t.rev] = t.revs[t.rev], t.revs = s, t.attachments = r.attachments, n.new_edits && (r.deleted && t.deleted || !r.deleted && o.conflicts !== "new_leaf" || r.deleted && !t.deleted && o.conflicts === "new_branch" || r.rev === t.rev) ? E(v) : (t.wasDeleted = r.deleted, t);
	}
	function O(e, t, n) {
		let i = F(t), a = t.rev, o = V(t.id), s = t.revs[i].data, c = t.isNewDoc;
		if (g) {
			let e = Ze(s);
			e ? (t.data = e, delete t.data._attachments) : t.data = s;
		} else t.data = s;
		if (t.rev = i, t.deleted = +!!t.revs[i].deleted, !o) {
			t.seq = ++r.seq;
			let e = 0;
			t.isNewDoc ? e = +!t.deleted : t.wasDeleted !== t.deleted && (e = t.deleted ? -1 : 1), r.doc_count += e;
		}
		delete t.isNewDoc, delete t.wasDeleted;
		let l = t.stemmedRevs || [];
		if (y && !c) {
			let e = we(t);
			e.length && (l = l.concat(e));
		}
		if (l.length && l.forEach(function(e) {
			delete t.revs[e];
		}), delete t.stemmedRevs, "attachments" in t || (t.attachments = {}), s._attachments) for (let n in s._attachments) {
			let r = s._attachments[n];
			if (r.stub) {
				if (!(r.digest in t.attachments)) {
					u = E(ne), e.abort();
					return;
				}
				C(t, a, r.digest) && (t.attachments[r.digest].revs[a] = !0);
			} else t.attachments[r.digest] = r, t.attachments[r.digest].revs = {}, t.attachments[r.digest].revs[a] = !0, s._attachments[n] = {
				stub: !0,
				digest: r.digest,
				content_type: r.content_type,
				length: r.length,
				revpos: parseInt(a, 10)
			};
		}
		if (o && t.deleted) {
			e.objectStore(G).delete(t.id).onsuccess = function() {
				d[n] = {
					ok: !0,
					id: t.id,
					rev: "0-0"
				};
			}, k(n);
			return;
		}
		let f = o ? G : W;
		e.objectStore(f).put(t).onsuccess = function() {
			d[n] = {
				ok: !0,
				id: t.id,
				rev: a
			}, k(n);
		};
	}
	function k(e) {
		e === p && c.objectStore(G).put(r);
	}
	function A(e) {
		if (e.stub) return Promise.resolve(e);
		let t;
		if (typeof e.data == "string") {
			try {
				t = a(e.data);
			} catch {
				return Promise.reject(E(te, "Attachment is not a valid base64 string"));
			}
			r.idb_attachment_format === "binary" && (e.data = l(t, e.content_type));
		} else if (t = e.data, r.idb_attachment_format === "base64") return new Promise((n) => {
			m(e.data, function(r) {
				e.data = r, oe(t, function(r) {
					e.digest = "md5-" + r, e.length = t.size || t.length || 0, n(e);
				});
			});
		});
		return new Promise(function(n) {
			oe(t, function(r) {
				e.digest = "md5-" + r, e.length = t.size || t.length || 0, n(e);
			});
		});
	}
	function re() {
		let e = f.map(function(e) {
			let t = e.revs[e.rev].data;
			if (!t._attachments) return Promise.resolve(t);
			let n = Object.keys(t._attachments).map(function(e) {
				return t._attachments[e].name = e, A(t._attachments[e]);
			});
			return Promise.all(n).then(function(e) {
				let n = {};
				return e.forEach(function(e) {
					n[e.name] = e, delete e.name;
				}), t._attachments = n, t;
			});
		});
		return Promise.all(e);
	}
	for (let e = 0, r = t.docs.length; e < r; e++) {
		let r;
		try {
			r = Re(t.docs[e], n.new_edits, i);
		} catch (e) {
			r = e;
		}
		if (r.error) return s(r);
		f.push(T(r));
	}
	re().then(function() {
		e._openTransactionSafely([W, G], "readwrite", function(e, t) {
			if (e) return s(e);
			c = t, c.onabort = function() {
				s(u || E(ee, "transaction was aborted"));
			}, c.ontimeout = K(s), c.oncomplete = function() {
				o.notify(i.name), s(null, d);
			}, S(c, f);
		});
	}).catch(function(e) {
		s(e);
	});
}
function mt(e, t, n) {
	let r = Array(e.length), i = 0;
	e.forEach(function(a, o) {
		t.get(a).onsuccess = function(t) {
			t.target.result ? r[o] = t.target.result : r[o] = {
				key: a,
				error: "not_found"
			}, i++, i === e.length && r.forEach(function(e) {
				n(e);
			});
		};
	});
}
function X(e, t, n, r, i, a) {
	try {
		return i ? IDBKeyRange.only([0, i]) : a ? IDBKeyRange.bound(t, e, !r, !n) : IDBKeyRange.bound(e, t, !n, !r);
	} catch (e) {
		return { error: e };
	}
}
function ht(e, t, n, r) {
	if (n.name === "DataError" && n.code === 0) {
		let n = {
			total_rows: t.doc_count,
			offset: e.skip,
			rows: []
		};
		return e.update_seq && (n.update_seq = t.seq), r(null, n);
	}
	r(E(w, n.name, n.message));
}
function gt(e, t, n, r) {
	if (e.error) return r(e.error);
	if (n.limit === 0) {
		let e = {
			total_rows: t.doc_count,
			offset: n.skip,
			rows: []
		};
		return n.update_seq && (e.update_seq = t.seq), r(null, e);
	}
	let i = [], a = [], o = "key" in n && n.key, s = "keys" in n && n.keys, c = n.skip || 0, l = typeof n.limit == "number" ? n.limit : void 0, u = n.inclusive_end !== !1, d = "descending" in n && n.descending ? "prev" : null, f = "startkey" in n ? n.startkey : d ? "￿" : "", p = "endkey" in n ? n.endkey : d ? "" : "￿", m = e.txn.objectStore(W);
	if (s) return e.txn.oncomplete = _, mt(s, m, (e) => {
		if (e.error) return i.push(e);
		let t = {
			id: e.id,
			key: e.id,
			value: { rev: e.rev }
		};
		e.deleted ? (t.value.deleted = !0, t.doc = null) : n.include_docs && g(t, e), i.push(t);
	});
	let h = X([0, f], [0, p], !0, u, o, d);
	if (h.error) return ht(n, t, h.error, r);
	e.txn.oncomplete = _;
	function g(e, r) {
		let i = r.revs[r.rev].data;
		if (e.doc = i, e.doc._id = r.id, e.doc._rev = r.rev, n.conflicts) {
			let t = Ce(r);
			t.length && (e.doc._conflicts = t);
		}
		if (n.attachments && i._attachments) for (let o in i._attachments) a.push(q(o, r, e.doc, n.binary, t.idb_attachment_format));
	}
	function _() {
		let e = {
			total_rows: t.doc_count,
			offset: 0,
			rows: i
		};
		n.update_seq && (e.update_seq = t.seq), a.length ? Promise.all(a).then(function() {
			r(null, e);
		}) : r(null, e);
	}
	let v = m.index("deleted,id");
	if (!c && !l) y();
	else {
		let i, a = l > 0;
		v.openKeyCursor(h, d || "next").onsuccess = (s) => {
			let f = s.target.result;
			if (c) {
				if (!f) return e.txn.commit();
				f.advance(c), c = 0;
			} else {
				if (i === void 0 && (i = f && f.key, !i)) return e.txn.commit();
				if (l) {
					if (l > 1 && f) {
						f.advance(l - 1), l = void 0;
						return;
					}
					l = void 0;
				}
				if (a &&= f && f.key, a ||= d ? h.lower : h.upper, h = X(i, a, !0, u, o, d), h.error) return e.txn.abort(), ht(n, t, h.error, r);
				y();
			}
		};
	}
	async function y() {
		let t = h;
		do
			t = await r(t);
		while (t);
		return d && i.reverse(), e.txn.commit();
		function r(e) {
			return new Promise((t) => {
				v.getAll(e, 100).onsuccess = (r) => {
					let a = r.target.result;
					for (let e = 0; e < a.length; ++e) {
						let t = a[e], r = {
							id: t.id,
							key: t.id,
							value: { rev: t.rev }
						};
						n.include_docs && g(r, t), i.push(r);
					}
					if (a.length >= 100) {
						let n = [0, a[a.length - 1].id], r = d ? e.upper : n, i = d ? n : e.upper;
						if (r[1] !== i[1]) return t(X(r, i, !!d, !d && u, o, d));
					}
					return t();
				};
			});
		}
	}
}
function _t(e, t, n, r, i) {
	if (e.error) return i.complete(e.error);
	if (i.continuous) {
		let e = r.name + ":" + P();
		return t.addListener(r.name, e, n, i), t.notify(r.name), { cancel: function() {
			t.removeListener(r.name, e);
		} };
	}
	let a = "limit" in i ? i.limit : -1;
	a === 0 && (a = 1);
	let o = e.txn.objectStore(W).index("seq"), s = _e(i), c = 0, l = i.since || 0, u = [], d = [];
	function f(e) {
		if (!e.target.result) return;
		let t = e.target.result, r = t.value;
		if (r.data = r.revs[r.rev].data, r.data._id = r.id, r.data._rev = r.rev, r.deleted && (r.data._deleted = !0), i.doc_ids && i.doc_ids.indexOf(r.id) === -1) return t.continue();
		let o = i.processChange(r.data, r, i);
		o.seq = r.seq, l = r.seq;
		let f = s(o);
		if (typeof f == "object") return i.complete(f);
		if (f) {
			if (c++, i.return_docs && u.push(o), i.include_docs && i.attachments && r.data._attachments) {
				let e = [];
				for (let t in r.data._attachments) {
					let a = q(t, r, o.doc, i.binary, n.blobSupport);
					e.push(a), d.push(a);
				}
				Promise.all(e).then(function() {
					i.onChange(o);
				});
			} else i.onChange(o);
		}
		c !== a && t.continue();
	}
	function p() {
		Promise.all(d).then(function() {
			i.complete(null, {
				results: u,
				last_seq: l
			});
		});
	}
	let m;
	m = i.descending ? o.openCursor(null, "prev") : o.openCursor(IDBKeyRange.lowerBound(i.since, !0)), e.txn.oncomplete = p, m.onsuccess = f;
}
function vt(e, t, n) {
	if (e.error) return n(e.error);
	let r = e.txn.objectStore(W).get(t);
	r.onsuccess = function(e) {
		e.target.result ? n(null, e.target.result.rev_tree) : n(E(_));
	};
}
function yt(e, t, n, r) {
	if (e.error) return r(e.error);
	let i = e.txn.objectStore(W);
	i.get(t).onsuccess = function(e) {
		let t = e.target.result;
		I(t.rev_tree, function(e, t, r, i, a) {
			let o = t + "-" + r;
			n.indexOf(o) !== -1 && (a.status = "missing");
		});
		let r = [];
		n.forEach(function(e) {
			if (e in t.revs) {
				if (t.revs[e].data._attachments) for (let n in t.revs[e].data._attachments) r.push(t.revs[e].data._attachments[n].digest);
				delete t.revs[e];
			}
		}), r.forEach(function(e) {
			n.forEach(function(n) {
				delete t.attachments[e].revs[n];
			}), Object.keys(t.attachments[e].revs).length || delete t.attachments[e];
		}), i.put(t);
	}, e.txn.oncomplete = function() {
		r();
	};
}
function bt(e, t, n, r) {
	n.removeAllListeners(e.name);
	function i() {
		let n = indexedDB.deleteDatabase(e.name);
		n.onsuccess = function() {
			delete t[e.name], r(null, { ok: !0 });
		};
	}
	e.name in t ? t[e.name].then(function(e) {
		e.idb.close(), i();
	}) : i();
}
var xt = null, St = "￿", Ct = -Infinity, wt = [[[[[[[[[[[[]]]]]]]]]]]];
function Tt(e) {
	let t = e.revs[e.rev].data;
	return t._id = e.id, t._rev = e.rev, e.deleted && (t._deleted = !0), t;
}
function Et(e) {
	function t(e, t) {
		return e[t] !== void 0;
	}
	function n(e, t) {
		return [0].concat(e).map(function(e) {
			if (e === null && t) return ze;
			if (e === !0) return Ve;
			if (e === !1) return Be;
			if (!t) {
				if (e === xt) return Ct;
				if (Object.prototype.hasOwnProperty.call(e, St)) return wt;
			}
			return e;
		});
	}
	if (t(e, "inclusive_end") || (e.inclusive_end = !0), t(e, "inclusive_start") || (e.inclusive_start = !0), e.descending) {
		let t = e.startkey, n = e.inclusive_start;
		e.startkey = e.endkey, e.endkey = t, e.inclusive_start = e.inclusive_end, e.inclusive_end = n;
	}
	try {
		return t(e, "key") ? IDBKeyRange.only(n(e.key, !0)) : t(e, "startkey") && !t(e, "endkey") ? IDBKeyRange.bound(n(e.startkey), [1], !e.inclusive_start, !0) : !t(e, "startkey") && t(e, "endkey") ? IDBKeyRange.upperBound(n(e.endkey), !e.inclusive_end) : t(e, "startkey") && t(e, "endkey") ? IDBKeyRange.bound(n(e.startkey), n(e.endkey), !e.inclusive_start, !e.inclusive_end) : IDBKeyRange.only([0]);
	} catch (t) {
		throw console.error("Could not generate keyRange", t, e), Error("Could not generate key range with " + JSON.stringify(e));
	}
}
function Dt(e, t, n) {
	let r = et(t);
	return new Promise(function(i) {
		e._openTransactionSafely([W], "readonly", function(a, o) {
			if (a) return K(n)(a);
			o.onabort = K(n), o.ontimeout = K(n), Array.from(o.objectStore(W).indexNames).indexOf(r) === -1 ? e._freshen().then(function() {
				return Dt(e, t, n);
			}).then(i) : i(o.objectStore(W).index(r));
		});
	});
}
function Ot(e, t, n, r) {
	let i = this, a = t.split("/");
	return new Promise(function(e, o) {
		i.get("_design/" + a[0]).then(function(s) {
			if ($e(s, a[1])) return r(t, n).then(e, o);
			let c = Qe(s, a[1]);
			if (!c) throw Error("ddoc " + s._id + " with view " + a[1] + " does not have map.options.def.fields defined.");
			let l = n.skip, u = Number.isInteger(n.limit) && n.limit;
			return Dt(i, c, o).then(function(t) {
				let r = Et(n), i = t.openCursor(r, n.descending ? "prev" : "next"), a = [];
				i.onerror = K(o), i.onsuccess = function(t) {
					let n = t.target.result;
					if (!n || u === 0) return e({ rows: a });
					l ? (n.advance(l), l = !1) : (u && --u, a.push({ doc: Tt(n.value) }), n.continue());
				};
			});
		}).catch(o);
	});
}
function kt(e, t) {
	return t();
}
function At(e, t) {
	if (!e.attachments) return {};
	for (let n in e.attachments) {
		let r = e.attachments[n];
		for (let e of t) r.revs[e] && delete r.revs[e];
		Object.keys(r.revs).length === 0 && delete e.attachments[n];
	}
	return e.attachments;
}
function jt(e, t, n, r) {
	if (e.error) return r(e.error);
	let i = e.txn.objectStore(W), a = [], o = !1;
	i.get(t).onsuccess = (e) => {
		let t = e.target.result;
		for (let e of n) t.rev_tree = je(t.rev_tree, e), delete t.revs[e], a.push(e);
		t.rev_tree.length === 0 ? (i.delete(t.id), o = !0) : (t.rev = F(t), t.data = t.revs[t.rev].data, t.attachments = At(t, n), i.put(t));
	}, e.txn.oncomplete = function() {
		r(null, {
			ok: !0,
			deletedRevs: a,
			documentWasRemovedCompletely: o
		});
	};
}
var Mt = "indexeddb", Z = new he(), Q = {};
function $(e, t) {
	e.view_adapter && console.log("Please note that the indexeddb adapter manages _find indexes itself, therefore it is not using your specified view_adapter");
	let n = this, r = {}, i = function(t) {
		return function() {
			let i = Array.prototype.slice.call(arguments);
			Y(Q, n, e).then(function(e) {
				r = e.metadata, i.unshift(e.idb), t.apply(n, i);
			}).catch(function(e) {
				let t = i.pop();
				typeof t == "function" ? t(e) : console.error(e);
			});
		};
	}, a = function(t) {
		return function() {
			let i = Array.prototype.slice.call(arguments);
			return Y(Q, n, e).then(function(e) {
				return r = e.metadata, i.unshift(e.idb), t.apply(n, i);
			});
		};
	}, o = function(t, i, a) {
		return a ||= "readonly", function() {
			let o = Array.prototype.slice.call(arguments), s = {};
			Y(Q, n, e).then(function(e) {
				r = e.metadata, s.txn = e.idb.transaction(i, a);
			}).catch(function(e) {
				console.error("Failed to establish transaction safely"), console.error(e), s.error = e;
			}).then(function() {
				o.unshift(s), t.apply(n, o);
			});
		};
	};
	n._openTransactionSafely = function(e, t, n) {
		o(function(e, t) {
			t(e.error, e.txn);
		}, e, t)(n);
	}, n._remote = !1, n.type = function() {
		return Mt;
	}, n._id = i(function(e, t) {
		t(null, r.db_uuid);
	}), n._info = i(function(e, t) {
		return ct(r, t);
	}), n._get = o(lt, [W]), n._getLocal = o(function(e, t, r) {
		return dt(e, t, n, r);
	}, [G]), n._bulkDocs = i(function(t, i, a, o) {
		pt(n, i, a, r, e, Z, o);
	}), n._allDocs = o(function(e, t, n) {
		gt(e, r, t, n);
	}, [W]), n._getAttachment = ft, n._changes = o(function(t, r) {
		_t(t, Z, n, e, r);
	}, [W]), n._getRevisionTree = o(vt, [W]), n._doCompaction = o(yt, [W], "readwrite"), n._customFindAbstractMapper = {
		query: a(Ot),
		viewCleanup: a(kt)
	}, n._destroy = function(t, n) {
		return bt(e, Q, Z, n);
	}, n._close = i(function(t, n) {
		delete Q[e.name], t.close(), n();
	}), n._freshen = function() {
		return new Promise(function(e) {
			n._close(function() {
				i(e)();
			});
		});
	}, n._purge = o(jt, [W], "readwrite"), setTimeout(function() {
		t(null, n);
	});
}
$.valid = function() {
	return !0;
};
function Nt(e) {
	e.adapter(Mt, $, !0);
}
// test/bench/sync-page-indexeddb.ts
i.plugin(Nt);
