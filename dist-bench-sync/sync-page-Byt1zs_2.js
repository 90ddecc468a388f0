// \0rolldown/runtime.js
var e = Object.create, t = Object.defineProperty, n = Object.getOwnPropertyDescriptor, r = Object.getOwnPropertyNames, i = Object.getPrototypeOf, a = Object.prototype.hasOwnProperty, o = (e, t) => () => (t || (e((t = { exports: {} }).exports, t, t.exports), e = null), t.exports), s = (e, i, o, s) => {
	if (i && typeof i == "object" || typeof i == "function") for (var c = r(i), l = 0, u = c.length, d; l < u; l++) d = c[l], !a.call(e, d) && d !== o && t(e, d, {
		get: ((e) => i[e]).bind(null, d),
		enumerable: !(s = n(i, d)) || s.enumerable
	});
	return e;
}, c = (n, r, o) => (o = n == null ? {} : e(i(n)), s(r || !n || !n.__esModule || !a.call(n, "default") ? t(o, "default", {
	value: n,
	enumerable: !0
}) : o, n)), l = /* @__PURE__ */ o(((e, t) => {
	(function(n) {
		if (typeof e == "object") t.exports = n();
		else if (typeof define == "function" && define.amd) define(n);
		else {
			var r;
			try {
				r = window;
			} catch {
				r = self;
			}
			r.SparkMD5 = n();
		}
	})(function(e) {
		var t = [
			"0",
			"1",
			"2",
			"3",
			"4",
			"5",
			"6",
			"7",
			"8",
			"9",
			"a",
			"b",
			"c",
			"d",
			"e",
			"f"
		];
		function n(e, t) {
			var n = e[0], r = e[1], i = e[2], a = e[3];
			n += (r & i | ~r & a) + t[0] - 680876936 | 0, n = (n << 7 | n >>> 25) + r | 0, a += (n & r | ~n & i) + t[1] - 389564586 | 0, a = (a << 12 | a >>> 20) + n | 0, i += (a & n | ~a & r) + t[2] + 606105819 | 0, i = (i << 17 | i >>> 15) + a | 0, r += (i & a | ~i & n) + t[3] - 1044525330 | 0, r = (r << 22 | r >>> 10) + i | 0, n += (r & i | ~r & a) + t[4] - 176418897 | 0, n = (n << 7 | n >>> 25) + r | 0, a += (n & r | ~n & i) + t[5] + 1200080426 | 0, a = (a << 12 | a >>> 20) + n | 0, i += (a & n | ~a & r) + t[6] - 1473231341 | 0, i = (i << 17 | i >>> 15) + a | 0, r += (i & a | ~i & n) + t[7] - 45705983 | 0, r = (r << 22 | r >>> 10) + i | 0, n += (r & i | ~r & a) + t[8] + 1770035416 | 0, n = (n << 7 | n >>> 25) + r | 0, a += (n & r | ~n & i) + t[9] - 1958414417 | 0, a = (a << 12 | a >>> 20) + n | 0, i += (a & n | ~a & r) + t[10] - 42063 | 0, i = (i << 17 | i >>> 15) + a | 0, r += (i & a | ~i & n) + t[11] - 1990404162 | 0, r = (r << 22 | r >>> 10) + i | 0, n += (r & i | ~r & a) + t[12] + 1804603682 | 0, n = (n << 7 | n >>> 25) + r | 0, a += (n & r | ~n & i) + t[13] - 40341101 | 0, a = (a << 12 | a >>> 20) + n | 0, i += (a & n | ~a & r) + t[14] - 1502002290 | 0, i = (i << 17 | i >>> 15) + a | 0, r += (i & a | ~i & n) + t[15] + 1236535329 | 0, r = (r << 22 | r >>> 10) + i | 0, n += (r & a | i & ~a) + t[1] - 165796510 | 0, n = (n << 5 | n >>> 27) + r | 0, a += (n & i | r & ~i) + t[6] - 1069501632 | 0, a = (a << 9 | a >>> 23) + n | 0, i += (a & r | n & ~r) + t[11] + 643717713 | 0, i = (i << 14 | i >>> 18) + a | 0, r += (i & n | a & ~n) + t[0] - 373897302 | 0, r = (r << 20 | r >>> 12) + i | 0, n += (r & a | i & ~a) + t[5] - 701558691 | 0, n = (n << 5 | n >>> 27) + r | 0, a += (n & i | r & ~i) + t[10] + 38016083 | 0, a = (a << 9 | a >>> 23) + n | 0, i += (a & r | n & ~r) + t[15] - 660478335 | 0, i = (i << 14 | i >>> 18) + a | 0, r += (i & n | a & ~n) + t[4] - 405537848 | 0, r = (r << 20 | r >>> 12) + i | 0, n += (r & a | i & ~a) + t[9] + 568446438 | 0, n = (n << 5 | n >>> 27) + r | 0, a += (n & i | r & ~i) + t[14] - 1019803690 | 0, a = (a << 9 | a >>> 23) + n | 0, i += (a & r | n & ~r) + t[3] - 187363961 | 0, i = (i << 14 | i >>> 18) + a | 0, r += (i & n | a & ~n) + t[8] + 1163531501 | 0, r = (r << 20 | r >>> 12) + i | 0, n += (r & a | i & ~a) + t[13] - 1444681467 | 0, n = (n << 5 | n >>> 27) + r | 0, a += (n & i | r & ~i) + t[2] - 51403784 | 0, a = (a << 9 | a >>> 23) + n | 0, i += (a & r | n & ~r) + t[7] + 1735328473 | 0, i = (i << 14 | i >>> 18) + a | 0, r += (i & n | a & ~n) + t[12] - 1926607734 | 0, r = (r << 20 | r >>> 12) + i | 0, n += (r ^ i ^ a) + t[5] - 378558 | 0, n = (n << 4 | n >>> 28) + r | 0, a += (n ^ r ^ i) + t[8] - 2022574463 | 0, a = (a << 11 | a >>> 21) + n | 0, i += (a ^ n ^ r) + t[11] + 1839030562 | 0, i = (i << 16 | i >>> 16) + a | 0, r += (i ^ a ^ n) + t[14] - 35309556 | 0, r = (r << 23 | r >>> 9) + i | 0, n += (r ^ i ^ a) + t[1] - 1530992060 | 0, n = (n << 4 | n >>> 28) + r | 0, a += (n ^ r ^ i) + t[4] + 1272893353 | 0, a = (a << 11 | a >>> 21) + n | 0, i += (a ^ n ^ r) + t[7] - 155497632 | 0, i = (i << 16 | i >>> 16) + a | 0, r += (i ^ a ^ n) + t[10] - 1094730640 | 0, r = (r << 23 | r >>> 9) + i | 0, n += (r ^ i ^ a) + t[13] + 681279174 | 0, n = (n << 4 | n >>> 28) + r | 0, a += (n ^ r ^ i) + t[0] - 358537222 | 0, a = (a << 11 | a >>> 21) + n | 0, i += (a ^ n ^ r) + t[3] - 722521979 | 0, i = (i << 16 | i >>> 16) + a | 0, r += (i ^ a ^ n) + t[6] + 76029189 | 0, r = (r << 23 | r >>> 9) + i | 0, n += (r ^ i ^ a) + t[9] - 640364487 | 0, n = (n << 4 | n >>> 28) + r | 0, a += (n ^ r ^ i) + t[12] - 421815835 | 0, a = (a << 11 | a >>> 21) + n | 0, i += (a ^ n ^ r) + t[15] + 530742520 | 0, i = (i << 16 | i >>> 16) + a | 0, r += (i ^ a ^ n) + t[2] - 995338651 | 0, r = (r << 23 | r >>> 9) + i | 0, n += (i ^ (r | ~a)) + t[0] - 198630844 | 0, n = (n << 6 | n >>> 26) + r | 0, a += (r ^ (n | ~i)) + t[7] + 1126891415 | 0, a = (a << 10 | a >>> 22) + n | 0, i += (n ^ (a | ~r)) + t[14] - 1416354905 | 0, i = (i << 15 | i >>> 17) + a | 0, r += (a ^ (i | ~n)) + t[5] - 57434055 | 0, r = (r << 21 | r >>> 11) + i | 0, n += (i ^ (r | ~a)) + t[12] + 1700485571 | 0, n = (n << 6 | n >>> 26) + r | 0, a += (r ^ (n | ~i)) + t[3] - 1894986606 | 0, a = (a << 10 | a >>> 22) + n | 0, i += (n ^ (a | ~r)) + t[10] - 1051523 | 0, i = (i << 15 | i >>> 17) + a | 0, r += (a ^ (i | ~n)) + t[1] - 2054922799 | 0, r = (r << 21 | r >>> 11) + i | 0, n += (i ^ (r | ~a)) + t[8] + 1873313359 | 0, n = (n << 6 | n >>> 26) + r | 0, a += (r ^ (n | ~i)) + t[15] - 30611744 | 0, a = (a << 10 | a >>> 22) + n | 0, i += (n ^ (a | ~r)) + t[6] - 1560198380 | 0, i = (i << 15 | i >>> 17) + a | 0, r += (a ^ (i | ~n)) + t[13] + 1309151649 | 0, r = (r << 21 | r >>> 11) + i | 0, n += (i ^ (r | ~a)) + t[4] - 145523070 | 0, n = (n << 6 | n >>> 26) + r | 0, a += (r ^ (n | ~i)) + t[11] - 1120210379 | 0, a = (a << 10 | a >>> 22) + n | 0, i += (n ^ (a | ~r)) + t[2] + 718787259 | 0, i = (i << 15 | i >>> 17) + a | 0, r += (a ^ (i | ~n)) + t[9] - 343485551 | 0, r = (r << 21 | r >>> 11) + i | 0, e[0] = n + e[0] | 0, e[1] = r + e[1] | 0, e[2] = i + e[2] | 0, e[3] = a + e[3] | 0;
		}
		function r(e) {
			for (var t = [], n = 0; n < 64; n += 4) t[n >> 2] = e.charCodeAt(n) + (e.charCodeAt(n + 1) << 8) + (e.charCodeAt(n + 2) << 16) + (e.charCodeAt(n + 3) << 24);
			return t;
		}
		function i(e) {
			for (var t = [], n = 0; n < 64; n += 4) t[n >> 2] = e[n] + (e[n + 1] << 8) + (e[n + 2] << 16) + (e[n + 3] << 24);
			return t;
		}
		function a(e) {
			for (var t = e.length, i = [
				1732584193,
				-271733879,
				-1732584194,
				271733878
			], a = 64, o, s, c, l, u; a <= t; a += 64) n(i, r(e.substring(a - 64, a)));
			for (e = e.substring(a - 64), o = e.length, s = [
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0
			], a = 0; a < o; a += 1) s[a >> 2] |= e.charCodeAt(a) << (a % 4 << 3);
			if (s[a >> 2] |= 128 << (a % 4 << 3), a > 55) for (n(i, s), a = 0; a < 16; a += 1) s[a] = 0;
			return c = t * 8, c = c.toString(16).match(/(.*?)(.{0,8})$/), l = parseInt(c[2], 16), u = parseInt(c[1], 16) || 0, s[14] = l, s[15] = u, n(i, s), i;
		}
		function o(e) {
			for (var t = e.length, r = [
				1732584193,
				-271733879,
				-1732584194,
				271733878
			], a = 64, o, s, c, l, u; a <= t; a += 64) n(r, i(e.subarray(a - 64, a)));
			for (e = a - 64 < t ? e.subarray(a - 64) : /* @__PURE__ */ new Uint8Array(), o = e.length, s = [
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0
			], a = 0; a < o; a += 1) s[a >> 2] |= e[a] << (a % 4 << 3);
			if (s[a >> 2] |= 128 << (a % 4 << 3), a > 55) for (n(r, s), a = 0; a < 16; a += 1) s[a] = 0;
			return c = t * 8, c = c.toString(16).match(/(.*?)(.{0,8})$/), l = parseInt(c[2], 16), u = parseInt(c[1], 16) || 0, s[14] = l, s[15] = u, n(r, s), r;
		}
		function s(e) {
			for (var n = "", r = 0; r < 4; r += 1) n += t[e >> r * 8 + 4 & 15] + t[e >> r * 8 & 15];
			return n;
		}
		function c(e) {
			for (var t = 0; t < e.length; t += 1) e[t] = s(e[t]);
			return e.join("");
		}
		c(a("hello")), typeof ArrayBuffer < "u" && !ArrayBuffer.prototype.slice && (function() {
			function t(e, t) {
				return e = e | 0 || 0, e < 0 ? Math.max(e + t, 0) : Math.min(e, t);
			}
			ArrayBuffer.prototype.slice = function(n, r) {
				var i = this.byteLength, a = t(n, i), o = i, s, c, l, u;
				return r !== e && (o = t(r, i)), a > o ? /* @__PURE__ */ new ArrayBuffer(0) : (s = o - a, c = new ArrayBuffer(s), l = new Uint8Array(c), u = new Uint8Array(this, a, s), l.set(u), c);
			};
		})();
		function l(e) {
			return /[\u0080-\uFFFF]/.test(e) && (e = unescape(encodeURIComponent(e))), e;
		}
		function u(e, t) {
			for (var n = e.length, r = new ArrayBuffer(n), i = new Uint8Array(r), a = 0; a < n; a += 1) i[a] = e.charCodeAt(a);
			return t ? i : r;
		}
		function d(e) {
			return String.fromCharCode.apply(null, new Uint8Array(e));
		}
		function f(e, t, n) {
			var r = new Uint8Array(e.byteLength + t.byteLength);
			return r.set(new Uint8Array(e)), r.set(new Uint8Array(t), e.byteLength), n ? r : r.buffer;
		}
		function p(e) {
			for (var t = [], n = e.length, r = 0; r < n - 1; r += 2) t.push(parseInt(e.substr(r, 2), 16));
			return String.fromCharCode.apply(String, t);
		}
		function m() {
			this.reset();
		}
		return m.prototype.append = function(e) {
			return this.appendBinary(l(e)), this;
		}, m.prototype.appendBinary = function(e) {
			this._buff += e, this._length += e.length;
			for (var t = this._buff.length, i = 64; i <= t; i += 64) n(this._hash, r(this._buff.substring(i - 64, i)));
			return this._buff = this._buff.substring(i - 64), this;
		}, m.prototype.end = function(e) {
			var t = this._buff, n = t.length, r, i = [
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0
			], a;
			for (r = 0; r < n; r += 1) i[r >> 2] |= t.charCodeAt(r) << (r % 4 << 3);
			return this._finish(i, n), a = c(this._hash), e && (a = p(a)), this.reset(), a;
		}, m.prototype.reset = function() {
			return this._buff = "", this._length = 0, this._hash = [
				1732584193,
				-271733879,
				-1732584194,
				271733878
			], this;
		}, m.prototype.getState = function() {
			return {
				buff: this._buff,
				length: this._length,
				hash: this._hash.slice()
			};
		}, m.prototype.setState = function(e) {
			return this._buff = e.buff, this._length = e.length, this._hash = e.hash, this;
		}, m.prototype.destroy = function() {
			delete this._hash, delete this._buff, delete this._length;
		}, m.prototype._finish = function(e, t) {
			var r = t, i, a, o;
			if (e[r >> 2] |= 128 << (r % 4 << 3), r > 55) for (n(this._hash, e), r = 0; r < 16; r += 1) e[r] = 0;
			i = this._length * 8, i = i.toString(16).match(/(.*?)(.{0,8})$/), a = parseInt(i[2], 16), o = parseInt(i[1], 16) || 0, e[14] = a, e[15] = o, n(this._hash, e);
		}, m.hash = function(e, t) {
			return m.hashBinary(l(e), t);
		}, m.hashBinary = function(e, t) {
			var n = c(a(e));
			return t ? p(n) : n;
		}, m.ArrayBuffer = function() {
			this.reset();
		}, m.ArrayBuffer.prototype.append = function(e) {
			var t = f(this._buff.buffer, e, !0), r = t.length, a;
			for (this._length += e.byteLength, a = 64; a <= r; a += 64) n(this._hash, i(t.subarray(a - 64, a)));
			return this._buff = a - 64 < r ? new Uint8Array(t.buffer.slice(a - 64)) : /* @__PURE__ */ new Uint8Array(), this;
		}, m.ArrayBuffer.prototype.end = function(e) {
			for (var t = this._buff, n = t.length, r = [
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0
			], i = 0, a; i < n; i += 1) r[i >> 2] |= t[i] << (i % 4 << 3);
			return this._finish(r, n), a = c(this._hash), e && (a = p(a)), this.reset(), a;
		}, m.ArrayBuffer.prototype.reset = function() {
			return this._buff = /* @__PURE__ */ new Uint8Array(), this._length = 0, this._hash = [
				1732584193,
				-271733879,
				-1732584194,
				271733878
			], this;
		}, m.ArrayBuffer.prototype.getState = function() {
			var e = m.prototype.getState.call(this);
			return e.buff = d(e.buff), e;
		}, m.ArrayBuffer.prototype.setState = function(e) {
			return e.buff = u(e.buff, !0), m.prototype.setState.call(this, e);
		}, m.ArrayBuffer.prototype.destroy = m.prototype.destroy, m.ArrayBuffer.prototype._finish = m.prototype._finish, m.ArrayBuffer.hash = function(e, t) {
			var n = c(o(new Uint8Array(e)));
			return t ? p(n) : n;
		}, m;
	});
})), u, d = /* @__PURE__ */ new Uint8Array(16);
function f() {
	if (!u && (u = typeof crypto < "u" && crypto.getRandomValues && crypto.getRandomValues.bind(crypto) || typeof msCrypto < "u" && typeof msCrypto.getRandomValues == "function" && msCrypto.getRandomValues.bind(msCrypto), !u)) throw Error("crypto.getRandomValues() not supported. See https://github.com/uuidjs/uuid#getrandomvalues-not-supported");
	return u(d);
}
// node_modules/uuid/dist/esm-browser/regex.js
var p = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000)$/i;
// node_modules/uuid/dist/esm-browser/validate.js
function m(e) {
	return typeof e == "string" && p.test(e);
}
for (var h = [], g = 0; g < 256; ++g) h.push((g + 256).toString(16).substr(1));
function _(e) {
	var t = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : 0, n = (h[e[t + 0]] + h[e[t + 1]] + h[e[t + 2]] + h[e[t + 3]] + "-" + h[e[t + 4]] + h[e[t + 5]] + "-" + h[e[t + 6]] + h[e[t + 7]] + "-" + h[e[t + 8]] + h[e[t + 9]] + "-" + h[e[t + 10]] + h[e[t + 11]] + h[e[t + 12]] + h[e[t + 13]] + h[e[t + 14]] + h[e[t + 15]]).toLowerCase();
	if (!m(n)) throw TypeError("Stringified UUID is invalid");
	return n;
}
// node_modules/uuid/dist/esm-browser/v4.js
function v(e, t, n) {
	e ||= {};
	var r = e.random || (e.rng || f)();
	if (r[6] = r[6] & 15 | 64, r[8] = r[8] & 63 | 128, t) {
		n ||= 0;
		for (var i = 0; i < 16; ++i) t[n + i] = r[i];
		return t;
	}
	return _(r);
}
// node_modules/vuvuzela/index.js
var y = /* @__PURE__ */ o(((e) => {
	e.stringify = function(e) {
		var t = [];
		t.push({ obj: e });
		for (var n = "", r, i, a, o, s, c, l, u, d, f, p; r = t.pop();) if (i = r.obj, a = r.prefix || "", o = r.val || "", n += a, o) n += o;
		else if (typeof i != "object") n += i === void 0 ? null : JSON.stringify(i);
		else if (i === null) n += "null";
		else if (Array.isArray(i)) {
			for (t.push({ val: "]" }), s = i.length - 1; s >= 0; s--) c = s === 0 ? "" : ",", t.push({
				obj: i[s],
				prefix: c
			});
			t.push({ val: "[" });
		} else {
			for (u in l = [], i) i.hasOwnProperty(u) && l.push(u);
			for (t.push({ val: "}" }), s = l.length - 1; s >= 0; s--) d = l[s], f = i[d], p = s > 0 ? "," : "", p += JSON.stringify(d) + ":", t.push({
				obj: f,
				prefix: p
			});
			t.push({ val: "{" });
		}
		return n;
	};
	function t(e, t, n) {
		var r = n[n.length - 1];
		e === r.element && (n.pop(), r = n[n.length - 1]);
		var i = r.element, a = r.index;
		if (Array.isArray(i)) i.push(e);
		else if (a === t.length - 2) {
			var o = t.pop();
			i[o] = e;
		} else t.push(e);
	}
	e.parse = function(e) {
		for (var n = [], r = [], i = 0, a, o, s, c, l, u, d, f, p;;) if (a = e[i++], a === "}" || a === "]" || a === void 0) {
			if (n.length === 1) return n.pop();
			t(n.pop(), n, r);
		} else switch (a) {
			case " ":
			case "	":
			case "\n":
			case ":":
			case ",": break;
			case "n":
				i += 3, t(null, n, r);
				break;
			case "t":
				i += 3, t(!0, n, r);
				break;
			case "f":
				i += 4, t(!1, n, r);
				break;
			case "0":
			case "1":
			case "2":
			case "3":
			case "4":
			case "5":
			case "6":
			case "7":
			case "8":
			case "9":
			case "-":
				for (o = "", i--;;) if (s = e[i++], /[\d\.\-e\+]/.test(s)) o += s;
				else {
					i--;
					break;
				}
				t(parseFloat(o), n, r);
				break;
			case "\"":
				for (c = "", l = void 0, u = 0; d = e[i++], d !== "\"" || l === "\\" && u % 2 == 1;) c += d, l = d, l === "\\" ? u++ : u = 0;
				t(JSON.parse("\"" + c + "\""), n, r);
				break;
			case "[":
				f = {
					element: [],
					index: n.length
				}, n.push(f.element), r.push(f);
				break;
			case "{":
				p = {
					element: {},
					index: n.length
				}, n.push(p.element), r.push(p);
				break;
			default: throw Error("unexpectedly reached end of input: " + a);
		}
	};
})), b = /* @__PURE__ */ o(((e, t) => {
	var n = typeof Reflect == "object" ? Reflect : null, r = n && typeof n.apply == "function" ? n.apply : function(e, t, n) {
		return Function.prototype.apply.call(e, t, n);
	}, i = n && typeof n.ownKeys == "function" ? n.ownKeys : Object.getOwnPropertySymbols ? function(e) {
		return Object.getOwnPropertyNames(e).concat(Object.getOwnPropertySymbols(e));
	} : function(e) {
		return Object.getOwnPropertyNames(e);
	};
	function a(e) {
		console && console.warn && console.warn(e);
	}
	var o = Number.isNaN || function(e) {
		return e !== e;
	};
	function s() {
		s.init.call(this);
	}
	t.exports = s, t.exports.once = y, s.EventEmitter = s, s.prototype._events = void 0, s.prototype._eventsCount = 0, s.prototype._maxListeners = void 0;
	var c = 10;
	function l(e) {
		if (typeof e != "function") throw TypeError("The \"listener\" argument must be of type Function. Received type " + typeof e);
	}
	Object.defineProperty(s, "defaultMaxListeners", {
		enumerable: !0,
		get: function() {
			return c;
		},
		set: function(e) {
			if (typeof e != "number" || e < 0 || o(e)) throw RangeError("The value of \"defaultMaxListeners\" is out of range. It must be a non-negative number. Received " + e + ".");
			c = e;
		}
	}), s.init = function() {
		(this._events === void 0 || this._events === Object.getPrototypeOf(this)._events) && (this._events = Object.create(null), this._eventsCount = 0), this._maxListeners = this._maxListeners || void 0;
	}, s.prototype.setMaxListeners = function(e) {
		if (typeof e != "number" || e < 0 || o(e)) throw RangeError("The value of \"n\" is out of range. It must be a non-negative number. Received " + e + ".");
		return this._maxListeners = e, this;
	};
	function u(e) {
		return e._maxListeners === void 0 ? s.defaultMaxListeners : e._maxListeners;
	}
	s.prototype.getMaxListeners = function() {
		return u(this);
	}, s.prototype.emit = function(e) {
		for (var t = [], n = 1; n < arguments.length; n++) t.push(arguments[n]);
		var i = e === "error", a = this._events;
		if (a !== void 0) i &&= a.error === void 0;
		else if (!i) return !1;
		if (i) {
			var o;
			if (t.length > 0 && (o = t[0]), o instanceof Error) throw o;
			var s = /* @__PURE__ */ Error("Unhandled error." + (o ? " (" + o.message + ")" : ""));
			throw s.context = o, s;
		}
		var c = a[e];
		if (c === void 0) return !1;
		if (typeof c == "function") r(c, this, t);
		else for (var l = c.length, u = g(c, l), n = 0; n < l; ++n) r(u[n], this, t);
		return !0;
	};
	function d(e, t, n, r) {
		var i, o, s;
		if (l(n), o = e._events, o === void 0 ? (o = e._events = Object.create(null), e._eventsCount = 0) : (o.newListener !== void 0 && (e.emit("newListener", t, n.listener ? n.listener : n), o = e._events), s = o[t]), s === void 0) s = o[t] = n, ++e._eventsCount;
		else if (typeof s == "function" ? s = o[t] = r ? [n, s] : [s, n] : r ? s.unshift(n) : s.push(n), i = u(e), i > 0 && s.length > i && !s.warned) {
			s.warned = !0;
			var c = /* @__PURE__ */ Error("Possible EventEmitter memory leak detected. " + s.length + " " + String(t) + " listeners added. Use emitter.setMaxListeners() to increase limit");
			c.name = "MaxListenersExceededWarning", c.emitter = e, c.type = t, c.count = s.length, a(c);
		}
		return e;
	}
	s.prototype.addListener = function(e, t) {
		return d(this, e, t, !1);
	}, s.prototype.on = s.prototype.addListener, s.prototype.prependListener = function(e, t) {
		return d(this, e, t, !0);
	};
	function f() {
		if (!this.fired) return this.target.removeListener(this.type, this.wrapFn), this.fired = !0, arguments.length === 0 ? this.listener.call(this.target) : this.listener.apply(this.target, arguments);
	}
	function p(e, t, n) {
		var r = {
			fired: !1,
			wrapFn: void 0,
			target: e,
			type: t,
			listener: n
		}, i = f.bind(r);
		return i.listener = n, r.wrapFn = i, i;
	}
	s.prototype.once = function(e, t) {
		return l(t), this.on(e, p(this, e, t)), this;
	}, s.prototype.prependOnceListener = function(e, t) {
		return l(t), this.prependListener(e, p(this, e, t)), this;
	}, s.prototype.removeListener = function(e, t) {
		var n, r, i, a, o;
		if (l(t), r = this._events, r === void 0 || (n = r[e], n === void 0)) return this;
		if (n === t || n.listener === t) --this._eventsCount === 0 ? this._events = Object.create(null) : (delete r[e], r.removeListener && this.emit("removeListener", e, n.listener || t));
		else if (typeof n != "function") {
			for (i = -1, a = n.length - 1; a >= 0; a--) if (n[a] === t || n[a].listener === t) {
				o = n[a].listener, i = a;
				break;
			}
			if (i < 0) return this;
			i === 0 ? n.shift() : _(n, i), n.length === 1 && (r[e] = n[0]), r.removeListener !== void 0 && this.emit("removeListener", e, o || t);
		}
		return this;
	}, s.prototype.off = s.prototype.removeListener, s.prototype.removeAllListeners = function(e) {
		var t, n = this._events, r;
		if (n === void 0) return this;
		if (n.removeListener === void 0) return arguments.length === 0 ? (this._events = Object.create(null), this._eventsCount = 0) : n[e] !== void 0 && (--this._eventsCount === 0 ? this._events = Object.create(null) : delete n[e]), this;
		if (arguments.length === 0) {
			var i = Object.keys(n), a;
			for (r = 0; r < i.length; ++r) a = i[r], a !== "removeListener" && this.removeAllListeners(a);
			return this.removeAllListeners("removeListener"), this._events = Object.create(null), this._eventsCount = 0, this;
		}
		if (t = n[e], typeof t == "function") this.removeListener(e, t);
		else if (t !== void 0) for (r = t.length - 1; r >= 0; r--) this.removeListener(e, t[r]);
		return this;
	};
	function m(e, t, n) {
		var r = e._events;
		if (r === void 0) return [];
		var i = r[t];
		return i === void 0 ? [] : typeof i == "function" ? n ? [i.listener || i] : [i] : n ? v(i) : g(i, i.length);
	}
	s.prototype.listeners = function(e) {
		return m(this, e, !0);
	}, s.prototype.rawListeners = function(e) {
		return m(this, e, !1);
	}, s.listenerCount = function(e, t) {
		return typeof e.listenerCount == "function" ? e.listenerCount(t) : h.call(e, t);
	}, s.prototype.listenerCount = h;
	function h(e) {
		var t = this._events;
		if (t !== void 0) {
			var n = t[e];
			if (typeof n == "function") return 1;
			if (n !== void 0) return n.length;
		}
		return 0;
	}
	s.prototype.eventNames = function() {
		return this._eventsCount > 0 ? i(this._events) : [];
	};
	function g(e, t) {
		for (var n = Array(t), r = 0; r < t; ++r) n[r] = e[r];
		return n;
	}
	function _(e, t) {
		for (; t + 1 < e.length; t++) e[t] = e[t + 1];
		e.pop();
	}
	function v(e) {
		for (var t = Array(e.length), n = 0; n < t.length; ++n) t[n] = e[n].listener || e[n];
		return t;
	}
	function y(e, t) {
		return new Promise(function(n, r) {
			function i(n) {
				e.removeListener(t, a), r(n);
			}
			function a() {
				typeof e.removeListener == "function" && e.removeListener("error", i), n([].slice.call(arguments));
			}
			x(e, t, a, { once: !0 }), t !== "error" && b(e, i, { once: !0 });
		});
	}
	function b(e, t, n) {
		typeof e.on == "function" && x(e, "error", t, n);
	}
	function x(e, t, n, r) {
		if (typeof e.on == "function") r.once ? e.once(t, n) : e.on(t, n);
		else if (typeof e.addEventListener == "function") e.addEventListener(t, function i(a) {
			r.once && e.removeEventListener(t, i), n(a);
		});
		else throw TypeError("The \"emitter\" argument must be of type EventEmitter. Received type " + typeof e);
	}
})), x = /* @__PURE__ */ c(l()), S = /* @__PURE__ */ c(y()), C = /* @__PURE__ */ c(b());
function w(e) {
	return typeof ArrayBuffer < "u" && e instanceof ArrayBuffer || typeof Blob < "u" && e instanceof Blob;
}
function T(e) {
	return e instanceof ArrayBuffer ? e.slice(0) : e.slice(0, e.size, e.type);
}
var E = Function.prototype.toString, D = E.call(Object);
function ee(e) {
	var t = Object.getPrototypeOf(e);
	/* istanbul ignore if */
	if (t === null) return !0;
	var n = t.constructor;
	return typeof n == "function" && n instanceof n && E.call(n) == D;
}
function O(e) {
	var t, n, r;
	if (!e || typeof e != "object") return e;
	if (Array.isArray(e)) {
		for (t = [], n = 0, r = e.length; n < r; n++) t[n] = O(e[n]);
		return t;
	}
	if (e instanceof Date && isFinite(e)) return e.toISOString();
	if (w(e)) return T(e);
	if (!ee(e)) return e;
	for (n in t = {}, e)
 /* istanbul ignore else */
	if (Object.prototype.hasOwnProperty.call(e, n)) {
		var i = O(e[n]);
		i !== void 0 && (t[n] = i);
	}
	return t;
}
function te(e) {
	var t = !1;
	return function(...n) {
		/* istanbul ignore if */
		if (t) throw Error("once called more than once");
		t = !0, e.apply(this, n);
	};
}
function ne(e) {
	return function(...t) {
		t = O(t);
		var n = this, r = typeof t[t.length - 1] == "function" && t.pop(), i = new Promise(function(r, i) {
			var a;
			try {
				var o = te(function(e, t) {
					e ? i(e) : r(t);
				});
				t.push(o), a = e.apply(n, t), a && typeof a.then == "function" && r(a);
			} catch (e) {
				i(e);
			}
		});
		return r && i.then(function(e) {
			r(null, e);
		}, r), i;
	};
}
function re(e, t, n) {
	/* istanbul ignore if */
	if (e.constructor.listeners("debug").length) {
		for (var r = [
			"api",
			e.name,
			t
		], i = 0; i < n.length - 1; i++) r.push(n[i]);
		e.constructor.emit("debug", r);
		var a = n[n.length - 1];
		n[n.length - 1] = function(n, r) {
			var i = [
				"api",
				e.name,
				t
			];
			i = i.concat(n ? ["error", n] : ["success", r]), e.constructor.emit("debug", i), a(n, r);
		};
	}
}
function k(e, t) {
	return ne(function(...n) {
		if (this._closed) return Promise.reject(/* @__PURE__ */ Error("database is closed"));
		if (this._destroyed) return Promise.reject(/* @__PURE__ */ Error("database is destroyed"));
		var r = this;
		return re(r, e, n), this.taskqueue.isReady ? t.apply(this, n) : new Promise(function(t, i) {
			r.taskqueue.addTask(function(a) {
				a ? i(a) : t(r[e].apply(r, n));
			});
		});
	});
}
function A(e, t) {
	for (var n = {}, r = 0, i = t.length; r < i; r++) {
		var a = t[r];
		a in e && (n[a] = e[a]);
	}
	return n;
}
var j = 6;
function ie(e) {
	return e;
}
function ae(e) {
	return [{ ok: e }];
}
function oe(e, t, n) {
	var r = t.docs, i = /* @__PURE__ */ new Map();
	r.forEach(function(e) {
		i.has(e.id) ? i.get(e.id).push(e) : i.set(e.id, [e]);
	});
	var a = i.size, o = 0, s = Array(a);
	function c() {
		var e = [];
		s.forEach(function(t) {
			t.docs.forEach(function(n) {
				e.push({
					id: t.id,
					docs: [n]
				});
			});
		}), n(null, { results: e });
	}
	function l() {
		++o === a && c();
	}
	function u(e, t, n) {
		s[e] = {
			id: t,
			docs: n
		}, l();
	}
	var d = [];
	i.forEach(function(e, t) {
		d.push(t);
	});
	var f = 0;
	function p() {
		if (!(f >= d.length)) {
			var e = Math.min(f + j, d.length), t = d.slice(f, e);
			m(t, f), f += t.length;
		}
	}
	function m(n, r) {
		n.forEach(function(n, a) {
			var o = r + a, s = i.get(n), c = A(s[0], ["atts_since", "attachments"]);
			c.open_revs = s.map(function(e) {
				return e.rev;
			}), c.open_revs = c.open_revs.filter(ie);
			var l = ie;
			c.open_revs.length === 0 && (delete c.open_revs, l = ae), [
				"revs",
				"attachments",
				"binary",
				"ajax",
				"latest"
			].forEach(function(e) {
				e in t && (c[e] = t[e]);
			}), e.get(n, c, function(e, t) {
				u(o, n, e ? [{ error: e }] : l(t)), p();
			});
		});
	}
	p();
}
var se;
try {
	localStorage.setItem("_pouch_check_localstorage", 1), se = !!localStorage.getItem("_pouch_check_localstorage");
} catch {
	se = !1;
}
function ce() {
	return se;
}
var M = typeof queueMicrotask == "function" ? queueMicrotask : function(e) {
	Promise.resolve().then(e);
}, le = class extends C.default {
	constructor() {
		super(), this._listeners = {}, ce() && addEventListener("storage", (e) => {
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
			var e = A(r, [
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
				i === "waiting" && M(o), i = !1;
			}).on("error", s);
		}
		this._listeners[t] = o, this.on(e, o);
	}
	removeListener(e, t) {
		t in this._listeners && (super.removeListener(e, this._listeners[t]), delete this._listeners[t]);
	}
	notifyLocalWindows(e) {
		ce() && (localStorage[e] = localStorage[e] === "a" ? "b" : "a");
	}
	notify(e) {
		this.emit(e), this.notifyLocalWindows(e);
	}
};
function N(e) {
	/* istanbul ignore else */
	if (typeof console < "u" && typeof console[e] == "function") {
		var t = Array.prototype.slice.call(arguments, 1);
		console[e].apply(console, t);
	}
}
function ue(e, t) {
	var n = 6e5;
	e = parseInt(e, 10) || 0, t = parseInt(t, 10), t !== t || t <= e ? t = (e || 1) << 1 : t += 1, t > n && (e = n >> 1, t = n);
	var r = Math.random();
	return ~~((t - e) * r + e);
}
function de(e) {
	var t = 0;
	return e || (t = 2e3), ue(e, t);
}
function fe(e, t) {
	N("info", "The above " + e + " is totally normal. " + t);
}
var P = class extends Error {
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
new P(401, "unauthorized", "Name or password is incorrect.");
var pe = new P(400, "bad_request", "Missing JSON list of 'docs'"), F = new P(404, "not_found", "missing"), me = new P(409, "conflict", "Document update conflict"), he = new P(400, "bad_request", "_id field must contain a string"), ge = new P(412, "missing_id", "_id is required for puts"), _e = new P(400, "bad_request", "Only reserved document ids may start with underscore.");
new P(412, "precondition_failed", "Database not open");
var ve = new P(500, "unknown_error", "Database encountered an unknown error"), ye = new P(500, "badarg", "Some query argument is invalid");
new P(400, "invalid_request", "Request was invalid");
var be = new P(400, "query_parse_error", "Some query parameter is invalid"), xe = new P(500, "doc_validation", "Bad special document member"), Se = new P(400, "bad_request", "Something wrong with the request"), Ce = new P(400, "bad_request", "Document must be a JSON object");
new P(404, "not_found", "Database not found");
var we = new P(500, "indexed_db_went_bad", "unknown");
new P(500, "web_sql_went_bad", "unknown"), new P(500, "levelDB_went_went_bad", "unknown"), new P(403, "forbidden", "Forbidden by design doc validate_doc_update function");
var Te = new P(400, "bad_request", "Invalid rev format");
new P(412, "file_exists", "The database could not be created, the file already exists.");
var Ee = new P(412, "missing_stub", "A pre-existing attachment stub wasn't found");
new P(413, "invalid_url", "Provided URL is invalid");
function I(e, t) {
	function n(t) {
		for (var n = Object.getOwnPropertyNames(e), r = 0, i = n.length; r < i; r++) typeof e[n[r]] != "function" && (this[n[r]] = e[n[r]]);
		this.stack === void 0 && (this.stack = (/* @__PURE__ */ Error()).stack), t !== void 0 && (this.reason = t);
	}
	return n.prototype = P.prototype, new n(t);
}
function De(e) {
	if (typeof e != "object") {
		var t = e;
		e = ve, e.data = t;
	}
	return "error" in e && e.error === "conflict" && (e.name = "conflict", e.status = 409), "name" in e || (e.name = e.error || "unknown"), "status" in e || (e.status = 500), "message" in e || (e.message = e.message || e.reason), "stack" in e || (e.stack = (/* @__PURE__ */ Error()).stack), e;
}
function Oe(e, t, n) {
	try {
		return !e(t, n);
	} catch (e) {
		return I(Se, "Filter function threw: " + e.toString());
	}
}
function ke(e) {
	var t = {}, n = e.filter && typeof e.filter == "function";
	return t.query = e.query_params, function(r) {
		r.doc ||= {};
		var i = n && Oe(e.filter, r.doc, t);
		if (typeof i == "object") return i;
		if (i) return !1;
		if (!e.include_docs) delete r.doc;
		else if (!e.attachments) for (var a in r.doc._attachments)
 /* istanbul ignore else */
		Object.prototype.hasOwnProperty.call(r.doc._attachments, a) && (r.doc._attachments[a].stub = !0);
		return !0;
	};
}
function Ae(e) {
	var t;
	if (e ? typeof e == "string" ? /^_/.test(e) && !/^_(design|local)/.test(e) && (t = I(_e)) : t = I(he) : t = I(ge), t) throw t;
}
function L(e) {
	/* istanbul ignore next */
	return typeof e._remote == "boolean" ? e._remote : 
	/* istanbul ignore next */
	typeof e.type == "function" && (N("warn", "db.type() is deprecated and will be removed in a future version of PouchDB"), e.type() === "http");
}
function je(e, t) {
	return "listenerCount" in e ? e.listenerCount(t) : C.default.listenerCount(e, t);
}
function Me(e) {
	if (!e) return null;
	var t = e.split("/");
	return t.length === 2 ? t : t.length === 1 ? [e, e] : null;
}
function Ne(e) {
	var t = Me(e);
	return t ? t.join("/") : null;
}
var Pe = [
	"source",
	"protocol",
	"authority",
	"userInfo",
	"user",
	"password",
	"host",
	"port",
	"relative",
	"path",
	"directory",
	"file",
	"query",
	"anchor"
], Fe = "queryKey", Ie = /(?:^|&)([^&=]*)=?([^&]*)/g, Le = /^(?:(?![^:@]+:[^:@\/]*@)([^:\/?#.]+):)?(?:\/\/)?((?:(([^:@]*)(?::([^:@]*))?)?@)?([^:\/?#]*)(?::(\d*))?)(((\/(?:[^?#](?![^?#\/]*\.[^?#\/.]+(?:[?#]|$)))*\/?)?([^?#\/]*))(?:\?([^#]*))?(?:#(.*))?)/;
function Re(e) {
	for (var t = Le.exec(e), n = {}, r = 14; r--;) {
		var i = Pe[r], a = t[r] || "";
		n[i] = ["user", "password"].indexOf(i) === -1 ? a : decodeURIComponent(a);
	}
	return n[Fe] = {}, n[Pe[12]].replace(Ie, function(e, t, r) {
		t && (n[Fe][t] = r);
	}), n;
}
function ze(e, t) {
	var n = [], r = [];
	for (var i in t) Object.prototype.hasOwnProperty.call(t, i) && (n.push(i), r.push(t[i]));
	return n.push(e), Function.apply(null, n).apply(null, r);
}
function Be(e, t, n) {
	return e.get(t).catch(function(e) {
		/* istanbul ignore next */
		if (e.status !== 404) throw e;
		return {};
	}).then(function(r) {
		var i = r._rev, a = n(r);
		return a ? (a._id = t, a._rev = i, Ve(e, a, n)) : {
			updated: !1,
			rev: i
		};
	});
}
function Ve(e, t, n) {
	return e.put(t).then(function(e) {
		return {
			updated: !0,
			rev: e.rev
		};
	}, function(r) {
		/* istanbul ignore next */
		if (r.status !== 409) throw r;
		return Be(e, t._id, n);
	});
}
var He = function(e) {
	return atob(e);
}, Ue = function(e) {
	return btoa(e);
};
function We(e, t) {
	e ||= [], t ||= {};
	try {
		return new Blob(e, t);
	} catch (i) {
		if (i.name !== "TypeError") throw i;
		for (var n = new (typeof BlobBuilder < "u" ? BlobBuilder : typeof MSBlobBuilder < "u" ? MSBlobBuilder : typeof MozBlobBuilder < "u" ? MozBlobBuilder : WebKitBlobBuilder)(), r = 0; r < e.length; r += 1) n.append(e[r]);
		return n.getBlob(t.type);
	}
}
function Ge(e) {
	for (var t = e.length, n = new ArrayBuffer(t), r = new Uint8Array(n), i = 0; i < t; i++) r[i] = e.charCodeAt(i);
	return n;
}
function Ke(e, t) {
	return We([Ge(e)], { type: t });
}
function qe(e, t) {
	return Ke(He(e), t);
}
function Je(e) {
	for (var t = "", n = new Uint8Array(e), r = n.byteLength, i = 0; i < r; i++) t += String.fromCharCode(n[i]);
	return t;
}
function Ye(e, t) {
	var n = new FileReader(), r = typeof n.readAsBinaryString == "function";
	n.onloadend = function(e) {
		var n = e.target.result || "";
		if (r) return t(n);
		t(Je(n));
	}, r ? n.readAsBinaryString(e) : n.readAsArrayBuffer(e);
}
function Xe(e, t) {
	Ye(e, function(e) {
		t(e);
	});
}
function Ze(e, t) {
	Xe(e, function(e) {
		t(Ue(e));
	});
}
function Qe(e, t) {
	var n = new FileReader();
	n.onloadend = function(e) {
		t(e.target.result || /* @__PURE__ */ new ArrayBuffer(0));
	}, n.readAsArrayBuffer(e);
}
var $e = self.setImmediate || self.setTimeout, et = 32768;
function tt(e) {
	return Ue(e);
}
function nt(e, t, n, r, i) {
	(n > 0 || r < t.size) && (t = t.slice(n, r)), Qe(t, function(t) {
		e.append(t), i();
	});
}
function rt(e, t, n, r, i) {
	(n > 0 || r < t.length) && (t = t.substring(n, r)), e.appendBinary(t), i();
}
function it(e, t) {
	var n = typeof e == "string", r = n ? e.length : e.size, i = Math.min(et, r), a = Math.ceil(r / i), o = 0, s = n ? new x.default() : new x.default.ArrayBuffer(), c = n ? rt : nt;
	function l() {
		$e(d);
	}
	function u() {
		t(tt(s.end(!0))), s.destroy();
	}
	function d() {
		var t = o * i, n = t + i;
		o++, o < a ? c(s, e, t, n, l) : c(s, e, t, n, u);
	}
	d();
}
function at(e) {
	return x.default.hash(e);
}
function ot(e, t) {
	if (!t) return v().replace(/-/g, "").toLowerCase();
	var n = Object.assign({}, e);
	return delete n._rev_tree, at(JSON.stringify(n));
}
var st = v;
function R(e) {
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
function z(e, t) {
	for (var n = e.slice(), r; r = n.pop();) for (var i = r.pos, a = r.ids, o = a[2], s = t(o.length === 0, i, a[0], r.ctx, a[1]), c = 0, l = o.length; c < l; c++) n.push({
		pos: i + 1,
		ids: o[c],
		ctx: s
	});
}
function ct(e, t) {
	return e.pos - t.pos;
}
function lt(e) {
	var t = [];
	z(e, function(e, n, r, i, a) {
		e && t.push({
			rev: n + "-" + r,
			pos: n,
			opts: a
		});
	}), t.sort(ct).reverse();
	for (var n = 0, r = t.length; n < r; n++) delete t[n].pos;
	return t;
}
function ut(e) {
	for (var t = R(e), n = lt(e.rev_tree), r = [], i = 0, a = n.length; i < a; i++) {
		var o = n[i];
		o.rev !== t && !o.opts.deleted && r.push(o.rev);
	}
	return r;
}
function dt(e) {
	var t = [];
	return z(e.rev_tree, function(e, n, r, i, a) {
		a.status === "available" && !e && (t.push(n + "-" + r), a.status = "missing");
	}), t;
}
function ft(e, t) {
	let n = [], r = e.slice(), i;
	for (; i = r.pop();) {
		let { pos: e, ids: a } = i, o = `${e}-${a[0]}`, s = a[2];
		if (n.push(o), o === t) {
			if (s.length !== 0) throw Error("The requested revision is not a leaf");
			return n.reverse();
		}
		(s.length === 0 || s.length > 1) && (n = []);
		for (let t = 0, n = s.length; t < n; t++) r.push({
			pos: e + 1,
			ids: s[t]
		});
	}
	if (n.length === 0) throw Error("The requested revision does not exist");
	return n.reverse();
}
function pt(e) {
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
function mt(e, t) {
	return e.pos - t.pos;
}
function ht(e, t, n) {
	for (var r = 0, i = e.length, a; r < i;) a = r + i >>> 1, n(e[a], t) < 0 ? r = a + 1 : i = a;
	return r;
}
function gt(e, t, n) {
	var r = ht(e, t, n);
	e.splice(r, 0, t);
}
function _t(e, t) {
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
function vt(e, t) {
	return e[0] < t[0] ? -1 : 1;
}
function yt(e, t) {
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
			c || (r = "new_branch", gt(a[2], o[2][s], vt));
		}
	}
	return {
		conflicts: r,
		tree: e
	};
}
function bt(e, t, n) {
	var r = [], i = !1, a = !1, o;
	if (!e.length) return {
		tree: [t],
		conflicts: "new_leaf"
	};
	for (var s = 0, c = e.length; s < c; s++) {
		var l = e[s];
		if (l.pos === t.pos && l.ids[0] === t.ids[0]) o = yt(l.ids, t.ids), r.push({
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
			y ? (o = yt(y.ids, d.ids), y.parent[2][y.parentIdx] = o.tree, r.push({
				pos: u.pos,
				ids: u.ids
			}), i ||= o.conflicts, a = !0) : r.push(l);
		} else r.push(l);
	}
	return a || r.push(t), r.sort(mt), {
		tree: r,
		conflicts: i || "internal_node"
	};
}
function xt(e, t) {
	for (var n = pt(e), r, i, a = 0, o = n.length; a < o; a++) {
		var s = n[a], c = s.ids, l;
		if (c.length > t) {
			r ||= {};
			var u = c.length - t;
			l = {
				pos: s.pos + u,
				ids: _t(c, u)
			};
			for (var d = 0; d < u; d++) {
				var f = s.pos + d + "-" + c[d].id;
				r[f] = !0;
			}
		} else l = {
			pos: s.pos,
			ids: _t(c, 0)
		};
		i = i ? bt(i, l, !0).tree : [l];
	}
	return r && z(i, function(e, t, n) {
		delete r[t + "-" + n];
	}), {
		tree: i,
		revs: r ? Object.keys(r) : []
	};
}
function St(e, t, n) {
	var r = bt(e, t), i = xt(r.tree, n);
	return {
		tree: i.tree,
		stemmedRevs: i.revs,
		conflicts: r.conflicts
	};
}
function Ct(e, t) {
	for (var n = e.slice(), r = t.split("-"), i = parseInt(r[0], 10), a = r[1], o; o = n.pop();) {
		if (o.pos === i && o.ids[0] === a) return !0;
		for (var s = o.ids[2], c = 0, l = s.length; c < l; c++) n.push({
			pos: o.pos + 1,
			ids: s[c]
		});
	}
	return !1;
}
function wt(e) {
	return e.ids;
}
function B(e, t) {
	t ||= R(e);
	for (var n = t.substring(t.indexOf("-") + 1), r = e.rev_tree.map(wt), i; i = r.pop();) {
		if (i[0] === n) return !!i[1].deleted;
		r = r.concat(i[2]);
	}
}
function V(e) {
	return typeof e == "string" && e.startsWith("_local/");
}
function Tt(e, t) {
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
function Et(e, t, n, r) {
	try {
		e.emit("change", t, n, r);
	} catch (e) {
		N("error", "Error in .on(\"change\", function):", e);
	}
}
function Dt(e, t, n) {
	var r = [{ rev: e._rev }];
	n.style === "all_docs" && (r = lt(t.rev_tree).map(function(e) {
		return { rev: e.rev };
	}));
	var i = {
		id: t.id,
		changes: r,
		doc: e
	};
	return B(t, e._rev) && (i.deleted = !0), n.conflicts && (i.doc._conflicts = ut(t), i.doc._conflicts.length || delete i.doc._conflicts), i;
}
var Ot = class extends C.default {
	constructor(e, t, n) {
		super(), this.db = e, t = t ? O(t) : {};
		var r = t.complete = te((t, n) => {
			t ? je(this, "error") > 0 && this.emit("error", t) : this.emit("complete", n), this.removeAllListeners(), e.removeListener("destroyed", i);
		});
		n && (this.on("complete", function(e) {
			n(null, e);
		}), this.on("error", n));
		let i = () => {
			this.cancel();
		};
		e.once("destroyed", i), t.onChange = (e, t, n) => {
			/* istanbul ignore if */
			this.isCancelled || Et(this, e, t, n);
		};
		var a = new Promise(function(e, n) {
			t.complete = function(t, r) {
				t ? n(t) : e(r);
			};
		});
		this.once("cancel", function() {
			e.removeListener("destroyed", i), t.complete(null, { status: "cancelled" });
		}), this.then = a.then.bind(a), this.catch = a.catch.bind(a), this.then(function(e) {
			r(null, e);
		}, r), e.taskqueue.isReady ? this.validateChanges(t) : e.taskqueue.addTask((e) => {
			e ? t.complete(e) : this.isCancelled ? this.emit("cancel") : this.validateChanges(t);
		});
	}
	cancel() {
		this.isCancelled = !0, this.db.taskqueue.isReady && this.emit("cancel");
	}
	validateChanges(e) {
		var t = e.complete;
		/* istanbul ignore else */
		H._changesFilterPlugin ? H._changesFilterPlugin.validate(e, (n) => {
			if (n) return t(n);
			this.doChanges(e);
		}) : this.doChanges(e);
	}
	doChanges(e) {
		var t = e.complete;
		if (e = O(e), "live" in e && !("continuous" in e) && (e.continuous = e.live), e.processChange = Dt, e.since === "latest" && (e.since = "now"), e.since || (e.since = 0), e.since === "now") this.db.info().then((n) => {
			/* istanbul ignore if */
			this.isCancelled ? t(null, { status: "cancelled" }) : (e.since = n.update_seq, this.doChanges(e));
		}, t);
		else {
			/* istanbul ignore else */
			if (H._changesFilterPlugin) {
				if (H._changesFilterPlugin.normalize(e), H._changesFilterPlugin.shouldFilter(this, e)) return H._changesFilterPlugin.filter(this, e);
			} else [
				"doc_ids",
				"filter",
				"selector",
				"view"
			].forEach(function(t) {
				t in e && N("warn", "The \"" + t + "\" option was passed in to changes/replicate, but pouchdb-changes-filter plugin is not installed, so it was ignored. Please install the plugin to enable filtering.");
			});
			"descending" in e || (e.descending = !1), e.limit = e.limit === 0 ? 1 : e.limit, e.complete = t;
			var n = this.db._changes(e);
			/* istanbul ignore else */
			if (n && typeof n.cancel == "function") {
				let e = this.cancel;
				this.cancel = (...t) => {
					n.cancel(), e.apply(this, t);
				};
			}
		}
	}
};
function kt(e, t) {
	return function(n, r) {
		n || r[0] && r[0].error ? (n ||= r[0], n.docId = t, e(n)) : e(null, r.length ? r[0] : r);
	};
}
function At(e) {
	for (var t = 0; t < e.length; t++) {
		var n = e[t];
		if (n._deleted) delete n._attachments;
		else if (n._attachments) for (var r = Object.keys(n._attachments), i = 0; i < r.length; i++) {
			var a = r[i];
			n._attachments[a] = A(n._attachments[a], [
				"data",
				"digest",
				"content_type",
				"length",
				"revpos",
				"stub"
			]);
		}
	}
}
function jt(e, t) {
	return e._id === t._id ? (e._revisions ? e._revisions.start : 0) - (t._revisions ? t._revisions.start : 0) : e._id < t._id ? -1 : 1;
}
function Mt(e) {
	var t = {}, n = [];
	return z(e, function(e, r, i, a) {
		var o = r + "-" + i;
		return e && (t[o] = 0), a !== void 0 && n.push({
			from: a,
			to: o
		}), o;
	}), n.reverse(), n.forEach(function(e) {
		t[e.from] === void 0 ? t[e.from] = 1 + t[e.to] : t[e.from] = Math.min(t[e.from], 1 + t[e.to]);
	}), t;
}
function Nt(e) {
	var t = "limit" in e ? e.keys.slice(e.skip, e.limit + e.skip) : e.skip > 0 ? e.keys.slice(e.skip) : e.keys;
	e.keys = t, e.skip = 0, delete e.limit, e.descending &&= (t.reverse(), !1);
}
function Pt(e) {
	var t = e._compactionQueue[0], n = t.opts, r = t.callback;
	e.get("_local/compaction").catch(function() {
		return !1;
	}).then(function(t) {
		t && t.last_seq && (n.last_seq = t.last_seq), e._compact(n, function(t, n) {
			t ? r(t) : r(null, n), M(function() {
				e._compactionQueue.shift(), e._compactionQueue.length && Pt(e);
			});
		});
	});
}
function Ft(e, t, n) {
	return e.get("_local/purges").then(function(e) {
		let r = e.purgeSeq + 1;
		return e.purges.push({
			docId: t,
			rev: n,
			purgeSeq: r
		}), e.purges.length > self.purged_infos_limit && e.purges.splice(0, e.purges.length - self.purged_infos_limit), e.purgeSeq = r, e;
	}).catch(function(e) {
		if (e.status !== 404) throw e;
		return {
			_id: "_local/purges",
			purges: [{
				docId: t,
				rev: n,
				purgeSeq: 0
			}],
			purgeSeq: 0
		};
	}).then(function(t) {
		return e.put(t);
	});
}
function It(e) {
	return e.charAt(0) === "_" && e + " is not a valid attachment name, attachment names cannot start with '_'";
}
function Lt(e) {
	return typeof e != "object" || !e || Array.isArray(e);
}
var Rt = /^\d+-[^-]*$/;
function zt(e) {
	return typeof e == "string" && Rt.test(e);
}
var Bt = class extends C.default {
	_setup() {
		this.post = k("post", function(e, t, n) {
			if (typeof t == "function" && (n = t, t = {}), Lt(e)) return n(I(Ce));
			this.bulkDocs({ docs: [e] }, t, kt(n, e._id));
		}).bind(this), this.put = k("put", function(e, t, n) {
			if (typeof t == "function" && (n = t, t = {}), Lt(e)) return n(I(Ce));
			if (Ae(e._id), "_rev" in e && !zt(e._rev)) return n(I(Te));
			if (V(e._id) && typeof this._putLocal == "function") return e._deleted ? this._removeLocal(e, n) : this._putLocal(e, n);
			let r = (n) => {
				typeof this._put == "function" && t.new_edits !== !1 ? this._put(e, t, n) : this.bulkDocs({ docs: [e] }, t, kt(n, e._id));
			};
			t.force && e._rev ? (i(), r(function(t) {
				var r = t ? null : {
					ok: !0,
					id: e._id,
					rev: e._rev
				};
				n(t, r);
			})) : r(n);
			function i() {
				var n = e._rev.split("-"), r = n[1], i = parseInt(n[0], 10) + 1, a = ot();
				e._revisions = {
					start: i,
					ids: [a, r]
				}, e._rev = i + "-" + a, t.new_edits = !1;
			}
		}).bind(this), this.putAttachment = k("putAttachment", function(e, t, n, r, i) {
			var a = this;
			typeof i == "function" && (i = r, r = n, n = null), i === void 0 && (i = r, r = n, n = null), i || N("warn", "Attachment", t, "on document", e, "is missing content_type");
			function o(e) {
				var n = "_rev" in e ? parseInt(e._rev, 10) : 0;
				return e._attachments = e._attachments || {}, e._attachments[t] = {
					content_type: i,
					data: r,
					revpos: ++n
				}, a.put(e);
			}
			return a.get(e).then(function(e) {
				if (e._rev !== n) throw I(me);
				return o(e);
			}, function(t) {
				/* istanbul ignore else */
				if (t.reason === F.message) return o({ _id: e });
				throw t;
			});
		}).bind(this), this.removeAttachment = k("removeAttachment", function(e, t, n, r) {
			this.get(e, (e, i) => {
				/* istanbul ignore if */
				if (e) r(e);
				else if (i._rev !== n) r(I(me));
				else {
					/* istanbul ignore if */
					if (!i._attachments) return r();
					delete i._attachments[t], Object.keys(i._attachments).length === 0 && delete i._attachments, this.put(i, r);
				}
			});
		}).bind(this), this.remove = k("remove", function(e, t, n, r) {
			var i;
			typeof t == "string" ? (i = {
				_id: e,
				_rev: t
			}, typeof n == "function" && (r = n, n = {})) : (i = e, typeof t == "function" ? (r = t, n = {}) : (r = n, n = t)), n ||= {}, n.was_delete = !0;
			var a = {
				_id: i._id,
				_rev: i._rev || n.rev
			};
			if (a._deleted = !0, V(a._id) && typeof this._removeLocal == "function") return this._removeLocal(i, r);
			this.bulkDocs({ docs: [a] }, n, kt(r, a._id));
		}).bind(this), this.revsDiff = k("revsDiff", function(e, t, n) {
			typeof t == "function" && (n = t, t = {});
			var r = Object.keys(e);
			if (!r.length) return n(null, {});
			var i = 0, a = /* @__PURE__ */ new Map();
			function o(e, t) {
				a.has(e) || a.set(e, { missing: [] }), a.get(e).missing.push(t);
			}
			function s(t, n) {
				var r = e[t].slice(0);
				z(n, function(e, n, i, a, s) {
					var c = n + "-" + i, l = r.indexOf(c);
					l !== -1 && (r.splice(l, 1), s.status !== "available" && o(t, c));
				}), r.forEach(function(e) {
					o(t, e);
				});
			}
			r.forEach(function(t) {
				this._getRevisionTree(t, function(o, c) {
					if (o && o.status === 404 && o.message === "missing") a.set(t, { missing: e[t] });
					else if (o)
 /* istanbul ignore next */
					return n(o);
					else s(t, c);
					if (++i === r.length) {
						var l = {};
						return a.forEach(function(e, t) {
							l[t] = e;
						}), n(null, l);
					}
				});
			}, this);
		}).bind(this), this.bulkGet = k("bulkGet", function(e, t) {
			oe(this, e, t);
		}).bind(this), this.compactDocument = k("compactDocument", function(e, t, n) {
			this._getRevisionTree(e, (r, i) => {
				/* istanbul ignore if */
				if (r) return n(r);
				var a = Mt(i), o = [], s = [];
				Object.keys(a).forEach(function(e) {
					a[e] > t && o.push(e);
				}), z(i, function(e, t, n, r, i) {
					var a = t + "-" + n;
					i.status === "available" && o.indexOf(a) !== -1 && s.push(a);
				}), this._doCompaction(e, s, n);
			});
		}).bind(this), this.compact = k("compact", function(e, t) {
			typeof e == "function" && (t = e, e = {}), e ||= {}, this._compactionQueue = this._compactionQueue || [], this._compactionQueue.push({
				opts: e,
				callback: t
			}), this._compactionQueue.length === 1 && Pt(this);
		}).bind(this), this.get = k("get", function(e, t, n) {
			if (typeof t == "function" && (n = t, t = {}), t ||= {}, typeof e != "string") return n(I(he));
			if (V(e) && typeof this._getLocal == "function") return this._getLocal(e, n);
			var r = [];
			let i = () => {
				var i = [], a = r.length;
				/* istanbul ignore if */
				if (!a) return n(null, i);
				r.forEach((r) => {
					this.get(e, {
						rev: r,
						revs: t.revs,
						latest: t.latest,
						attachments: t.attachments,
						binary: t.binary
					}, function(e, t) {
						if (e) i.push({ missing: r });
						else {
							for (var o, s = 0, c = i.length; s < c; s++) if (i[s].ok && i[s].ok._rev === t._rev) {
								o = !0;
								break;
							}
							o || i.push({ ok: t });
						}
						a--, a || n(null, i);
					});
				});
			};
			if (t.open_revs) {
				if (t.open_revs === "all") this._getRevisionTree(e, function(e, t) {
					/* istanbul ignore if */
					if (e) return n(e);
					r = lt(t).map(function(e) {
						return e.rev;
					}), i();
				});
				else if (Array.isArray(t.open_revs)) {
					r = t.open_revs;
					for (var a = 0; a < r.length; a++) {
						var o = r[a];
						if (!zt(o)) return n(I(Te));
					}
					i();
				} else return n(I(ve, "function_clause"));
			} else return this._get(e, t, (r, i) => {
				if (r) return r.docId = e, n(r);
				var a = i.doc, o = i.metadata, s = i.ctx;
				if (t.conflicts) {
					var c = ut(o);
					c.length && (a._conflicts = c);
				}
				if (B(o, a._rev) && (a._deleted = !0), t.revs || t.revs_info) {
					for (var l = a._rev.split("-"), u = parseInt(l[0], 10), d = l[1], f = pt(o.rev_tree), p = null, m = 0; m < f.length; m++) {
						var h = f[m];
						let e = h.ids.findIndex((e) => e.id === d);
						(e === u - 1 || !p && e !== -1) && (p = h);
					}
					/* istanbul ignore if */
					if (!p) return r = /* @__PURE__ */ Error("invalid rev tree"), r.docId = e, n(r);
					let i = a._rev.split("-")[1], s = p.ids.findIndex((e) => e.id === i) + 1;
					var g = p.ids.length - s;
					if (p.ids.splice(s, g), p.ids.reverse(), t.revs && (a._revisions = {
						start: p.pos + p.ids.length - 1,
						ids: p.ids.map(function(e) {
							return e.id;
						})
					}), t.revs_info) {
						var _ = p.pos + p.ids.length;
						a._revs_info = p.ids.map(function(e) {
							return _--, {
								rev: _ + "-" + e.id,
								status: e.opts.status
							};
						});
					}
				}
				if (t.attachments && a._attachments) {
					var v = a._attachments, y = Object.keys(v).length;
					if (y === 0) return n(null, a);
					Object.keys(v).forEach((e) => {
						this._getAttachment(a._id, e, v[e], {
							binary: t.binary,
							metadata: o,
							ctx: s
						}, function(t, r) {
							var i = a._attachments[e];
							i.data = r, delete i.stub, delete i.length, --y || n(null, a);
						});
					});
				} else {
					if (a._attachments) for (var b in a._attachments)
 /* istanbul ignore else */
					Object.prototype.hasOwnProperty.call(a._attachments, b) && (a._attachments[b].stub = !0);
					n(null, a);
				}
			});
		}).bind(this), this.getAttachment = k("getAttachment", function(e, t, n, r) {
			n instanceof Function && (r = n, n = {}), this._get(e, n, (i, a) => {
				if (i) return r(i);
				if (a.doc._attachments && a.doc._attachments[t]) n.ctx = a.ctx, n.binary = !0, n.metadata = a.metadata, this._getAttachment(e, t, a.doc._attachments[t], n, r);
				else return r(I(F));
			});
		}).bind(this), this.allDocs = k("allDocs", function(e, t) {
			if (typeof e == "function" && (t = e, e = {}), e.skip = e.skip === void 0 ? 0 : e.skip, e.start_key && (e.startkey = e.start_key), e.end_key && (e.endkey = e.end_key), "keys" in e) {
				if (!Array.isArray(e.keys)) return t(/* @__PURE__ */ TypeError("options.keys must be an array"));
				var n = [
					"startkey",
					"endkey",
					"key"
				].filter(function(t) {
					return t in e;
				})[0];
				if (n) {
					t(I(be, "Query parameter `" + n + "` is not compatible with multi-get"));
					return;
				}
				if (!L(this) && (Nt(e), e.keys.length === 0)) return this._allDocs({ limit: 0 }, t);
			}
			return this._allDocs(e, t);
		}).bind(this), this.close = k("close", function(e) {
			return this._closed = !0, this.emit("closed"), this._close(e);
		}).bind(this), this.info = k("info", function(e) {
			this._info((t, n) => {
				if (t) return e(t);
				n.db_name = n.db_name || this.name, n.auto_compaction = !(!this.auto_compaction || L(this)), n.adapter = this.adapter, e(null, n);
			});
		}).bind(this), this.id = k("id", function(e) {
			return this._id(e);
		}).bind(this), this.bulkDocs = k("bulkDocs", function(e, t, n) {
			if (typeof t == "function" && (n = t, t = {}), t ||= {}, Array.isArray(e) && (e = { docs: e }), !e || !e.docs || !Array.isArray(e.docs)) return n(I(pe));
			for (var r = 0; r < e.docs.length; ++r) {
				let t = e.docs[r];
				if (Lt(t)) return n(I(Ce));
				if ("_rev" in t && !zt(t._rev)) return n(I(Te));
			}
			var i;
			if (e.docs.forEach(function(e) {
				e._attachments && Object.keys(e._attachments).forEach(function(t) {
					i ||= It(t), e._attachments[t].content_type || N("warn", "Attachment", t, "on document", e._id, "is missing content_type");
				});
			}), i) return n(I(Se, i));
			"new_edits" in t || ("new_edits" in e ? t.new_edits = e.new_edits : t.new_edits = !0);
			var a = this;
			!t.new_edits && !L(a) && e.docs.sort(jt), At(e.docs);
			var o = e.docs.map(function(e) {
				return e._id;
			});
			this._bulkDocs(e, t, function(e, r) {
				if (e) return n(e);
				if (t.new_edits || (r = r.filter(function(e) {
					return e.error;
				})), !L(a)) for (var i = 0, s = r.length; i < s; i++) r[i].id = r[i].id || o[i];
				n(null, r);
			});
		}).bind(this), this.registerDependentDatabase = k("registerDependentDatabase", function(e, t) {
			var n = O(this.__opts);
			this.__opts.view_adapter && (n.adapter = this.__opts.view_adapter);
			var r = new this.constructor(e, n);
			function i(t) {
				return t.dependentDbs = t.dependentDbs || {}, !t.dependentDbs[e] && (t.dependentDbs[e] = !0, t);
			}
			Be(this, "_local/_pouch_dependentDbs", i).then(function() {
				t(null, { db: r });
			}).catch(t);
		}).bind(this), this.destroy = k("destroy", function(e, t) {
			typeof e == "function" && (t = e, e = {});
			var n = "use_prefix" in this ? this.use_prefix : !0;
			let r = () => {
				this._destroy(e, (e, n) => {
					if (e) return t(e);
					this._destroyed = !0, this.emit("destroyed"), t(null, n || { ok: !0 });
				});
			};
			if (L(this)) return r();
			this.get("_local/_pouch_dependentDbs", (e, i) => {
				if (e) return e.status === 404 ? r() : t(e);
				var a = i.dependentDbs, o = this.constructor, s = Object.keys(a).map((e) => new o(n ? e.replace(RegExp("^" + o.prefix), "") : e, this.__opts).destroy());
				Promise.all(s).then(r, t);
			});
		}).bind(this);
	}
	_compact(e, t) {
		var n = {
			return_docs: !1,
			last_seq: e.last_seq || 0,
			since: e.last_seq || 0
		}, r = [], i, a = 0;
		let o = (e) => {
			this.activeTasks.update(i, { completed_items: ++a }), r.push(this.compactDocument(e.id, 0));
		}, s = (e) => {
			this.activeTasks.remove(i, e), t(e);
		}, c = (e) => {
			var n = e.last_seq;
			Promise.all(r).then(() => Be(this, "_local/compaction", (e) => !e.last_seq || e.last_seq < n ? (e.last_seq = n, e) : !1)).then(() => {
				this.activeTasks.remove(i), t(null, { ok: !0 });
			}).catch(s);
		};
		this.info().then((e) => {
			i = this.activeTasks.add({
				name: "database_compaction",
				total_items: e.update_seq - n.last_seq
			}), this.changes(n).on("change", o).on("complete", c).on("error", s);
		});
	}
	changes(e, t) {
		return typeof e == "function" && (t = e, e = {}), e ||= {}, e.return_docs = "return_docs" in e ? e.return_docs : !e.live, new Ot(this, e, t);
	}
	type() {
		return typeof this._type == "function" ? this._type() : this.adapter;
	}
};
Bt.prototype.purge = k("_purge", function(e, t, n) {
	if (this._purge === void 0) return n(I(ve, "Purge is not implemented in the " + this.adapter + " adapter."));
	var r = this;
	r._getRevisionTree(e, (i, a) => {
		if (i) return n(i);
		if (!a) return n(I(F));
		let o;
		try {
			o = ft(a, t);
		} catch (e) {
			return n(e.message || e);
		}
		r._purge(e, o, (i, a) => {
			if (i) return n(i);
			Ft(r, e, t).then(function() {
				return n(null, a);
			});
		});
	});
});
var Vt = class {
	constructor() {
		this.isReady = !1, this.failed = !1, this.queue = [];
	}
	execute() {
		var e;
		if (this.failed) for (; e = this.queue.shift();) e(this.failed);
		else for (; e = this.queue.shift();) e();
	}
	fail(e) {
		this.failed = e, this.execute();
	}
	ready(e) {
		this.isReady = !0, this.db = e, this.execute();
	}
	addTask(e) {
		this.queue.push(e), this.failed && this.execute();
	}
};
function Ht(e, t) {
	var n = e.match(/([a-z-]*):\/\/(.*)/);
	if (n) return {
		name: /https?/.test(n[1]) ? n[1] + "://" + n[2] : n[2],
		adapter: n[1]
	};
	var r = H.adapters, i = H.preferredAdapters, a = H.prefix, o = t.adapter;
	if (!o) for (var s = 0; s < i.length && (o = i[s], o === "idb" && "websql" in r && ce() && localStorage["_pouch__websqldb_" + a + e]); ++s) N("log", "PouchDB is downgrading \"" + e + "\" to WebSQL to avoid data loss, because it was already opened with WebSQL.");
	var c = r[o];
	return {
		name: !(c && "use_prefix" in c) || c.use_prefix ? a + e : e,
		adapter: o
	};
}
function Ut(e, t) {
	e.prototype = Object.create(t.prototype, { constructor: { value: e } });
}
function Wt(e, t) {
	let n = function(...e) {
		if (!(this instanceof n)) return new n(...e);
		t.apply(this, e);
	};
	return Ut(n, e), n;
}
function Gt(e) {
	function t(t) {
		e.removeListener("closed", n), t || e.constructor.emit("destroyed", e.name);
	}
	function n() {
		e.removeListener("destroyed", t), e.constructor.emit("unref", e);
	}
	e.once("destroyed", t), e.once("closed", n), e.constructor.emit("ref", e);
}
var Kt = class extends Bt {
	constructor(e, t) {
		super(), this._setup(e, t);
	}
	_setup(e, t) {
		if (super._setup(), t ||= {}, e && typeof e == "object" && (t = e, e = t.name, delete t.name), t.deterministic_revs === void 0 && (t.deterministic_revs = !0), this.__opts = t = O(t), this.auto_compaction = t.auto_compaction, this.purged_infos_limit = t.purged_infos_limit || 1e3, this.prefix = H.prefix, typeof e != "string") throw Error("Missing/invalid DB name");
		var n = Ht((t.prefix || "") + e, t);
		if (t.name = n.name, t.adapter = t.adapter || n.adapter, this.name = e, this._adapter = t.adapter, H.emit("debug", [
			"adapter",
			"Picked adapter: ",
			t.adapter
		]), !H.adapters[t.adapter] || !H.adapters[t.adapter].valid()) throw Error("Invalid Adapter: " + t.adapter);
		if (t.view_adapter && (!H.adapters[t.view_adapter] || !H.adapters[t.view_adapter].valid())) throw Error("Invalid View Adapter: " + t.view_adapter);
		this.taskqueue = new Vt(), this.adapter = t.adapter, H.adapters[t.adapter].call(this, t, (e) => {
			if (e) return this.taskqueue.fail(e);
			Gt(this), this.emit("created", this), H.emit("created", this.name), this.taskqueue.ready(this);
		});
	}
}, H = Wt(Kt, function(e, t) {
	Kt.prototype._setup.call(this, e, t);
}), qt = fetch, Jt = Headers, Yt = class {
	constructor() {
		this.tasks = {};
	}
	list() {
		return Object.values(this.tasks);
	}
	add(e) {
		let t = v();
		return this.tasks[t] = {
			id: t,
			name: e.name,
			total_items: e.total_items,
			created_at: (/* @__PURE__ */ new Date()).toJSON()
		}, t;
	}
	get(e) {
		return this.tasks[e];
	}
	remove(e, t) {
		return delete this.tasks[e], this.tasks;
	}
	update(e, t) {
		let n = this.tasks[e];
		if (n !== void 0) {
			let r = {
				id: n.id,
				name: n.name,
				created_at: n.created_at,
				total_items: t.total_items || n.total_items,
				completed_items: t.completed_items || n.completed_items,
				updated_at: (/* @__PURE__ */ new Date()).toJSON()
			};
			this.tasks[e] = r;
		}
		return this.tasks;
	}
};
H.adapters = {}, H.preferredAdapters = [], H.prefix = "_pouch_";
var Xt = new C.default();
function Zt(e) {
	Object.keys(C.default.prototype).forEach(function(t) {
		typeof C.default.prototype[t] == "function" && (e[t] = Xt[t].bind(Xt));
	});
	var t = e._destructionListeners = /* @__PURE__ */ new Map();
	e.on("ref", function(e) {
		t.has(e.name) || t.set(e.name, []), t.get(e.name).push(e);
	}), e.on("unref", function(e) {
		if (t.has(e.name)) {
			var n = t.get(e.name), r = n.indexOf(e);
			r < 0 || (n.splice(r, 1), n.length > 1 ? 
			/* istanbul ignore next */
			t.set(e.name, n) : t.delete(e.name));
		}
	}), e.on("destroyed", function(e) {
		if (t.has(e)) {
			var n = t.get(e);
			t.delete(e), n.forEach(function(e) {
				e.emit("destroyed", !0);
			});
		}
	});
}
Zt(H), H.adapter = function(e, t, n) {
	/* istanbul ignore else */
	t.valid() && (H.adapters[e] = t, n && H.preferredAdapters.push(e));
}, H.plugin = function(e) {
	if (typeof e == "function") e(H);
	else if (typeof e != "object" || Object.keys(e).length === 0) throw Error("Invalid plugin: got \"" + e + "\", expected an object or a function");
	else Object.keys(e).forEach(function(t) {
		H.prototype[t] = e[t];
	});
	return this.__defaults && (H.__defaults = Object.assign({}, this.__defaults)), H;
}, H.defaults = function(e) {
	let t = Wt(H, function(e, n) {
		n ||= {}, e && typeof e == "object" && (n = e, e = n.name, delete n.name), n = Object.assign({}, t.__defaults, n), H.call(this, e, n);
	});
	return t.preferredAdapters = H.preferredAdapters.slice(), Object.keys(H).forEach(function(e) {
		e in t || (t[e] = H[e]);
	}), t.__defaults = Object.assign({}, this.__defaults, e), t;
}, H.fetch = function(e, t) {
	return qt(e, t);
}, H.prototype.activeTasks = H.activeTasks = new Yt();
var Qt = "9.0.0";
function $t(e, t) {
	for (var n = e, r = 0, i = t.length; r < i; r++) {
		var a = t[r];
		if (n = n[a], !n) break;
	}
	return n;
}
function en(e, t) {
	return e < t ? -1 : +(e > t);
}
function tn(e) {
	for (var t = [], n = "", r = 0, i = e.length; r < i; r++) {
		var a = e[r];
		r > 0 && e[r - 1] === "\\" && (a === "$" || a === ".") ? n = n.substring(0, n.length - 1) + a : a === "." ? (t.push(n), n = "") : n += a;
	}
	return t.push(n), t;
}
var nn = [
	"$or",
	"$nor",
	"$not"
];
function rn(e) {
	return nn.indexOf(e) > -1;
}
function an(e) {
	return Object.keys(e)[0];
}
function on(e) {
	return e[an(e)];
}
function sn(e) {
	var t = {}, n = {
		$or: !0,
		$nor: !0
	};
	return e.forEach(function(e) {
		Object.keys(e).forEach(function(r) {
			var i = e[r];
			if (typeof i != "object" && (i = { $eq: i }), rn(r)) {
				if (i instanceof Array) {
					if (n[r]) {
						n[r] = !1, t[r] = i;
						return;
					}
					var a = [];
					t[r].forEach(function(e) {
						Object.keys(i).forEach(function(t) {
							var n = i[t], r = Math.max(Object.keys(e).length, Object.keys(n).length), o = sn([e, n]);
							Object.keys(o).length <= r || a.push(o);
						});
					}), t[r] = a;
				} else t[r] = sn([i]);
			} else {
				var o = t[r] = t[r] || {};
				Object.keys(i).forEach(function(e) {
					var t = i[e];
					if (e === "$gt" || e === "$gte") return cn(e, t, o);
					if (e === "$lt" || e === "$lte") return ln(e, t, o);
					if (e === "$ne") return un(t, o);
					if (e === "$eq") return dn(t, o);
					if (e === "$regex") return fn(t, o);
					o[e] = t;
				});
			}
		});
	}), t;
}
function cn(e, t, n) {
	n.$eq === void 0 && (n.$gte === void 0 ? n.$gt === void 0 ? n[e] = t : e === "$gte" ? t > n.$gt && (delete n.$gt, n.$gte = t) : t > n.$gt && (n.$gt = t) : e === "$gte" ? t > n.$gte && (n.$gte = t) : t >= n.$gte && (delete n.$gte, n.$gt = t));
}
function ln(e, t, n) {
	n.$eq === void 0 && (n.$lte === void 0 ? n.$lt === void 0 ? n[e] = t : e === "$lte" ? t < n.$lt && (delete n.$lt, n.$lte = t) : t < n.$lt && (n.$lt = t) : e === "$lte" ? t < n.$lte && (n.$lte = t) : t <= n.$lte && (delete n.$lte, n.$lt = t));
}
function un(e, t) {
	"$ne" in t ? t.$ne.push(e) : t.$ne = [e];
}
function dn(e, t) {
	delete t.$gt, delete t.$gte, delete t.$lt, delete t.$lte, delete t.$ne, t.$eq = e;
}
function fn(e, t) {
	"$regex" in t ? t.$regex.push(e) : t.$regex = [e];
}
function pn(e) {
	for (var t in e) {
		if (Array.isArray(e)) for (var n in e) e[n].$and && (e[n] = sn(e[n].$and));
		var r = e[t];
		typeof r == "object" && pn(r);
	}
	return e;
}
function mn(e, t) {
	for (var n in e) {
		n === "$and" && (t = !0);
		var r = e[n];
		typeof r == "object" && (t = mn(r, t));
	}
	return t;
}
function hn(e) {
	var t = O(e);
	mn(t, !1) && (t = pn(t), "$and" in t && (t = sn(t.$and))), ["$or", "$nor"].forEach(function(e) {
		e in t && t[e].forEach(function(e) {
			for (var t = Object.keys(e), n = 0; n < t.length; n++) {
				var r = t[n], i = e[r];
				typeof i == "object" && i || (e[r] = { $eq: i });
			}
		});
	}), "$not" in t && (t.$not = sn([t.$not]));
	for (var n = Object.keys(t), r = 0; r < n.length; r++) {
		var i = n[r], a = t[i];
		typeof a == "object" && a || (a = { $eq: a }), t[i] = a;
	}
	return gn(t), t;
}
function gn(e) {
	Object.keys(e).forEach(function(t) {
		var n = e[t];
		Array.isArray(n) ? n.forEach(function(e) {
			e && typeof e == "object" && gn(e);
		}) : t === "$ne" ? e.$ne = [n] : t === "$regex" ? e.$regex = [n] : n && typeof n == "object" && gn(n);
	});
}
function _n(e, t, n) {
	/* istanbul ignore next */
	for (var r = "", i = n - e.length; r.length < i;) r += t;
	return r;
}
function vn(e, t, n) {
	return _n(e, t, n) + e;
}
var yn = -324, bn = 3, xn = "";
function U(e, t) {
	if (e === t) return 0;
	e = Sn(e), t = Sn(t);
	var n = An(e), r = An(t);
	if (n - r !== 0) return n - r;
	switch (typeof e) {
		case "number": return e - t;
		case "boolean": return e < t ? -1 : 1;
		case "string": return On(e, t);
	}
	return Array.isArray(e) ? Dn(e, t) : kn(e, t);
}
function Sn(e) {
	switch (typeof e) {
		case "undefined": return null;
		case "number": return e === Infinity || e === -Infinity || isNaN(e) ? null : e;
		case "object":
			var t = e;
			if (Array.isArray(e)) {
				var n = e.length;
				e = Array(n);
				for (var r = 0; r < n; r++) e[r] = Sn(t[r]);
			} else if (e instanceof Date) return e.toJSON();
			else if (e !== null) {
				for (var i in e = {}, t) if (Object.prototype.hasOwnProperty.call(t, i)) {
					var a = t[i];
					a !== void 0 && (e[i] = Sn(a));
				}
			}
	}
	return e;
}
function Cn(e) {
	if (e !== null) switch (typeof e) {
		case "boolean": return +!!e;
		case "number": return jn(e);
		case "string": return e.replace(/\u0002/g, "").replace(/\u0001/g, "").replace(/\u0000/g, "");
		case "object":
			var t = Array.isArray(e), n = t ? e : Object.keys(e), r = -1, i = n.length, a = "";
			if (t) for (; ++r < i;) a += W(n[r]);
			else for (; ++r < i;) {
				var o = n[r];
				a += W(o) + W(e[o]);
			}
			return a;
	}
	return "";
}
function W(e) {
	return e = Sn(e), An(e) + xn + Cn(e) + "\0";
}
function wn(e, t) {
	var n = t, r;
	if (e[t] === "1") r = 0, t++;
	else {
		var i = e[t] === "0";
		t++;
		var a = "", o = e.substring(t, t + bn), s = parseInt(o, 10) + yn;
		for (i && (s = -s), t += bn;;) {
			var c = e[t];
			if (c === "\0") break;
			a += c, t++;
		}
		/* istanbul ignore next */
		a = a.split("."), r = a.length === 1 ? parseInt(a, 10) : parseFloat(a[0] + "." + a[1]), i && (r -= 10), s !== 0 && (r = parseFloat(r + "e" + s));
	}
	return {
		num: r,
		length: t - n
	};
}
function Tn(e, t) {
	var n = e.pop();
	if (t.length) {
		var r = t[t.length - 1];
		n === r.element && (t.pop(), r = t[t.length - 1]);
		var i = r.element, a = r.index;
		if (Array.isArray(i)) i.push(n);
		else if (a === e.length - 2) {
			var o = e.pop();
			i[o] = n;
		} else e.push(n);
	}
}
function En(e) {
	for (var t = [], n = [], r = 0;;) {
		var i = e[r++];
		if (i === "\0") {
			if (t.length === 1) return t.pop();
			Tn(t, n);
		} else switch (i) {
			case "1":
				t.push(null);
				break;
			case "2":
				t.push(e[r] === "1"), r++;
				break;
			case "3":
				var a = wn(e, r);
				t.push(a.num), r += a.length;
				break;
			case "4":
				for (var o = "";;) {
					var s = e[r];
					if (s === "\0") break;
					o += s, r++;
				}
				o = o.replace(/\u0001\u0001/g, "\0").replace(/\u0001\u0002/g, "").replace(/\u0002\u0002/g, ""), t.push(o);
				break;
			case "5":
				var c = {
					element: [],
					index: t.length
				};
				t.push(c.element), n.push(c);
				break;
			case "6":
				var l = {
					element: {},
					index: t.length
				};
				t.push(l.element), n.push(l);
				break;
			/* istanbul ignore next */
			default: throw Error("bad collationIndex or unexpectedly reached end of input: " + i);
		}
	}
}
function Dn(e, t) {
	for (var n = Math.min(e.length, t.length), r = 0; r < n; r++) {
		var i = U(e[r], t[r]);
		if (i !== 0) return i;
	}
	return e.length === t.length ? 0 : e.length > t.length ? 1 : -1;
}
function On(e, t) {
	return e === t ? 0 : e > t ? 1 : -1;
}
function kn(e, t) {
	for (var n = Object.keys(e), r = Object.keys(t), i = Math.min(n.length, r.length), a = 0; a < i; a++) {
		var o = U(n[a], r[a]);
		if (o !== 0 || (o = U(e[n[a]], t[r[a]]), o !== 0)) return o;
	}
	return n.length === r.length ? 0 : n.length > r.length ? 1 : -1;
}
function An(e) {
	var t = [
		"boolean",
		"number",
		"string",
		"object"
	].indexOf(typeof e);
	if (~t) return e === null ? 1 : Array.isArray(e) ? 5 : t < 3 ? t + 2 : t + 3;
	/* istanbul ignore next */
	if (Array.isArray(e)) return 5;
}
function jn(e) {
	if (e === 0) return "1";
	var t = e.toExponential().split(/e\+?/), n = parseInt(t[1], 10), r = e < 0, i = r ? "0" : "2", a = vn(((r ? -n : n) - yn).toString(), "0", bn);
	i += xn + a;
	var o = Math.abs(parseFloat(t[0]));
	/* istanbul ignore next */
	r && (o = 10 - o);
	var s = o.toFixed(20);
	return s = s.replace(/\.?0+$/, ""), i += xn + s, i;
}
function Mn(e) {
	function t(t) {
		return e.map(function(e) {
			return $t(t, tn(an(e)));
		});
	}
	return function(e, n) {
		var r = U(t(e.doc), t(n.doc));
		return r === 0 ? en(e.doc._id, n.doc._id) : r;
	};
}
function Nn(e, t, n) {
	if (e = e.filter(function(e) {
		return Pn(e.doc, t.selector, n);
	}), t.sort) {
		var r = Mn(t.sort);
		e = e.sort(r), typeof t.sort[0] != "string" && on(t.sort[0]) === "desc" && (e = e.reverse());
	}
	if ("limit" in t || "skip" in t) {
		var i = t.skip || 0, a = ("limit" in t ? t.limit : e.length) + i;
		e = e.slice(i, a);
	}
	return e;
}
function Pn(e, t, n) {
	return n.every(function(n) {
		var r = t[n], i = tn(n), a = $t(e, i);
		return rn(n) ? In(n, r, e) : Fn(r, e, i, a);
	});
}
function Fn(e, t, n, r) {
	return e ? typeof e == "object" ? Object.keys(e).every(function(i) {
		var a = e[i];
		if (i.indexOf("$") === 0) return Ln(i, t, a, n, r);
		var o = tn(i);
		if (r === void 0 && typeof a != "object" && o.length > 0) return !1;
		var s = $t(r, o);
		return typeof a == "object" ? Fn(a, t, n, s) : Ln("$eq", t, a, o, s);
	}) : e === r : !0;
}
function In(e, t, n) {
	return e === "$or" ? t.some(function(e) {
		return Pn(n, e, Object.keys(e));
	}) : e === "$not" ? !Pn(n, t, Object.keys(t)) : !t.find(function(e) {
		return Pn(n, e, Object.keys(e));
	});
}
function Ln(e, t, n, r, i) {
	if (!Kn[e])
 /* istanbul ignore next */
	throw Error("unknown operator \"" + e + "\" - should be one of $eq, $lte, $lt, $gt, $gte, $exists, $ne, $in, $nin, $size, $mod, $regex, $elemMatch, $type, $allMatch or $all");
	return Kn[e](t, n, r, i);
}
function Rn(e) {
	return e != null;
}
function zn(e) {
	return e !== void 0;
}
function Bn(e, t) {
	if (typeof e != "number" || parseInt(e, 10) !== e) return !1;
	var n = t[0], r = t[1];
	return e % n === r;
}
function Vn(e, t) {
	return t.some(function(t) {
		return e instanceof Array ? e.some(function(e) {
			return U(t, e) === 0;
		}) : U(t, e) === 0;
	});
}
function Hn(e, t) {
	return t.every(function(t) {
		return e.some(function(e) {
			return U(t, e) === 0;
		});
	});
}
function Un(e, t) {
	return e.length === t;
}
function Wn(e, t) {
	return new RegExp(t).test(e);
}
function Gn(e, t) {
	switch (t) {
		case "null": return e === null;
		case "boolean": return typeof e == "boolean";
		case "number": return typeof e == "number";
		case "string": return typeof e == "string";
		case "array": return e instanceof Array;
		case "object": return {}.toString.call(e) === "[object Object]";
	}
}
var Kn = {
	$elemMatch: function(e, t, n, r) {
		return !Array.isArray(r) || r.length === 0 ? !1 : typeof r[0] == "object" && r[0] !== null ? r.some(function(e) {
			return Pn(e, t, Object.keys(t));
		}) : r.some(function(r) {
			return Fn(t, e, n, r);
		});
	},
	$allMatch: function(e, t, n, r) {
		return !Array.isArray(r) || r.length === 0 ? !1 : typeof r[0] == "object" && r[0] !== null ? r.every(function(e) {
			return Pn(e, t, Object.keys(t));
		}) : r.every(function(r) {
			return Fn(t, e, n, r);
		});
	},
	$eq: function(e, t, n, r) {
		return zn(r) && U(r, t) === 0;
	},
	$gte: function(e, t, n, r) {
		return zn(r) && U(r, t) >= 0;
	},
	$gt: function(e, t, n, r) {
		return zn(r) && U(r, t) > 0;
	},
	$lte: function(e, t, n, r) {
		return zn(r) && U(r, t) <= 0;
	},
	$lt: function(e, t, n, r) {
		return zn(r) && U(r, t) < 0;
	},
	$exists: function(e, t, n, r) {
		return t ? zn(r) : !zn(r);
	},
	$mod: function(e, t, n, r) {
		return Rn(r) && Bn(r, t);
	},
	$ne: function(e, t, n, r) {
		return t.every(function(e) {
			return U(r, e) !== 0;
		});
	},
	$in: function(e, t, n, r) {
		return Rn(r) && Vn(r, t);
	},
	$nin: function(e, t, n, r) {
		return Rn(r) && !Vn(r, t);
	},
	$size: function(e, t, n, r) {
		return Rn(r) && Array.isArray(r) && Un(r, t);
	},
	$all: function(e, t, n, r) {
		return Array.isArray(r) && Hn(r, t);
	},
	$regex: function(e, t, n, r) {
		return Rn(r) && typeof r == "string" && t.every(function(e) {
			return Wn(r, e);
		});
	},
	$type: function(e, t, n, r) {
		return Gn(r, t);
	}
};
function qn(e, t) {
	/* istanbul ignore if */
	if (typeof t != "object") throw Error("Selector error: expected a JSON object");
	t = hn(t);
	var n = Nn([{ doc: e }], { selector: t }, Object.keys(t));
	return n && n.length === 1;
}
function Jn(e) {
	return ze("\"use strict\";\nreturn " + e + ";", {});
}
function Yn(e) {
	return ze([
		"return function(doc) {",
		"  \"use strict\";",
		"  var emitted = false;",
		"  var emit = function (a, b) {",
		"    emitted = true;",
		"  };",
		"  var view = " + e + ";",
		"  view(doc);",
		"  if (emitted) {",
		"    return true;",
		"  }",
		"};"
	].join("\n"), {});
}
function Xn(e, t) {
	if (e.selector && e.filter && e.filter !== "_selector") {
		var n = typeof e.filter == "string" ? e.filter : "function";
		return t(/* @__PURE__ */ Error("selector invalid for filter \"" + n + "\""));
	}
	t();
}
function Zn(e) {
	e.view && !e.filter && (e.filter = "_view"), e.selector && !e.filter && (e.filter = "_selector"), e.filter && typeof e.filter == "string" && (e.filter === "_view" ? e.view = Ne(e.view) : e.filter = Ne(e.filter));
}
function Qn(e, t) {
	return t.filter && typeof t.filter == "string" && !t.doc_ids && !L(e.db);
}
function $n(e, t) {
	var n = t.complete;
	if (t.filter === "_view") {
		if (!t.view || typeof t.view != "string") return n(I(Se, "`view` filter parameter not found or invalid."));
		var r = Me(t.view);
		e.db.get("_design/" + r[0], function(i, a) {
			/* istanbul ignore if */
			if (e.isCancelled) return n(null, { status: "cancelled" });
			/* istanbul ignore next */
			if (i) return n(De(i));
			var o = a && a.views && a.views[r[1]] && a.views[r[1]].map;
			if (!o) return n(I(F, a.views ? "missing json key: " + r[1] : "missing json key: views"));
			t.filter = Yn(o), e.doChanges(t);
		});
	} else if (t.selector) t.filter = function(e) {
		return qn(e, t.selector);
	}, e.doChanges(t);
	else {
		var i = Me(t.filter);
		e.db.get("_design/" + i[0], function(r, a) {
			/* istanbul ignore if */
			if (e.isCancelled) return n(null, { status: "cancelled" });
			/* istanbul ignore next */
			if (r) return n(De(r));
			var o = a && a.filters && a.filters[i[1]];
			if (!o) return n(I(F, a && a.filters ? "missing json key: " + i[1] : "missing json key: filters"));
			t.filter = Jn(o), e.doChanges(t);
		});
	}
}
function er(e) {
	e._changesFilterPlugin = {
		validate: Xn,
		normalize: Zn,
		shouldFilter: Qn,
		filter: $n
	};
}
H.plugin(er), H.version = Qt;
function tr(e, t, n) {
	return new Promise(function(r) {
		var i = We([""]);
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
function nr(e) {
	return e.reduce(function(e, t) {
		return e[t] = !0, e;
	}, {});
}
var rr = nr([
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
]), ir = nr([
	"_access",
	"_attachments",
	"_replication_id",
	"_replication_state",
	"_replication_state_time",
	"_replication_state_reason",
	"_replication_stats"
]);
function ar(e) {
	if (!/^\d+-/.test(e)) return I(Te);
	var t = e.indexOf("-"), n = e.substring(0, t), r = e.substring(t + 1);
	return {
		prefix: parseInt(n, 10),
		id: r
	};
}
function or(e, t) {
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
function sr(e, t, n) {
	n ||= { deterministic_revs: !0 };
	var r, i, a, o = { status: "available" };
	if (e._deleted && (o.deleted = !0), t) {
		if (e._id ||= st(), i = ot(e, n.deterministic_revs), e._rev) {
			if (a = ar(e._rev), a.error) return a;
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
	} else if (e._revisions && (e._rev_tree = or(e._revisions, o), r = e._revisions.start, i = e._revisions.ids[0]), !e._rev_tree) {
		if (a = ar(e._rev), a.error) return a;
		r = a.prefix, i = a.id, e._rev_tree = [{
			pos: r,
			ids: [
				i,
				o,
				[]
			]
		}];
	}
	Ae(e._id), e._rev = r + "-" + i;
	var s = {
		metadata: {},
		data: {}
	};
	for (var c in e)
 /* istanbul ignore else */
	if (Object.prototype.hasOwnProperty.call(e, c)) {
		var l = c[0] === "_";
		if (l && !rr[c]) {
			var u = I(xe, c);
			throw u.message = xe.message + ": " + c, u;
		}
		l && !ir[c] ? s.metadata[c.slice(1)] = e[c] : s.data[c] = e[c];
	}
	return s;
}
function cr(e) {
	try {
		return He(e);
	} catch {
		return { error: I(ye, "Attachment is not a valid base64 string") };
	}
}
function lr(e, t, n) {
	var r = cr(e.data);
	if (r.error) return n(r.error);
	e.length = r.length, e.data = t === "blob" ? Ke(r, e.content_type) : t === "base64" ? Ue(r) : r, it(r, function(t) {
		e.digest = "md5-" + t, n();
	});
}
function ur(e, t, n) {
	it(e.data, function(r) {
		e.digest = "md5-" + r, e.length = e.data.size || e.data.length || 0, t === "binary" ? Xe(e.data, function(t) {
			e.data = t, n();
		}) : t === "base64" ? Ze(e.data, function(t) {
			e.data = t, n();
		}) : n();
	});
}
function dr(e, t, n) {
	if (e.stub) return n();
	typeof e.data == "string" ? lr(e, t, n) : ur(e, t, n);
}
function fr(e, t, n) {
	if (!e.length) return n();
	var r = 0, i;
	e.forEach(function(e) {
		var n = e.data && e.data._attachments ? Object.keys(e.data._attachments) : [], r = 0;
		if (!n.length) return a();
		function o(e) {
			i = e, r++, r === n.length && a();
		}
		for (var s in e.data._attachments) Object.prototype.hasOwnProperty.call(e.data._attachments, s) && dr(e.data._attachments[s], t, o);
	});
	function a() {
		r++, e.length === r && (i ? n(i) : n());
	}
}
function pr(e, t, n, r, i, a, o, s) {
	if (Ct(t.rev_tree, n.metadata.rev) && !s) return r[i] = n, a();
	var c = t.winningRev || R(t), l = "deleted" in t ? t.deleted : B(t, c), u = "deleted" in n.metadata ? n.metadata.deleted : B(n.metadata), d = /^1-/.test(n.metadata.rev);
	if (l && !u && s && d) {
		var f = n.data;
		f._rev = c, f._id = n.metadata.id, n = sr(f, s);
	}
	var p = St(t.rev_tree, n.metadata.rev_tree[0], e);
	if (s && (l && u && p.conflicts !== "new_leaf" || !l && p.conflicts !== "new_leaf" || l && !u && p.conflicts === "new_branch")) return r[i] = I(me), a();
	var m = n.metadata.rev;
	/* istanbul ignore else */
	n.metadata.rev_tree = p.tree, n.stemmedRevs = p.stemmedRevs || [], t.rev_map && (n.metadata.rev_map = t.rev_map);
	var h = R(n.metadata), g = B(n.metadata, h), _ = l === g ? 0 : l < g ? -1 : 1, v = m === h ? g : B(n.metadata, m);
	o(n, h, g, v, !0, _, i, a);
}
function mr(e) {
	return e.metadata.rev_tree[0].ids[1].status === "missing";
}
function hr(e, t, n, r, i, a, o, s, c) {
	e ||= 1e3;
	function l(e, t, n) {
		var r = R(e.metadata), i = B(e.metadata, r);
		if ("was_delete" in s && i) return a[t] = I(F, "deleted"), n();
		if (u && mr(e)) return a[t] = I(me), n();
		o(e, r, i, i, !1, +!i, t, n);
	}
	var u = s.new_edits, d = /* @__PURE__ */ new Map(), f = 0, p = t.length;
	function m() {
		++f === p && c && c();
	}
	t.forEach(function(e, t) {
		if (e._id && V(e._id)) n[e._deleted ? "_removeLocal" : "_putLocal"](e, { ctx: i }, function(e, n) {
			a[t] = e || n, m();
		});
		else {
			var r = e.metadata.id;
			d.has(r) ? (p--, d.get(r).push([e, t])) : d.set(r, [[e, t]]);
		}
	}), d.forEach(function(t, n) {
		var i = 0;
		function s() {
			++i < t.length ? c() : m();
		}
		function c() {
			var c = t[i], d = c[0], f = c[1];
			if (r.has(n)) pr(e, r.get(n), d, a, f, s, o, u);
			else {
				var p = St([], d.metadata.rev_tree[0], e);
				d.metadata.rev_tree = p.tree, d.stemmedRevs = p.stemmedRevs || [], l(d, f, s);
			}
		}
		c();
	});
}
var gr = 5, G = "document-store", K = "by-sequence", q = "attach-store", _r = "attach-seq-store", J = "meta-store", Y = "local-store", vr = "detect-blob-support";
function yr(e) {
	try {
		return JSON.parse(e);
	} catch {
		/* istanbul ignore next */
		return S.parse(e);
	}
}
function br(e) {
	try {
		return JSON.stringify(e);
	} catch {
		/* istanbul ignore next */
		return S.stringify(e);
	}
}
function X(e) {
	return function(t) {
		var n = "unknown_error";
		t.target && t.target.error && (n = t.target.error.name || t.target.error.message), e(I(we, n, t.type));
	};
}
function xr(e, t, n) {
	return {
		data: br(e),
		winningRev: t,
		deletedOrLocal: n ? "1" : "0",
		seq: e.seq,
		id: e.id
	};
}
function Sr(e) {
	if (!e) return null;
	var t = yr(e.data);
	return t.winningRev = e.winningRev, t.deleted = e.deletedOrLocal === "1", t.seq = e.seq, t;
}
function Cr(e) {
	if (!e) return e;
	var t = e._doc_id_rev.lastIndexOf(":");
	return e._id = e._doc_id_rev.substring(0, t - 1), e._rev = e._doc_id_rev.substring(t + 1), delete e._doc_id_rev, e;
}
function wr(e, t, n, r) {
	n ? r(e ? typeof e == "string" ? qe(e, t) : e : We([""], { type: t })) : e ? typeof e == "string" ? r(e) : Ye(e, function(e) {
		r(Ue(e));
	}) : r("");
}
function Tr(e, t, n, r) {
	var i = Object.keys(e._attachments || {});
	if (!i.length) return r && r();
	var a = 0;
	function o() {
		++a === i.length && r && r();
	}
	function s(e, t) {
		var r = e._attachments[t], i = r.digest, a = n.objectStore(q).get(i);
		a.onsuccess = function(e) {
			r.body = e.target.result.body, o();
		};
	}
	i.forEach(function(n) {
		t.attachments && t.include_docs ? s(e, n) : (e._attachments[n].stub = !0, o());
	});
}
function Er(e, t) {
	return Promise.all(e.map(function(e) {
		if (e.doc && e.doc._attachments) {
			var n = Object.keys(e.doc._attachments);
			return Promise.all(n.map(function(n) {
				var r = e.doc._attachments[n];
				if ("body" in r) {
					var i = r.body, a = r.content_type;
					return new Promise(function(o) {
						wr(i, a, t, function(t) {
							e.doc._attachments[n] = Object.assign(A(r, ["digest", "content_type"]), { data: t }), o();
						});
					});
				}
			}));
		}
	}));
}
function Dr(e, t, n) {
	var r = [], i = n.objectStore(K), a = n.objectStore(q), o = n.objectStore(_r), s = e.length;
	function c() {
		s--, s || l();
	}
	function l() {
		r.length && r.forEach(function(e) {
			var t = o.index("digestSeq").count(IDBKeyRange.bound(e + "::", e + "::￿", !1, !1));
			t.onsuccess = function(t) {
				t.target.result || a.delete(e);
			};
		});
	}
	e.forEach(function(e) {
		var n = i.index("_doc_id_rev"), a = t + "::" + e;
		n.getKey(a).onsuccess = function(e) {
			var t = e.target.result;
			if (typeof t != "number") return c();
			i.delete(t);
			var n = o.index("seq").openCursor(IDBKeyRange.only(t));
			n.onsuccess = function(e) {
				var t = e.target.result;
				if (t) {
					var n = t.value.digestSeq.split("::")[0];
					r.push(n), o.delete(t.primaryKey), t.continue();
				} else c();
			};
		};
	});
}
function Z(e, t, n) {
	try {
		return { txn: e.transaction(t, n) };
	} catch (e) {
		return { error: e };
	}
}
var Or = new le();
function kr(e, t, n, r, i, a) {
	for (var o = t.docs, s, c, l, u, d, f, p, m, h = 0, g = o.length; h < g; h++) {
		var _ = o[h];
		_._id && V(_._id) || (_ = o[h] = sr(_, n.new_edits, e), _.error && !p && (p = _));
	}
	if (p) return a(p);
	var v = !1, y = 0, b = Array(o.length), x = /* @__PURE__ */ new Map(), S = !1;
	fr(o, r._meta.blobSupport ? "blob" : "base64", function(e) {
		if (e) return a(e);
		C();
	});
	function C() {
		var e = Z(i, [
			G,
			K,
			q,
			Y,
			_r,
			J
		], "readwrite");
		if (e.error) return a(e.error);
		s = e.txn, s.onabort = X(a), s.ontimeout = X(a), s.oncomplete = ee, c = s.objectStore(G), l = s.objectStore(K), u = s.objectStore(q), d = s.objectStore(_r), f = s.objectStore(J), f.get(J).onsuccess = function(e) {
			m = e.target.result, E();
		}, te(function(e) {
			if (e) return S = !0, a(e);
			D();
		});
	}
	function w() {
		v = !0, E();
	}
	function T() {
		hr(e.revs_limit, o, r, x, s, b, ne, n, w);
	}
	function E() {
		m && v && (m.docCount += y, f.put(m));
	}
	function D() {
		if (!o.length) return;
		var e = 0;
		function t() {
			++e === o.length && T();
		}
		function n(e) {
			var n = Sr(e.target.result);
			n && x.set(n.id, n), t();
		}
		for (var r = 0, i = o.length; r < i; r++) {
			var a = o[r];
			if (a._id && V(a._id)) t();
			else {
				var s = c.get(a.metadata.id);
				s.onsuccess = n;
			}
		}
	}
	function ee() {
		S || (Or.notify(r._meta.name), a(null, b));
	}
	function O(e, t) {
		var n = u.get(e);
		n.onsuccess = function(n) {
			if (n.target.result) t();
			else {
				var r = I(Ee, "unknown stub attachment with digest " + e);
				r.status = 412, t(r);
			}
		};
	}
	function te(e) {
		var t = [];
		if (o.forEach(function(e) {
			e.data && e.data._attachments && Object.keys(e.data._attachments).forEach(function(n) {
				var r = e.data._attachments[n];
				r.stub && t.push(r.digest);
			});
		}), !t.length) return e();
		var n = 0, r;
		function i() {
			++n === t.length && e(r);
		}
		t.forEach(function(e) {
			O(e, function(e) {
				e && !r && (r = e), i();
			});
		});
	}
	function ne(e, t, n, r, i, a, o, s) {
		e.metadata.winningRev = t, e.metadata.deleted = n;
		var c = e.data;
		if (c._id = e.metadata.id, c._rev = e.metadata.rev, r && (c._deleted = !0), c._attachments && Object.keys(c._attachments).length) return k(e, t, n, i, o, s);
		y += a, E(), re(e, t, n, i, o, s);
	}
	function re(e, t, n, i, a, o) {
		var u = e.data, d = e.metadata;
		u._doc_id_rev = d.id + "::" + d.rev, delete u._id, delete u._rev;
		function f(a) {
			var o = e.stemmedRevs || [];
			i && r.auto_compaction && (o = o.concat(dt(e.metadata))), o && o.length && Dr(o, e.metadata.id, s), d.seq = a.target.result;
			var l = xr(d, t, n), u = c.put(l);
			u.onsuccess = m;
		}
		function p(e) {
			e.preventDefault(), e.stopPropagation();
			var t = l.index("_doc_id_rev").getKey(u._doc_id_rev);
			t.onsuccess = function(e) {
				var t = l.put(u, e.target.result);
				t.onsuccess = f;
			};
		}
		function m() {
			b[a] = {
				ok: !0,
				id: d.id,
				rev: d.rev
			}, x.set(e.metadata.id, e.metadata), A(e, d.seq, o);
		}
		var h = l.put(u);
		h.onsuccess = f, h.onerror = p;
	}
	function k(e, t, n, r, i, a) {
		var o = e.data, s = 0, c = Object.keys(o._attachments);
		function l() {
			s === c.length && re(e, t, n, r, i, a);
		}
		function u() {
			s++, l();
		}
		c.forEach(function(n) {
			var r = e.data._attachments[n];
			if (r.stub) s++, l();
			else {
				var i = r.data;
				delete r.data, r.revpos = parseInt(t, 10);
				var a = r.digest;
				j(a, i, u);
			}
		});
	}
	function A(e, t, n) {
		var r = 0, i = Object.keys(e.data._attachments || {});
		if (!i.length) return n();
		function a() {
			++r === i.length && n();
		}
		function o(n) {
			var r = e.data._attachments[n].digest, i = d.put({
				seq: t,
				digestSeq: r + "::" + t
			});
			i.onsuccess = a, i.onerror = function(e) {
				e.preventDefault(), e.stopPropagation(), a();
			};
		}
		for (var s = 0; s < i.length; s++) o(i[s]);
	}
	function j(e, t, n) {
		var r = u.count(e);
		r.onsuccess = function(r) {
			if (r.target.result) return n();
			var i = {
				digest: e,
				body: t
			}, a = u.put(i);
			a.onsuccess = n;
		};
	}
}
function Ar(e, t, n, r, i) {
	r === -1 && (r = 1e3);
	var a = typeof e.getAll == "function" && typeof e.getAllKeys == "function" && r > 1 && !n, o, s, c;
	function l(e) {
		s = e.target.result, o && i(o, s, c);
	}
	function u(e) {
		o = e.target.result, s && i(o, s, c);
	}
	function d() {
		if (!o.length) return i();
		var n = o[o.length - 1], a;
		if (t && t.upper) try {
			a = IDBKeyRange.bound(n, t.upper, !0, t.upperOpen);
		} catch (e) {
			if (e.name === "DataError" && e.code === 0) return i();
		}
		else a = IDBKeyRange.lowerBound(n, !0);
		t = a, o = null, s = null, e.getAll(t, r).onsuccess = l, e.getAllKeys(t, r).onsuccess = u;
	}
	function f(e) {
		var t = e.target.result;
		if (!t) return i();
		i([t.key], [t.value], t);
	}
	a ? (c = { continue: d }, e.getAll(t, r).onsuccess = l, e.getAllKeys(t, r).onsuccess = u) : n ? e.openCursor(t, "prev").onsuccess = f : e.openCursor(t).onsuccess = f;
}
function jr(e, t, n) {
	if (typeof e.getAll == "function") {
		e.getAll(t).onsuccess = n;
		return;
	}
	var r = [];
	function i(e) {
		var t = e.target.result;
		t ? (r.push(t.value), t.continue()) : n({ target: { result: r } });
	}
	e.openCursor(t).onsuccess = i;
}
function Mr(e, t, n) {
	var r = Array(e.length), i = 0;
	e.forEach(function(a, o) {
		t.get(a).onsuccess = function(t) {
			r[o] = t.target.result ? t.target.result : {
				key: a,
				error: "not_found"
			}, i++, i === e.length && n(e, r, {});
		};
	});
}
function Nr(e, t, n, r, i) {
	try {
		if (e && t) return i ? IDBKeyRange.bound(t, e, !n, !1) : IDBKeyRange.bound(e, t, !1, !n);
		if (e) return i ? IDBKeyRange.upperBound(e) : IDBKeyRange.lowerBound(e);
		if (t) return i ? IDBKeyRange.lowerBound(t, !n) : IDBKeyRange.upperBound(t, !n);
		if (r) return IDBKeyRange.only(r);
	} catch (e) {
		return { error: e };
	}
	return null;
}
function Pr(e, t, n) {
	var r = "startkey" in e && e.startkey, i = "endkey" in e && e.endkey, a = "key" in e && e.key, o = "keys" in e && e.keys, s = e.skip || 0, c = typeof e.limit == "number" ? e.limit : -1, l = e.inclusive_end !== !1, u, d;
	if (!o && (u = Nr(r, i, l, a, e.descending), d = u && u.error, d && (d.name !== "DataError" || d.code !== 0))) return n(I(we, d.name, d.message));
	var f = [
		G,
		K,
		J
	];
	e.attachments && f.push(q);
	var p = Z(t, f, "readonly");
	if (p.error) return n(p.error);
	var m = p.txn;
	m.oncomplete = ee, m.onabort = X(n);
	var h = m.objectStore(G), g = m.objectStore(K), _ = m.objectStore(J), v = g.index("_doc_id_rev"), y = [], b, x;
	/* istanbul ignore if */
	_.get(J).onsuccess = function(e) {
		b = e.target.result.docCount;
	}, e.update_seq && (g.openKeyCursor(null, "prev").onsuccess = (e) => {
		var t = e.target.result;
		t && t.key && (x = t.key);
	});
	function S(t, n, r) {
		var i = t.id + "::" + r;
		v.get(i).onsuccess = function(r) {
			if (n.doc = Cr(r.target.result) || {}, e.conflicts) {
				var i = ut(t);
				i.length && (n.doc._conflicts = i);
			}
			Tr(n.doc, e, m);
		};
	}
	function C(t, n) {
		var r = {
			id: n.id,
			key: n.id,
			value: { rev: t }
		};
		n.deleted ? o && (y.push(r), r.value.deleted = !0, r.doc = null) : s-- <= 0 && (y.push(r), e.include_docs && S(n, r, t));
	}
	function w(e) {
		for (var t = 0, n = e.length; t < n && y.length !== c; t++) {
			var r = e[t];
			if (r.error && o) y.push(r);
			else {
				var i = Sr(r), a = i.winningRev;
				C(a, i);
			}
		}
	}
	function T(e, t, n) {
		n && (w(t), y.length < c && n.continue());
	}
	function E(t) {
		var n = t.target.result;
		e.descending && (n = n.reverse()), w(n);
	}
	function D() {
		var t = {
			total_rows: b,
			offset: e.skip,
			rows: y
		};
		e.update_seq && x !== void 0 && (t.update_seq = x), n(null, t);
	}
	function ee() {
		e.attachments ? Er(y, e.binary).then(D) : D();
	}
	if (!(d || c === 0)) {
		if (o) return Mr(o, h, T);
		if (c === -1) return jr(h, u, E);
		Ar(h, u, e.descending, c + s, T);
	}
}
function Fr(e, t) {
	var n = e.objectStore(G).index("deletedOrLocal");
	n.count(IDBKeyRange.only("0")).onsuccess = function(e) {
		t(e.target.result);
	};
}
var Ir = !1, Lr = [];
function Rr(e, t, n, r) {
	try {
		e(t, n);
	} catch (e) {
		r.emit("error", e);
	}
}
function zr() {
	!Ir && Lr.length && (Ir = !0, Lr.shift()());
}
function Br(e, t, n) {
	Lr.push(function() {
		e(function(e, r) {
			Rr(t, e, r, n), Ir = !1, M(function() {
				zr(n);
			});
		});
	}), zr();
}
function Vr(e, t, n, r) {
	if (e = O(e), e.continuous) {
		var i = n + ":" + st();
		return Or.addListener(n, i, t, e), Or.notify(n), { cancel: function() {
			Or.removeListener(n, i);
		} };
	}
	var a = e.doc_ids && new Set(e.doc_ids);
	e.since = e.since || 0;
	var o = e.since, s = "limit" in e ? e.limit : -1;
	s === 0 && (s = 1);
	var c = [], l = 0, u = ke(e), d = /* @__PURE__ */ new Map(), f, p, m, h;
	function g(t, n, r) {
		if (!r || !t.length) return;
		var i = Array(t.length), a = Array(t.length);
		function d(t, n) {
			var r = e.processChange(n, t, e);
			o = r.seq = t.seq;
			var i = u(r);
			return typeof i == "object" ? Promise.reject(i) : i ? (l++, e.return_docs && c.push(r), e.attachments && e.include_docs ? new Promise(function(t) {
				Tr(n, e, f, function() {
					Er([r], e.binary).then(function() {
						t(r);
					});
				});
			}) : Promise.resolve(r)) : Promise.resolve();
		}
		function p() {
			for (var t = [], n = 0, o = i.length; n < o && l !== s; n++) {
				var c = i[n];
				if (c) {
					var u = a[n];
					t.push(d(u, c));
				}
			}
			Promise.all(t).then(function(t) {
				for (var n = 0, r = t.length; n < r; n++) t[n] && e.onChange(t[n]);
			}).catch(e.complete), l !== s && r.continue();
		}
		var m = 0;
		n.forEach(function(e, n) {
			var r = Cr(e), o = t[n];
			v(r, o, function(e, r) {
				a[n] = e, i[n] = r, ++m === t.length && p();
			});
		});
	}
	function _(e, t, n, r) {
		if (n.seq !== t) return r();
		if (n.winningRev === e._rev) return r(n, e);
		var i = e._id + "::" + n.winningRev, a = h.get(i);
		a.onsuccess = function(e) {
			r(n, Cr(e.target.result));
		};
	}
	function v(e, t, n) {
		if (a && !a.has(e._id)) return n();
		var r = d.get(e._id);
		if (r) return _(e, t, r, n);
		m.get(e._id).onsuccess = function(i) {
			r = Sr(i.target.result), d.set(e._id, r), _(e, t, r, n);
		};
	}
	function y() {
		e.complete(null, {
			results: c,
			last_seq: o
		});
	}
	function b() {
		!e.continuous && e.attachments ? Er(c).then(y) : y();
	}
	var x = [G, K];
	e.attachments && x.push(q);
	var S = Z(r, x, "readonly");
	if (S.error) return e.complete(S.error);
	f = S.txn, f.onabort = X(e.complete), f.oncomplete = b, p = f.objectStore(K), m = f.objectStore(G), h = p.index("_doc_id_rev");
	var C = e.since && !e.descending ? IDBKeyRange.lowerBound(e.since, !0) : null;
	Ar(p, C, e.descending, s, g);
}
var Hr = /* @__PURE__ */ new Map(), Ur, Wr = /* @__PURE__ */ new Map();
function Gr(e, t) {
	var n = this;
	Br(function(t) {
		Kr(n, e, t);
	}, t, n.constructor);
}
function Kr(e, t, n) {
	var r = t.name, i = null, a = null;
	e._meta = null;
	function o(e) {
		return function(t, n) {
			t && t instanceof Error && !t.reason && a && (t.reason = a), e(t, n);
		};
	}
	function s(e) {
		var t = e.createObjectStore(G, { keyPath: "id" });
		e.createObjectStore(K, { autoIncrement: !0 }).createIndex("_doc_id_rev", "_doc_id_rev", { unique: !0 }), e.createObjectStore(q, { keyPath: "digest" }), e.createObjectStore(J, {
			keyPath: "id",
			autoIncrement: !1
		}), e.createObjectStore(vr), t.createIndex("deletedOrLocal", "deletedOrLocal", { unique: !1 }), e.createObjectStore(Y, { keyPath: "_id" });
		var n = e.createObjectStore(_r, { autoIncrement: !0 });
		n.createIndex("seq", "seq"), n.createIndex("digestSeq", "digestSeq", { unique: !0 });
	}
	function c(e, t) {
		var n = e.objectStore(G);
		n.createIndex("deletedOrLocal", "deletedOrLocal", { unique: !1 }), n.openCursor().onsuccess = function(e) {
			var r = e.target.result;
			if (r) {
				var i = r.value;
				i.deletedOrLocal = B(i) ? "1" : "0", n.put(i), r.continue();
			} else t();
		};
	}
	function l(e) {
		e.createObjectStore(Y, { keyPath: "_id" }).createIndex("_doc_id_rev", "_doc_id_rev", { unique: !0 });
	}
	function u(e, t) {
		var n = e.objectStore(Y), r = e.objectStore(G), i = e.objectStore(K), a = r.openCursor();
		a.onsuccess = function(e) {
			var a = e.target.result;
			if (a) {
				var o = a.value, s = o.id, c = V(s), l = R(o);
				if (c) {
					var u = s + "::" + l, d = s + "::", f = s + "::~", p = i.index("_doc_id_rev"), m = IDBKeyRange.bound(d, f, !1, !1), h = p.openCursor(m);
					h.onsuccess = function(e) {
						if (h = e.target.result, !h) r.delete(a.primaryKey), a.continue();
						else {
							var t = h.value;
							t._doc_id_rev === u && n.put(t), i.delete(h.primaryKey), h.continue();
						}
					};
				} else a.continue();
			} else t && t();
		};
	}
	function d(e) {
		var t = e.createObjectStore(_r, { autoIncrement: !0 });
		t.createIndex("seq", "seq"), t.createIndex("digestSeq", "digestSeq", { unique: !0 });
	}
	function f(e, t) {
		var n = e.objectStore(K), r = e.objectStore(q), i = e.objectStore(_r), a = r.count();
		a.onsuccess = function(e) {
			if (!e.target.result) return t();
			n.openCursor().onsuccess = function(e) {
				var n = e.target.result;
				if (!n) return t();
				for (var r = n.value, a = n.primaryKey, o = Object.keys(r._attachments || {}), s = {}, c = 0; c < o.length; c++) {
					var l = r._attachments[o[c]];
					s[l.digest] = !0;
				}
				var u = Object.keys(s);
				for (c = 0; c < u.length; c++) {
					var d = u[c];
					i.put({
						seq: a,
						digestSeq: d + "::" + a
					});
				}
				n.continue();
			};
		};
	}
	function p(e) {
		function t(e) {
			return e.data ? Sr(e) : (e.deleted = e.deletedOrLocal === "1", e);
		}
		var n = e.objectStore(K), r = e.objectStore(G), i = r.openCursor();
		i.onsuccess = function(e) {
			var i = e.target.result;
			if (!i) return;
			var a = t(i.value);
			a.winningRev = a.winningRev || R(a);
			function o() {
				var e = a.id + "::", t = a.id + "::￿", r = n.index("_doc_id_rev").openCursor(IDBKeyRange.bound(e, t)), i = 0;
				r.onsuccess = function(e) {
					var t = e.target.result;
					if (!t) return a.seq = i, s();
					var n = t.primaryKey;
					n > i && (i = n), t.continue();
				};
			}
			function s() {
				var e = xr(a, a.winningRev, a.deleted), t = r.put(e);
				t.onsuccess = function() {
					i.continue();
				};
			}
			if (a.seq) return s();
			o();
		};
	}
	e._remote = !1, e.type = function() {
		return "idb";
	}, e._id = ne(function(t) {
		t(null, e._meta.instanceId);
	}), e._bulkDocs = function(n, r, a) {
		kr(t, n, r, e, i, o(a));
	}, e._get = function(e, t, n) {
		var r, a, o, s = t.ctx;
		if (!s) {
			var c = Z(i, [
				G,
				K,
				q
			], "readonly");
			if (c.error) return n(c.error);
			s = c.txn;
		}
		function l() {
			n(o, {
				doc: r,
				metadata: a,
				ctx: s
			});
		}
		s.objectStore(G).get(e).onsuccess = function(e) {
			if (a = Sr(e.target.result), !a) return o = I(F, "missing"), l();
			var n;
			if (t.rev) n = t.latest ? Tt(t.rev, a) : t.rev;
			else if (n = a.winningRev, B(a)) return o = I(F, "deleted"), l();
			var i = s.objectStore(K), c = a.id + "::" + n;
			i.index("_doc_id_rev").get(c).onsuccess = function(e) {
				if (r = e.target.result, r &&= Cr(r), !r) return o = I(F, "missing"), l();
				l();
			};
		};
	}, e._getAttachment = function(e, t, n, r, a) {
		var o;
		if (r.ctx) o = r.ctx;
		else {
			var s = Z(i, [
				G,
				K,
				q
			], "readonly");
			if (s.error) return a(s.error);
			o = s.txn;
		}
		var c = n.digest, l = n.content_type;
		o.objectStore(q).get(c).onsuccess = function(e) {
			var t = e.target.result.body;
			wr(t, l, r.binary, function(e) {
				a(null, e);
			});
		};
	}, e._info = function(t) {
		var n, r, a = Z(i, [J, K], "readonly");
		if (a.error) return t(a.error);
		var o = a.txn;
		o.objectStore(J).get(J).onsuccess = function(e) {
			r = e.target.result.docCount;
		}, o.objectStore(K).openKeyCursor(null, "prev").onsuccess = function(e) {
			var t = e.target.result;
			n = t ? t.key : 0;
		}, o.oncomplete = function() {
			t(null, {
				doc_count: r,
				update_seq: n,
				idb_attachment_format: e._meta.blobSupport ? "binary" : "base64"
			});
		};
	}, e._allDocs = function(e, t) {
		Pr(e, i, o(t));
	}, e._changes = function(t) {
		return Vr(t, e, r, i);
	}, e._close = function(e) {
		i.close(), Hr.delete(r), e();
	}, e._getRevisionTree = function(e, t) {
		var n = Z(i, [G], "readonly");
		if (n.error) return t(n.error);
		var r = n.txn.objectStore(G).get(e);
		r.onsuccess = function(e) {
			var n = Sr(e.target.result);
			n ? t(null, n.rev_tree) : t(I(F));
		};
	}, e._doCompaction = function(e, t, n) {
		var r = Z(i, [
			G,
			K,
			q,
			_r
		], "readwrite");
		if (r.error) return n(r.error);
		var a = r.txn, o = a.objectStore(G);
		o.get(e).onsuccess = function(n) {
			var r = Sr(n.target.result);
			z(r.rev_tree, function(e, n, r, i, a) {
				var o = n + "-" + r;
				t.indexOf(o) !== -1 && (a.status = "missing");
			}), Dr(t, e, a);
			var i = r.winningRev, o = r.deleted;
			a.objectStore(G).put(xr(r, i, o));
		}, a.onabort = X(n), a.oncomplete = function() {
			n();
		};
	}, e._getLocal = function(e, t) {
		var n = Z(i, [Y], "readonly");
		if (n.error) return t(n.error);
		var r = n.txn.objectStore(Y).get(e);
		r.onerror = X(t), r.onsuccess = function(e) {
			var n = e.target.result;
			n ? (delete n._doc_id_rev, t(null, n)) : t(I(F));
		};
	}, e._putLocal = function(e, t, n) {
		typeof t == "function" && (n = t, t = {}), delete e._revisions;
		var r = e._rev, a = e._id;
		e._rev = r ? "0-" + (parseInt(r.split("-")[1], 10) + 1) : "0-1";
		var o = t.ctx, s;
		if (!o) {
			var c = Z(i, [Y], "readwrite");
			if (c.error) return n(c.error);
			o = c.txn, o.onerror = X(n), o.oncomplete = function() {
				s && n(null, s);
			};
		}
		var l = o.objectStore(Y), u;
		r ? (u = l.get(a), u.onsuccess = function(i) {
			var a = i.target.result;
			if (!a || a._rev !== r) n(I(me));
			else {
				var o = l.put(e);
				o.onsuccess = function() {
					s = {
						ok: !0,
						id: e._id,
						rev: e._rev
					}, t.ctx && n(null, s);
				};
			}
		}) : (u = l.add(e), u.onerror = function(e) {
			n(I(me)), e.preventDefault(), e.stopPropagation();
		}, u.onsuccess = function() {
			s = {
				ok: !0,
				id: e._id,
				rev: e._rev
			}, t.ctx && n(null, s);
		});
	}, e._removeLocal = function(e, t, n) {
		typeof t == "function" && (n = t, t = {});
		var r = t.ctx;
		if (!r) {
			var a = Z(i, [Y], "readwrite");
			if (a.error) return n(a.error);
			r = a.txn, r.oncomplete = function() {
				o && n(null, o);
			};
		}
		var o, s = e._id, c = r.objectStore(Y), l = c.get(s);
		l.onerror = X(n), l.onsuccess = function(r) {
			var i = r.target.result;
			!i || i._rev !== e._rev ? n(I(F)) : (c.delete(s), o = {
				ok: !0,
				id: s,
				rev: "0-0"
			}, t.ctx && n(null, o));
		};
	}, e._destroy = function(e, t) {
		Or.removeAllListeners(r);
		var n = Wr.get(r);
		n && n.result && (n.result.close(), Hr.delete(r));
		var i = indexedDB.deleteDatabase(r);
		i.onsuccess = function() {
			Wr.delete(r), ce() && r in localStorage && delete localStorage[r], t(null, { ok: !0 });
		}, i.onerror = X(t);
	};
	var m = Hr.get(r);
	if (m) return i = m.idb, e._meta = m.global, M(function() {
		n(null, e);
	});
	var h = indexedDB.open(r, gr);
	Wr.set(r, h), h.onupgradeneeded = function(e) {
		var t = e.target.result;
		if (e.oldVersion < 1) return s(t);
		var n = e.currentTarget.transaction;
		e.oldVersion < 3 && l(t), e.oldVersion < 4 && d(t);
		var r = [
			c,
			u,
			f,
			p
		], i = e.oldVersion;
		function a() {
			var e = r[i - 1];
			i++, e && e(n, a);
		}
		a();
	}, h.onsuccess = function(t) {
		i = t.target.result, i.onversionchange = function() {
			i.close(), Hr.delete(r);
		}, i.onabort = function(e) {
			N("error", "Database has a global failure", e.target.error), a = e.target.error, i.close(), Hr.delete(r);
		};
		var o = i.transaction([
			J,
			vr,
			G
		], "readwrite"), s = !1, c, l, u, d;
		function f() {
			u !== void 0 && s && (e._meta = {
				name: r,
				instanceId: d,
				blobSupport: u
			}, Hr.set(r, {
				idb: i,
				global: e._meta
			}), n(null, e));
		}
		function p() {
			if (l !== void 0 && c !== void 0) {
				var e = r + "_id";
				e in c ? d = c[e] : c[e] = d = st(), c.docCount = l, o.objectStore(J).put(c);
			}
		}
		o.objectStore(J).get(J).onsuccess = function(e) {
			c = e.target.result || { id: J }, p();
		}, Fr(o, function(e) {
			l = e, p();
		}), Ur ||= tr(o, vr, "key"), Ur.then(function(e) {
			u = e, f();
		}), o.oncomplete = function() {
			s = !0, f();
		}, o.onabort = X(n);
	}, h.onerror = function(e) {
		var t = e.target.error && e.target.error.message;
		t ? t.indexOf("stored database is a higher version") !== -1 && (t = /* @__PURE__ */ Error("This DB was created with the newer \"indexeddb\" adapter, but you are trying to open it with the older \"idb\" adapter")) : t = "Failed to open indexedDB, are you in private browsing mode?", N("error", t), n(I(we, t));
	};
}
Gr.valid = function() {
	try {
		return typeof indexedDB < "u" && typeof IDBKeyRange < "u";
	} catch {
		return !1;
	}
};
function qr(e) {
	e.adapter("idb", Gr, !0);
}
function Jr(e, t) {
	return new Promise(function(n, r) {
		var i = 0, a = 0, o = 0, s = e.length, c;
		function l() {
			i++, e[a++]().then(d, f);
		}
		function u() {
			++o === s ? 
			/* istanbul ignore if */
			c ? r(c) : n() : p();
		}
		function d() {
			i--, u();
		}
		/* istanbul ignore next */
		function f(e) {
			i--, c ||= e, u();
		}
		function p() {
			for (; i < t && a < s;) l();
		}
		p();
	});
}
var Yr = 25, Xr = 50, Zr = 5e3, Qr = 1e4, $r = {};
function ei(e) {
	let t = e.doc || e.ok, n = t && t._attachments;
	n && Object.keys(n).forEach(function(e) {
		let t = n[e];
		t.data = qe(t.data, t.content_type);
	});
}
function ti(e) {
	return /^_design/.test(e) ? "_design/" + encodeURIComponent(e.slice(8)) : e.startsWith("_local/") ? "_local/" + encodeURIComponent(e.slice(7)) : encodeURIComponent(e);
}
function ni(e) {
	return !e._attachments || !Object.keys(e._attachments) ? Promise.resolve() : Promise.all(Object.keys(e._attachments).map(function(t) {
		let n = e._attachments[t];
		if (n.data && typeof n.data != "string") return new Promise(function(e) {
			Ze(n.data, e);
		}).then(function(e) {
			n.data = e;
		});
	}));
}
function ri(e) {
	if (!e.prefix) return !1;
	let t = Re(e.prefix).protocol;
	return t === "http" || t === "https";
}
function ii(e, t) {
	if (ri(t)) {
		let n = t.name.substr(t.prefix.length);
		e = t.prefix.replace(/\/?$/, "/") + encodeURIComponent(n);
	}
	let n = Re(e);
	(n.user || n.password) && (n.auth = {
		username: n.user,
		password: n.password
	});
	let r = n.path.replace(/(^\/|\/$)/g, "").split("/");
	return n.db = r.pop(), n.db.indexOf("%") === -1 && (n.db = encodeURIComponent(n.db)), n.path = r.join("/"), n;
}
function Q(e, t) {
	return ai(e, e.db + "/" + t);
}
function ai(e, t) {
	let n = e.path ? "/" : "";
	return e.protocol + "://" + e.host + (e.port ? ":" + e.port : "") + "/" + e.path + n + t;
}
function oi(e) {
	let t = Object.keys(e);
	return t.length === 0 ? "" : "?" + t.map((t) => t + "=" + encodeURIComponent(e[t])).join("&");
}
function si(e) {
	let t = typeof navigator < "u" && navigator.userAgent ? navigator.userAgent.toLowerCase() : "", n = t.indexOf("msie") !== -1, r = t.indexOf("trident") !== -1, i = t.indexOf("edge") !== -1, a = !("method" in e) || e.method === "GET";
	return (n || r || i) && a;
}
function ci(e, t) {
	let n = this, r = ii(e.name, e), i = Q(r, "");
	e = O(e);
	let a = async function(t, n) {
		if (n ||= {}, n.headers = n.headers || new Jt(), n.credentials = "include", e.auth || r.auth) {
			let t = e.auth || r.auth, i = t.username + ":" + t.password, a = Ue(unescape(encodeURIComponent(i)));
			n.headers.set("Authorization", "Basic " + a);
		}
		let i = e.headers || {};
		return Object.keys(i).forEach(function(e) {
			n.headers.append(e, i[e]);
		}), si(n) && (t += (t.indexOf("?") === -1 ? "?" : "&") + "_nonce=" + Date.now()), await (e.fetch || qt)(t, n);
	};
	function o(e, t) {
		return k(e, function(...e) {
			l().then(function() {
				return t.apply(this, e);
			}).catch(function(t) {
				e.pop()(t);
			});
		}).bind(n);
	}
	async function s(e, t) {
		let n = {};
		t ||= {}, t.headers = t.headers || new Jt(), t.headers.get("Content-Type") || t.headers.set("Content-Type", "application/json"), t.headers.get("Accept") || t.headers.set("Accept", "application/json");
		let r = await a(e, t);
		if (n.ok = r.ok, n.status = r.status, n.data = await r.json(), !n.ok) throw n.data.status = n.status, De(n.data);
		return Array.isArray(n.data) && (n.data = n.data.map(function(e) {
			return e.error || e.missing ? De(e) : e;
		})), n;
	}
	let c;
	async function l() {
		return e.skip_setup ? Promise.resolve() : c || (c = s(i).catch(function(e) {
			return e && e.status && e.status === 404 ? (fe(404, "PouchDB is just detecting if the remote exists."), s(i, { method: "PUT" })) : Promise.reject(e);
		}).catch(function(e) {
			return e && e.status && e.status === 412 ? !0 : Promise.reject(e);
		}), c.catch(function() {
			c = null;
		}), c);
	}
	M(function() {
		t(null, n);
	}), n._remote = !0, n.type = function() {
		return "http";
	}, n.id = o("id", async function(e) {
		let t;
		try {
			t = await (await a(ai(r, ""))).json();
		} catch {
			t = {};
		}
		e(null, t && t.uuid ? t.uuid + r.db : Q(r, ""));
	}), n.compact = o("compact", async function(e, t) {
		typeof e == "function" && (t = e, e = {}), e = O(e), await s(Q(r, "_compact"), { method: "POST" });
		function i() {
			n.info(function(n, r) {
				/* istanbul ignore else */
				r && !r.compact_running ? t(null, { ok: !0 }) : setTimeout(i, e.interval || 200);
			});
		}
		i();
	}), n.bulkGet = k("bulkGet", function(e, t) {
		let n = this;
		async function i(t) {
			let n = {};
			e.revs && (n.revs = !0), e.attachments && 
			/* istanbul ignore next */
			(n.attachments = !0), e.latest && (n.latest = !0);
			try {
				let i = await s(Q(r, "_bulk_get" + oi(n)), {
					method: "POST",
					body: JSON.stringify({ docs: e.docs })
				});
				e.attachments && e.binary && i.data.results.forEach(function(e) {
					e.docs.forEach(ei);
				}), t(null, i.data);
			} catch (e) {
				t(e);
			}
		}
		/* istanbul ignore next */
		function a() {
			let r = Xr, i = Math.ceil(e.docs.length / r), a = 0, o = Array(i);
			function s(e) {
				return function(n, r) {
					o[e] = r.results, ++a === i && t(null, { results: o.flat() });
				};
			}
			for (let t = 0; t < i; t++) {
				let i = A(e, [
					"revs",
					"attachments",
					"binary",
					"latest"
				]);
				i.docs = e.docs.slice(t * r, Math.min(e.docs.length, (t + 1) * r)), oe(n, i, s(t));
			}
		}
		let o = ai(r, ""), c = $r[o];
		/* istanbul ignore next */
		typeof c == "boolean" ? c ? i(t) : a() : i(function(e, n) {
			e ? ($r[o] = !1, fe(e.status, "PouchDB is just detecting if the remote supports the _bulk_get API."), a()) : ($r[o] = !0, t(null, n));
		});
	}), n._info = async function(e) {
		try {
			await l();
			let t = await (await a(Q(r, ""))).json();
			t.host = Q(r, ""), e(null, t);
		} catch (t) {
			e(t);
		}
	}, n.fetch = async function(e, t) {
		await l();
		let n = e.substring(0, 1) === "/" ? ai(r, e.substring(1)) : Q(r, e);
		return a(n, t);
	}, n.get = o("get", async function(e, t, n) {
		typeof t == "function" && (n = t, t = {}), t = O(t);
		let i = {};
		t.revs && (i.revs = !0), t.revs_info && (i.revs_info = !0), t.latest && (i.latest = !0), t.open_revs && (t.open_revs !== "all" && (t.open_revs = JSON.stringify(t.open_revs)), i.open_revs = t.open_revs), t.rev && (i.rev = t.rev), t.conflicts && (i.conflicts = t.conflicts), t.update_seq && (i.update_seq = t.update_seq), e = ti(e);
		function o(e) {
			let n = e._attachments, i = n && Object.keys(n);
			if (!n || !i.length) return;
			async function o(i) {
				let o = n[i], s = ti(e._id) + "/" + u(i) + "?rev=" + e._rev, c = await a(Q(r, s)), l;
				l = "buffer" in c ? await c.buffer() : await c.blob();
				let d;
				if (t.binary) {
					let e = Object.getOwnPropertyDescriptor(l.__proto__, "type");
					(!e || e.set) && (l.type = o.content_type), d = l;
				} else d = await new Promise(function(e) {
					Ze(l, e);
				});
				delete o.stub, delete o.length, o.data = d;
			}
			return Jr(i.map(function(e) {
				return function() {
					return o(e);
				};
			}), 5);
		}
		function c(e) {
			return Array.isArray(e) ? Promise.all(e.map(function(e) {
				if (e.ok) return o(e.ok);
			})) : o(e);
		}
		let l = Q(r, e + oi(i));
		try {
			let e = await s(l);
			t.attachments && await c(e.data), n(null, e.data);
		} catch (t) {
			t.docId = e, n(t);
		}
	}), n.remove = o("remove", async function(e, t, n, i) {
		let a;
		typeof t == "string" ? (a = {
			_id: e,
			_rev: t
		}, typeof n == "function" && (i = n, n = {})) : (a = e, typeof t == "function" ? (i = t, n = {}) : (i = n, n = t));
		let o = a._rev || n.rev, c = Q(r, ti(a._id)) + "?rev=" + o;
		try {
			let e = await s(c, { method: "DELETE" });
			i(null, e.data);
		} catch (e) {
			i(e);
		}
	});
	function u(e) {
		return e.split("/").map(encodeURIComponent).join("/");
	}
	n.getAttachment = o("getAttachment", async function(e, t, n, i) {
		typeof n == "function" && (i = n, n = {});
		let o = n.rev ? "?rev=" + n.rev : "", s = Q(r, ti(e)) + "/" + u(t) + o, c;
		try {
			let e = await a(s, { method: "GET" });
			if (!e.ok) throw e;
			c = e.headers.get("content-type");
			let t;
			if (t = typeof process < "u" && !process.browser && typeof e.buffer == "function" ? await e.buffer() : await e.blob(), typeof process < "u" && !process.browser) {
				let e = Object.getOwnPropertyDescriptor(t.__proto__, "type");
				(!e || e.set) && (t.type = c);
			}
			i(null, t);
		} catch (e) {
			i(e);
		}
	}), n.removeAttachment = o("removeAttachment", async function(e, t, n, i) {
		let a = Q(r, ti(e) + "/" + u(t)) + "?rev=" + n;
		try {
			i(null, (await s(a, { method: "DELETE" })).data);
		} catch (e) {
			i(e);
		}
	}), n.putAttachment = o("putAttachment", async function(e, t, n, i, a, o) {
		typeof a == "function" && (o = a, a = i, i = n, n = null);
		let c = ti(e) + "/" + u(t), l = Q(r, c);
		if (n && (l += "?rev=" + n), typeof i == "string") {
			let e;
			try {
				e = He(i);
			} catch {
				return o(I(ye, "Attachment is not a valid base64 string"));
			}
			i = e ? Ke(e, a) : "";
		}
		try {
			let e = await s(l, {
				headers: new Jt({ "Content-Type": a }),
				method: "PUT",
				body: i
			});
			o(null, e.data);
		} catch (e) {
			o(e);
		}
	}), n._bulkDocs = async function(e, t, n) {
		e.new_edits = t.new_edits;
		try {
			await l(), await Promise.all(e.docs.map(ni)), n(null, (await s(Q(r, "_bulk_docs"), {
				method: "POST",
				body: JSON.stringify(e)
			})).data);
		} catch (e) {
			n(e);
		}
	}, n._put = async function(e, t, n) {
		try {
			await l(), await ni(e), n(null, (await s(Q(r, ti(e._id)), {
				method: "PUT",
				body: JSON.stringify(e)
			})).data);
		} catch (t) {
			t.docId = e && e._id, n(t);
		}
	}, n.allDocs = o("allDocs", async function(e, t) {
		typeof e == "function" && (t = e, e = {}), e = O(e);
		let n = {}, i, a = "GET";
		e.conflicts && (n.conflicts = !0), e.update_seq && (n.update_seq = !0), e.descending && (n.descending = !0), e.include_docs && (n.include_docs = !0), e.attachments && (n.attachments = !0), e.key && (n.key = JSON.stringify(e.key)), e.start_key && (e.startkey = e.start_key), e.startkey && (n.startkey = JSON.stringify(e.startkey)), e.end_key && (e.endkey = e.end_key), e.endkey && (n.endkey = JSON.stringify(e.endkey)), e.inclusive_end !== void 0 && (n.inclusive_end = !!e.inclusive_end), e.limit !== void 0 && (n.limit = e.limit), e.skip !== void 0 && (n.skip = e.skip);
		let o = oi(n);
		e.keys !== void 0 && (a = "POST", i = { keys: e.keys });
		try {
			let n = await s(Q(r, "_all_docs" + o), {
				method: a,
				body: JSON.stringify(i)
			});
			e.include_docs && e.attachments && e.binary && n.data.rows.forEach(ei), t(null, n.data);
		} catch (e) {
			t(e);
		}
	}), n._changes = function(e) {
		let t = "batch_size" in e ? e.batch_size : Yr;
		e = O(e), e.continuous && !("heartbeat" in e) && (e.heartbeat = Qr);
		let n = "timeout" in e ? e.timeout : 3e4;
		/* istanbul ignore if */
		"timeout" in e && e.timeout && n - e.timeout < Zr && (n = e.timeout + Zr), "heartbeat" in e && e.heartbeat && n - e.heartbeat < Zr && (n = e.heartbeat + Zr);
		let i = {};
		"timeout" in e && e.timeout && (i.timeout = e.timeout);
		let a = e.limit !== void 0 && e.limit, o = a;
		if (e.style && (i.style = e.style), (e.include_docs || e.filter && typeof e.filter == "function") && (i.include_docs = !0), e.attachments && (i.attachments = !0), e.continuous && (i.feed = "longpoll"), e.seq_interval && (i.seq_interval = e.seq_interval), e.conflicts && (i.conflicts = !0), e.descending && (i.descending = !0), e.update_seq && (i.update_seq = !0), "heartbeat" in e && e.heartbeat && (i.heartbeat = e.heartbeat), e.filter && typeof e.filter == "string" && (i.filter = e.filter), e.view && typeof e.view == "string" && (i.filter = "_view", i.view = e.view), e.query_params && typeof e.query_params == "object") for (let t in e.query_params)
 /* istanbul ignore else */
		Object.prototype.hasOwnProperty.call(e.query_params, t) && (i[t] = e.query_params[t]);
		let c = "GET", u;
		e.doc_ids ? (i.filter = "_doc_ids", c = "POST", u = { doc_ids: e.doc_ids }) : e.selector && (i.filter = "_selector", c = "POST", u = { selector: e.selector });
		let d = new AbortController(), f, p = async function(n, p) {
			if (e.aborted) return;
			i.since = n, typeof i.since == "object" && (i.since = JSON.stringify(i.since)), e.descending ? a && (i.limit = o) : i.limit = !a || o > t ? t : o;
			let m = Q(r, "_changes" + oi(i)), h = {
				signal: d.signal,
				method: c,
				body: JSON.stringify(u)
			};
			/* istanbul ignore if */
			if (f = n, !e.aborted) try {
				await l(), p(null, (await s(m, h)).data);
			} catch (e) {
				p(e);
			}
		}, m = { results: [] }, h = function(n, r) {
			if (e.aborted) return;
			let i = 0;
			if (r && r.results) {
				i = r.results.length, m.last_seq = r.last_seq;
				let t = null, n = null;
				typeof r.pending == "number" && (t = r.pending), (typeof m.last_seq == "string" || typeof m.last_seq == "number") && (n = m.last_seq), e.query_params, r.results = r.results.filter(function(r) {
					o--;
					let i = ke(e)(r);
					return i && (e.include_docs && e.attachments && e.binary && ei(r), e.return_docs && m.results.push(r), e.onChange(r, t, n)), i;
				});
			} else if (n) {
				e.aborted = !0, e.complete(n);
				return;
			}
			r && r.last_seq && (f = r.last_seq);
			let s = a && o <= 0 || r && i < t || e.descending;
			e.continuous && !(a && o <= 0) || !s ? M(function() {
				p(f, h);
			}) : e.complete(null, m);
		};
		return p(e.since || 0, h), { cancel: function() {
			e.aborted = !0, d.abort();
		} };
	}, n.revsDiff = o("revsDiff", async function(e, t, n) {
		typeof t == "function" && (n = t, t = {});
		try {
			let t = await s(Q(r, "_revs_diff"), {
				method: "POST",
				body: JSON.stringify(e)
			});
			n(null, t.data);
		} catch (e) {
			n(e);
		}
	}), n._close = function(e) {
		e();
	}, n._destroy = async function(e, t) {
		try {
			t(null, await s(Q(r, ""), { method: "DELETE" }));
		} catch (e) {
			e.status === 404 ? t(null, { ok: !0 }) : t(e);
		}
	};
}
ci.valid = function() {
	return !0;
};
function li(e) {
	e.adapter("http", ci, !1), e.adapter("https", ci, !1);
}
var ui = class e extends Error {
	constructor(t) {
		super(), this.status = 400, this.name = "query_parse_error", this.message = t, this.error = !0;
		try {
			Error.captureStackTrace(this, e);
		} catch {}
	}
}, di = class e extends Error {
	constructor(t) {
		super(), this.status = 404, this.name = "not_found", this.message = t, this.error = !0;
		try {
			Error.captureStackTrace(this, e);
		} catch {}
	}
}, fi = class e extends Error {
	constructor(t) {
		super(), this.status = 500, this.name = "invalid_value", this.message = t, this.error = !0;
		try {
			Error.captureStackTrace(this, e);
		} catch {}
	}
};
function pi(e, t) {
	return t && e.then(function(e) {
		M(function() {
			t(null, e);
		});
	}, function(e) {
		M(function() {
			t(e);
		});
	}), e;
}
function mi(e) {
	return function(...t) {
		var n = t.pop(), r = e.apply(this, t);
		return typeof n == "function" && pi(r, n), r;
	};
}
function hi(e, t) {
	return e.then(function(e) {
		return t().then(function() {
			return e;
		});
	}, function(e) {
		return t().then(function() {
			throw e;
		});
	});
}
function gi(e, t) {
	return function() {
		var n = arguments, r = this;
		return e.add(function() {
			return t.apply(r, n);
		});
	};
}
function _i(e) {
	var t = new Set(e), n = Array(t.size), r = -1;
	return t.forEach(function(e) {
		n[++r] = e;
	}), n;
}
function vi(e) {
	var t = Array(e.size), n = -1;
	return e.forEach(function(e, r) {
		t[++n] = r;
	}), t;
}
function yi(e) {
	return new fi("builtin " + e + " function requires map values to be numbers or number arrays");
}
function bi(e) {
	for (var t = 0, n = 0, r = e.length; n < r; n++) {
		var i = e[n];
		if (typeof i != "number") {
			if (Array.isArray(i)) {
				t = typeof t == "number" ? [t] : t;
				for (var a = 0, o = i.length; a < o; a++) {
					var s = i[a];
					if (typeof s != "number") throw yi("_sum");
					t[a] === void 0 ? t.push(s) : t[a] += s;
				}
			} else throw yi("_sum");
		} else typeof t == "number" ? t += i : t[0] += i;
	}
	return t;
}
var xi = N.bind(null, "log"), Si = Array.isArray, Ci = JSON.parse;
function wi(e, t) {
	return ze("return (" + e.replace(/;\s*$/, "") + ");", {
		emit: t,
		sum: bi,
		log: xi,
		isArray: Si,
		toJSON: Ci
	});
}
var Ti = class {
	constructor() {
		this.promise = Promise.resolve();
	}
	add(e) {
		return this.promise = this.promise.catch(() => {}).then(() => e()), this.promise;
	}
	finish() {
		return this.promise;
	}
};
function Ei(e) {
	if (!e) return "undefined";
	switch (typeof e) {
		case "function": return e.toString();
		case "string": return e.toString();
		default: return JSON.stringify(e);
	}
}
function Di(e, t) {
	return Ei(e) + Ei(t) + "undefined";
}
async function Oi(e, t, n, r, i, a) {
	let o = Di(n, r), s;
	if (!i && (s = e._cachedViews = e._cachedViews || {}, s[o])) return s[o];
	let c = e.info().then(async function(c) {
		let l = c.db_name + "-mrview-" + (i ? "temp" : at(o));
		function u(e) {
			e.views = e.views || {};
			let n = t;
			n.indexOf("/") === -1 && (n = t + "/" + t);
			let r = e.views[n] = e.views[n] || {};
			/* istanbul ignore if */
			if (!r[l]) return r[l] = !0, e;
		}
		await Be(e, "_local/" + a, u);
		let d = (await e.registerDependentDatabase(l)).db;
		d.auto_compaction = !0;
		let f = {
			name: l,
			db: d,
			sourceDB: e,
			adapter: e.adapter,
			mapFun: n,
			reduceFun: r
		}, p;
		try {
			p = await f.db.get("_local/lastSeq");
		} catch (e) {
			/* istanbul ignore if */
			if (e.status !== 404) throw e;
		}
		return f.seq = p ? p.seq : 0, s && f.db.once("destroyed", function() {
			delete s[o];
		}), f;
	});
	return s && (s[o] = c), c;
}
var ki = {}, Ai = new Ti(), ji = 50;
function Mi(e) {
	return e.indexOf("/") === -1 ? [e, e] : e.split("/");
}
function Ni(e) {
	return e.length === 1 && /^1-/.test(e[0].rev);
}
function Pi(e, t, n) {
	try {
		e.emit("error", t);
	} catch {
		N("error", "The user's map/reduce function threw an uncaught error.\nYou can debug this error by doing:\nmyDatabase.on('error', function (err) { debugger; });\nPlease double-check your map/reduce function."), N("error", t, n);
	}
}
function Fi(e, t, n, r) {
	function i(e, t, n) {
		try {
			t(n);
		} catch (r) {
			Pi(e, r, {
				fun: t,
				doc: n
			});
		}
	}
	function a(e, t, n, r, i) {
		try {
			return { output: t(n, r, i) };
		} catch (a) {
			return Pi(e, a, {
				fun: t,
				keys: n,
				values: r,
				rereduce: i
			}), { error: a };
		}
	}
	function o(e, t) {
		let n = U(e.key, t.key);
		return n === 0 ? U(e.value, t.value) : n;
	}
	function s(e, t, n) {
		return n ||= 0, typeof t == "number" ? e.slice(n, t + n) : n > 0 ? e.slice(n) : e;
	}
	function c(e) {
		let t = e.value;
		return t && typeof t == "object" && t._id || e.id;
	}
	function l(e) {
		for (let t of e.rows) {
			let e = t.doc && t.doc._attachments;
			if (e) for (let t of Object.keys(e)) {
				let n = e[t];
				e[t].data = qe(n.data, n.content_type);
			}
		}
	}
	function u(e) {
		return function(t) {
			return e.include_docs && e.attachments && e.binary && l(t), t;
		};
	}
	function d(e, t, n, r) {
		let i = t[e];
		i !== void 0 && (r && (i = encodeURIComponent(JSON.stringify(i))), n.push(e + "=" + i));
	}
	function f(e) {
		if (e !== void 0) {
			let t = Number(e);
			return !isNaN(t) && t === parseInt(e, 10) ? t : e;
		}
	}
	function p(e) {
		return e.group_level = f(e.group_level), e.limit = f(e.limit), e.skip = f(e.skip), e;
	}
	function m(e) {
		if (e) {
			if (typeof e != "number") return new ui(`Invalid value for integer: "${e}"`);
			if (e < 0) return new ui(`Invalid value for positive integer: "${e}"`);
		}
	}
	function h(e, t) {
		let n = e.descending ? "endkey" : "startkey", r = e.descending ? "startkey" : "endkey";
		if (e[n] !== void 0 && e[r] !== void 0 && U(e[n], e[r]) > 0) throw new ui("No rows can match your key range, reverse your start_key and end_key or set {descending : true}");
		if (t.reduce && e.reduce !== !1) {
			if (e.include_docs) throw new ui("{include_docs:true} is invalid for reduce");
			if (e.keys && e.keys.length > 1 && !e.group && !e.group_level) throw new ui("Multi-key fetches for reduce views must use {group: true}");
		}
		for (let t of [
			"group_level",
			"limit",
			"skip"
		]) {
			let n = m(e[t]);
			if (n) throw n;
		}
	}
	async function g(e, t, n) {
		let r = [], i, a = "GET", o;
		if (d("reduce", n, r), d("include_docs", n, r), d("attachments", n, r), d("limit", n, r), d("descending", n, r), d("group", n, r), d("group_level", n, r), d("skip", n, r), d("stale", n, r), d("conflicts", n, r), d("startkey", n, r, !0), d("start_key", n, r, !0), d("endkey", n, r, !0), d("end_key", n, r, !0), d("inclusive_end", n, r), d("key", n, r, !0), d("update_seq", n, r), r = r.join("&"), r = r === "" ? "" : "?" + r, n.keys !== void 0) {
			let e = `keys=${encodeURIComponent(JSON.stringify(n.keys))}`;
			e.length + r.length + 1 <= 2e3 ? r += (r[0] === "?" ? "&" : "?") + e : (a = "POST", typeof t == "string" ? i = { keys: n.keys } : t.keys = n.keys);
		}
		if (typeof t == "string") {
			let s = Mi(t), c = await e.fetch("_design/" + s[0] + "/_view/" + s[1] + r, {
				headers: new Jt({ "Content-Type": "application/json" }),
				method: a,
				body: JSON.stringify(i)
			});
			o = c.ok;
			let l = await c.json();
			if (!o) throw l.status = c.status, De(l);
			for (let e of l.rows)
 /* istanbul ignore if */
			if (e.value && e.value.error && e.value.error === "builtin_reduce_error") throw Error(e.reason);
			return new Promise(function(e) {
				e(l);
			}).then(u(n));
		}
		i ||= {};
		for (let e of Object.keys(t)) Array.isArray(t[e]) ? i[e] = t[e] : i[e] = t[e].toString();
		let s = await e.fetch("_temp_view" + r, {
			headers: new Jt({ "Content-Type": "application/json" }),
			method: "POST",
			body: JSON.stringify(i)
		});
		o = s.ok;
		let c = await s.json();
		if (!o) throw c.status = s.status, De(c);
		return new Promise(function(e) {
			e(c);
		}).then(u(n));
	}
	/* istanbul ignore next */
	function _(e, t, n) {
		return new Promise(function(r, i) {
			e._query(t, n, function(e, t) {
				if (e) return i(e);
				r(t);
			});
		});
	}
	/* istanbul ignore next */
	function v(e) {
		return new Promise(function(t, n) {
			e._viewCleanup(function(e, r) {
				if (e) return n(e);
				t(r);
			});
		});
	}
	function y(e) {
		return function(t) {
			/* istanbul ignore else */
			if (t.status === 404) return e;
			throw t;
		};
	}
	async function b(e, t, n) {
		let r = "_local/doc_" + e, i = {
			_id: r,
			keys: []
		}, a = n.get(e), o = a[0], s = a[1];
		function c() {
			return Ni(s) ? Promise.resolve(i) : t.db.get(r).catch(y(i));
		}
		function l(e) {
			return e.keys.length ? t.db.allDocs({
				keys: e.keys,
				include_docs: !0
			}) : Promise.resolve({ rows: [] });
		}
		function u(e, t) {
			let n = [], r = /* @__PURE__ */ new Set();
			for (let e of t.rows) {
				let t = e.doc;
				if (t && (n.push(t), r.add(t._id), t._deleted = !o.has(t._id), !t._deleted)) {
					let e = o.get(t._id);
					"value" in e && (t.value = e.value);
				}
			}
			let i = vi(o);
			for (let e of i) if (!r.has(e)) {
				let t = { _id: e }, r = o.get(e);
				"value" in r && (t.value = r.value), n.push(t);
			}
			return e.keys = _i(i.concat(e.keys)), n.push(e), n;
		}
		let d = await c();
		return u(d, await l(d));
	}
	function x(e) {
		return e.sourceDB.get("_local/purges").then(function(t) {
			let n = t.purgeSeq;
			return e.db.get("_local/purgeSeq").then(function(e) {
				return e._rev;
			}).catch(y(void 0)).then(function(t) {
				return e.db.put({
					_id: "_local/purgeSeq",
					_rev: t,
					purgeSeq: n
				});
			});
		}).catch(function(e) {
			if (e.status !== 404) throw e;
		});
	}
	function S(e, t, n) {
		var r = "_local/lastSeq";
		return e.db.get(r).catch(y({
			_id: r,
			seq: 0
		})).then(function(r) {
			var i = vi(t);
			return Promise.all(i.map(function(n) {
				return b(n, e, t);
			})).then(function(t) {
				var i = t.flat();
				return r.seq = n, i.push(r), e.db.bulkDocs({ docs: i });
			}).then(() => x(e));
		});
	}
	function C(e) {
		let t = typeof e == "string" ? e : e.name, n = ki[t];
		return n ||= ki[t] = new Ti(), n;
	}
	async function w(e, t) {
		return gi(C(e), function() {
			return T(e, t);
		})();
	}
	async function T(e, n) {
		let r, a, s;
		function c(e, t) {
			let n = {
				id: a._id,
				key: Sn(e)
			};
			t != null && (n.value = Sn(t)), r.push(n);
		}
		let l = t(e.mapFun, c), u = e.seq || 0;
		function d() {
			return e.sourceDB.info().then(function(t) {
				s = e.sourceDB.activeTasks.add({
					name: "view_indexing",
					total_items: t.update_seq - u
				});
			});
		}
		function f(t, n) {
			return function() {
				return S(e, t, n);
			};
		}
		let p = 0, m = {
			view: e.name,
			indexed_docs: p
		};
		e.sourceDB.emit("indexing", m);
		let h = new Ti();
		async function g() {
			return v(await e.sourceDB.changes({
				return_docs: !0,
				conflicts: !0,
				include_docs: !0,
				style: "all_docs",
				since: u,
				limit: n.changes_batch_size
			}), await _());
		}
		function _() {
			return e.db.get("_local/purgeSeq").then(function(e) {
				return e.purgeSeq;
			}).catch(y(-1)).then(function(t) {
				return e.sourceDB.get("_local/purges").then(function(n) {
					let r = n.purges.filter(function(e, n) {
						return n > t;
					}).map((e) => e.docId), i = r.filter(function(e, t) {
						return r.indexOf(e) === t;
					});
					return Promise.all(i.map(function(t) {
						return e.sourceDB.get(t).then(function(e) {
							return {
								docId: t,
								doc: e
							};
						}).catch(y({ docId: t }));
					}));
				}).catch(y([]));
			});
		}
		function v(t, r) {
			let i = t.results;
			if (!i.length && !r.length) return;
			for (let e of r) if (i.findIndex(function(t) {
				return t.id === e.docId;
			}) < 0) {
				let t = {
					_id: e.docId,
					doc: {
						_id: e.docId,
						_deleted: 1
					},
					changes: []
				};
				e.doc && (t.doc = e.doc, t.changes.push({ rev: e.doc._rev })), i.push(t);
			}
			let a = b(i);
			h.add(f(a, u)), p += i.length;
			let o = {
				view: e.name,
				last_seq: t.last_seq,
				results_count: i.length,
				indexed_docs: p
			};
			if (e.sourceDB.emit("indexing", o), e.sourceDB.activeTasks.update(s, { completed_items: p }), !(i.length < n.changes_batch_size)) return g();
		}
		function b(t) {
			let n = /* @__PURE__ */ new Map();
			for (let s of t) {
				if (s.doc._id[0] !== "_") {
					r = [], a = s.doc, a._deleted || i(e.sourceDB, l, a), r.sort(o);
					let t = x(r);
					n.set(s.doc._id, [t, s.changes]);
				}
				u = s.seq;
			}
			return n;
		}
		function x(e) {
			let t = /* @__PURE__ */ new Map(), n;
			for (let r = 0, i = e.length; r < i; r++) {
				let i = e[r], a = [i.key, i.id];
				r > 0 && U(i.key, n) === 0 && a.push(r), t.set(W(a), i), n = i.key;
			}
			return t;
		}
		try {
			await d(), await g(), await h.finish(), e.seq = u, e.sourceDB.activeTasks.remove(s);
		} catch (t) {
			e.sourceDB.activeTasks.remove(s, t);
		}
	}
	function E(e, t, r) {
		r.group_level === 0 && delete r.group_level;
		let i = r.group || r.group_level, o = n(e.reduceFun), c = [], l = isNaN(r.group_level) ? Infinity : r.group_level;
		for (let e of t) {
			let t = c[c.length - 1], n = i ? e.key : null;
			i && Array.isArray(n) && (n = n.slice(0, l)), t && U(t.groupKey, n) === 0 ? (t.keys.push([e.key, e.id]), t.values.push(e.value)) : c.push({
				keys: [[e.key, e.id]],
				values: [e.value],
				groupKey: n
			});
		}
		t = [];
		for (let n of c) {
			let r = a(e.sourceDB, o, n.keys, n.values, !1);
			if (r.error && r.error instanceof fi) throw r.error;
			t.push({
				value: r.error ? null : r.output,
				key: n.groupKey
			});
		}
		return { rows: s(t, r.limit, r.skip) };
	}
	function D(e, t) {
		return gi(C(e), function() {
			return ee(e, t);
		})();
	}
	async function ee(e, t) {
		let n, r = e.reduceFun && t.reduce !== !1, i = t.skip || 0;
		t.keys !== void 0 && !t.keys.length && (t.limit = 0, delete t.keys);
		async function a(t) {
			t.include_docs = !0;
			let r = await e.db.allDocs(t);
			return n = r.total_rows, r.rows.map(function(e) {
				/* istanbul ignore next */
				if ("value" in e.doc && typeof e.doc.value == "object" && e.doc.value !== null) {
					let t = Object.keys(e.doc.value).sort(), n = [
						"id",
						"key",
						"value"
					];
					if (!(t < n || t > n)) return e.doc.value;
				}
				let t = En(e.doc._id);
				return {
					key: t[0],
					id: t[1],
					value: "value" in e.doc ? e.doc.value : null
				};
			});
		}
		async function o(a) {
			let o;
			if (o = r ? E(e, a, t) : t.keys === void 0 ? {
				total_rows: n,
				offset: i,
				rows: a
			} : {
				total_rows: n,
				offset: i,
				rows: s(a, t.limit, t.skip)
			}, t.update_seq && (o.update_seq = e.seq), t.include_docs) {
				let n = _i(a.map(c)), r = await e.sourceDB.allDocs({
					keys: n,
					include_docs: !0,
					conflicts: t.conflicts,
					attachments: t.attachments,
					binary: t.binary
				}), i = /* @__PURE__ */ new Map();
				for (let e of r.rows) i.set(e.id, e.doc);
				for (let e of a) {
					let t = c(e), n = i.get(t);
					n && (e.doc = n);
				}
			}
			return o;
		}
		if (t.keys !== void 0) {
			let e = t.keys.map(function(e) {
				let n = {
					startkey: W([e]),
					endkey: W([e, {}])
				};
				return t.update_seq && (n.update_seq = !0), a(n);
			});
			return o((await Promise.all(e)).flat());
		}
		{
			let e = { descending: t.descending };
			/* istanbul ignore if */
			t.update_seq && (e.update_seq = !0);
			let n, s;
			if ("start_key" in t && (n = t.start_key), "startkey" in t && (n = t.startkey), "end_key" in t && (s = t.end_key), "endkey" in t && (s = t.endkey), n !== void 0 && (e.startkey = t.descending ? W([n, {}]) : W([n])), s !== void 0) {
				let n = t.inclusive_end !== !1;
				t.descending && (n = !n), e.endkey = W(n ? [s, {}] : [s]);
			}
			if (t.key !== void 0) {
				let n = W([t.key]), r = W([t.key, {}]);
				e.descending ? (e.endkey = n, e.startkey = r) : (e.startkey = n, e.endkey = r);
			}
			return r || (typeof t.limit == "number" && (e.limit = t.limit), e.skip = i), o(await a(e));
		}
	}
	async function O(e) {
		return (await e.fetch("_view_cleanup", {
			headers: new Jt({ "Content-Type": "application/json" }),
			method: "POST"
		})).json();
	}
	async function te(t) {
		try {
			let n = await t.get("_local/" + e), r = /* @__PURE__ */ new Map();
			for (let e of Object.keys(n.views)) {
				let t = Mi(e), n = "_design/" + t[0], i = t[1], a = r.get(n);
				a || (a = /* @__PURE__ */ new Set(), r.set(n, a)), a.add(i);
			}
			let i = {
				keys: vi(r),
				include_docs: !0
			}, a = await t.allDocs(i), o = {};
			for (let e of a.rows) {
				let t = e.key.substring(8);
				for (let i of r.get(e.key)) {
					let r = t + "/" + i;
					/* istanbul ignore if */
					n.views[r] || (r = i);
					let a = Object.keys(n.views[r]), s = e.doc && e.doc.views && e.doc.views[i];
					for (let e of a) o[e] = o[e] || s;
				}
			}
			let s = Object.keys(o).filter(function(e) {
				return !o[e];
			}).map(function(e) {
				return gi(C(e), function() {
					return new t.constructor(e, t.__opts).destroy();
				})();
			});
			return Promise.all(s).then(function() {
				return { ok: !0 };
			});
		} catch (e) {
			if (e.status === 404) return { ok: !0 };
			throw e;
		}
	}
	async function ne(t, n, i) {
		/* istanbul ignore next */
		if (typeof t._query == "function") return _(t, n, i);
		if (L(t)) return g(t, n, i);
		let a = { changes_batch_size: t.__opts.view_update_changes_batch_size || ji };
		if (typeof n != "string") return h(i, n), Ai.add(async function() {
			let r = await Oi(t, "temp_view/temp_view", n.map, n.reduce, !0, e);
			return hi(w(r, a).then(function() {
				return D(r, i);
			}), function() {
				return r.db.destroy();
			});
		}), Ai.finish();
		{
			let o = n, s = Mi(o), c = s[0], l = s[1], u = await t.get("_design/" + c);
			if (n = u.views && u.views[l], !n) throw new di(`ddoc ${u._id} has no view named ${l}`);
			r(u, l), h(i, n);
			let d = await Oi(t, o, n.map, n.reduce, !1, e);
			return i.stale === "ok" || i.stale === "update_after" ? (i.stale === "update_after" && M(function() {
				w(d, a);
			}), D(d, i)) : (await w(d, a), D(d, i));
		}
	}
	function re(e, t, n) {
		let r = this;
		typeof t == "function" && (n = t, t = {}), t = t ? p(t) : {}, typeof e == "function" && (e = { map: e });
		let i = Promise.resolve().then(function() {
			return ne(r, e, t);
		});
		return pi(i, n), i;
	}
	return {
		query: re,
		viewCleanup: mi(function() {
			let e = this;
			return typeof e._viewCleanup == "function" ? v(e) : L(e) ? O(e) : te(e);
		})
	};
}
var Ii = {
	_sum: function(e, t) {
		return bi(t);
	},
	_count: function(e, t) {
		return t.length;
	},
	_stats: function(e, t) {
		function n(e) {
			for (var t = 0, n = 0, r = e.length; n < r; n++) {
				var i = e[n];
				t += i * i;
			}
			return t;
		}
		return {
			sum: bi(t),
			min: Math.min.apply(null, t),
			max: Math.max.apply(null, t),
			count: t.length,
			sumsqr: n(t)
		};
	}
};
function Li(e) {
	if (/^_sum/.test(e)) return Ii._sum;
	if (/^_count/.test(e)) return Ii._count;
	if (/^_stats/.test(e)) return Ii._stats;
	if (/^_/.test(e)) throw Error(e + " is not a supported reduce function.");
}
function Ri(e, t) {
	if (typeof e == "function" && e.length === 2) {
		var n = e;
		return function(e) {
			return n(e, t);
		};
	}
	return wi(e.toString(), t);
}
function zi(e) {
	var t = e.toString();
	return Li(t) || wi(t);
}
function Bi(e, t) {
	var n = e.views && e.views[t];
	if (typeof n.map != "string") throw new di("ddoc " + e._id + " has no string view named " + t + ", instead found object of type: " + typeof n.map);
}
var Vi = Fi("mrviews", Ri, zi, Bi);
function Hi(e, t, n) {
	return Vi.query.call(this, e, t, n);
}
function Ui(e) {
	return Vi.viewCleanup.call(this, e);
}
var Wi = {
	query: Hi,
	viewCleanup: Ui
};
function Gi(e, t, n) {
	return !e._attachments || !e._attachments[n] || e._attachments[n].digest !== t._attachments[n].digest;
}
function Ki(e, t) {
	var n = Object.keys(t._attachments);
	return Promise.all(n.map(function(n) {
		return e.getAttachment(t._id, n, { rev: t._rev });
	}));
}
function qi(e, t, n) {
	var r = L(t) && !L(e), i = Object.keys(n._attachments);
	return r ? e.get(n._id).then(function(r) {
		return Promise.all(i.map(function(i) {
			return Gi(r, n, i) ? t.getAttachment(n._id, i) : e.getAttachment(r._id, i);
		}));
	}).catch(function(e) {
		/* istanbul ignore if */
		if (e.status !== 404) throw e;
		return Ki(t, n);
	}) : Ki(t, n);
}
function Ji(e) {
	var t = [];
	return Object.keys(e).forEach(function(n) {
		e[n].missing.forEach(function(e) {
			t.push({
				id: n,
				rev: e
			});
		});
	}), {
		docs: t,
		revs: !0,
		latest: !0
	};
}
function Yi(e, t, n, r) {
	n = O(n);
	var i = [], a = !0;
	function o() {
		var o = Ji(n);
		if (o.docs.length) return e.bulkGet(o).then(function(n) {
			/* istanbul ignore if */
			if (r.cancelled) throw Error("cancelled");
			return Promise.all(n.results.map(function(n) {
				return Promise.all(n.docs.map(function(n) {
					var r = n.ok;
					return n.error && (a = !1), !r || !r._attachments ? r : qi(t, e, r).then((e) => {
						var t = Object.keys(r._attachments);
						return e.forEach(function(e, n) {
							var i = r._attachments[t[n]];
							delete i.stub, delete i.length, i.data = e;
						}), r;
					});
				}));
			})).then(function(e) {
				i = i.concat(e.flat().filter(Boolean));
			});
		});
	}
	function s() {
		return {
			ok: a,
			docs: i
		};
	}
	return Promise.resolve().then(o).then(s);
}
var Xi = 1, Zi = "pouchdb", Qi = 5, $ = 0;
function $i(e, t, n, r, i) {
	return e.get(t).catch(function(n) {
		if (n.status === 404) return (e.adapter === "http" || e.adapter === "https") && fe(404, "PouchDB is just checking if a remote checkpoint exists."), {
			session_id: r,
			_id: t,
			history: [],
			replicator: Zi,
			version: Xi
		};
		throw n;
	}).then(function(a) {
		if (!i.cancelled && a.last_seq !== n) return a.history = (a.history || []).filter(function(e) {
			return e.session_id !== r;
		}), a.history.unshift({
			last_seq: n,
			session_id: r
		}), a.history = a.history.slice(0, Qi), a.version = Xi, a.replicator = Zi, a.session_id = r, a.last_seq = n, e.put(a).catch(function(a) {
			if (a.status === 409) return $i(e, t, n, r, i);
			throw a;
		});
	});
}
var ea = class {
	constructor(e, t, n, r, i = {
		writeSourceCheckpoint: !0,
		writeTargetCheckpoint: !0
	}) {
		this.src = e, this.target = t, this.id = n, this.returnValue = r, this.opts = i, i.writeSourceCheckpoint === void 0 && (i.writeSourceCheckpoint = !0), i.writeTargetCheckpoint === void 0 && (i.writeTargetCheckpoint = !0);
	}
	writeCheckpoint(e, t) {
		var n = this;
		return this.updateTarget(e, t).then(function() {
			return n.updateSource(e, t);
		});
	}
	updateTarget(e, t) {
		return this.opts.writeTargetCheckpoint ? $i(this.target, this.id, e, t, this.returnValue) : Promise.resolve(!0);
	}
	updateSource(e, t) {
		if (this.opts.writeSourceCheckpoint) {
			var n = this;
			return $i(this.src, this.id, e, t, this.returnValue).catch(function(e) {
				if (aa(e)) return n.opts.writeSourceCheckpoint = !1, !0;
				throw e;
			});
		}
		return Promise.resolve(!0);
	}
	getCheckpoint() {
		var e = this;
		return !e.opts.writeSourceCheckpoint && !e.opts.writeTargetCheckpoint ? Promise.resolve($) : e.opts && e.opts.writeSourceCheckpoint && !e.opts.writeTargetCheckpoint ? e.src.get(e.id).then(function(e) {
			return e.last_seq || $;
		}).catch(function(e) {
			/* istanbul ignore if */
			if (e.status !== 404) throw e;
			return $;
		}) : e.target.get(e.id).then(function(t) {
			return e.opts && e.opts.writeTargetCheckpoint && !e.opts.writeSourceCheckpoint ? t.last_seq || $ : e.src.get(e.id).then(function(e) {
				/* istanbul ignore if */
				if (t.version !== e.version) return $;
				var n = t.version ? t.version.toString() : "undefined";
				/* istanbul ignore next */
				return n in ta ? ta[n](t, e) : $;
			}, function(n) {
				if (n.status === 404 && t.last_seq) return e.src.put({
					_id: e.id,
					last_seq: $
				}).then(function() {
					return $;
				}, function(n) {
					/* istanbul ignore next */
					return aa(n) ? (e.opts.writeSourceCheckpoint = !1, t.last_seq) : $;
				});
				throw n;
			});
		}).catch(function(e) {
			if (e.status !== 404) throw e;
			return $;
		});
	}
}, ta = {
	undefined: function(e, t) {
		/* istanbul ignore next */
		return U(e.last_seq, t.last_seq) === 0 ? t.last_seq : 0;
	},
	1: function(e, t) {
		return na(t, e).last_seq;
	}
};
function na(e, t) {
	return e.session_id === t.session_id ? {
		last_seq: e.last_seq,
		history: e.history
	} : ra(e.history, t.history);
}
function ra(e, t) {
	var n = e[0], r = e.slice(1), i = t[0], a = t.slice(1);
	if (!n || t.length === 0) return {
		last_seq: $,
		history: []
	};
	var o = n.session_id;
	/* istanbul ignore if */
	if (ia(o, t)) return {
		last_seq: n.last_seq,
		history: e
	};
	var s = i.session_id;
	return ia(s, r) ? {
		last_seq: i.last_seq,
		history: a
	} : ra(r, a);
}
function ia(e, t) {
	var n = t[0], r = t.slice(1);
	return !e || t.length === 0 ? !1 : e === n.session_id || ia(e, r);
}
function aa(e) {
	return typeof e.status == "number" && Math.floor(e.status / 100) === 4;
}
function oa(e, t, n, r, i) {
	return this instanceof ea ? oa : new ea(e, t, n, r, i);
}
var sa = 0;
function ca(e, t, n, r) {
	if (e.retry === !1) t.emit("error", n), t.removeAllListeners();
	else {
		if (typeof e.back_off_function != "function" && (e.back_off_function = de), t.emit("requestError", n), t.state === "active" || t.state === "pending") {
			t.emit("paused", n), t.state = "stopped";
			var i = function() {
				e.current_back_off = sa;
			};
			t.once("paused", function() {
				t.removeListener("active", i);
			}), t.once("active", i);
		}
		e.current_back_off = e.current_back_off || sa, e.current_back_off = e.back_off_function(e.current_back_off), setTimeout(r, e.current_back_off);
	}
}
function la(e) {
	return Object.keys(e).sort(U).reduce(function(t, n) {
		return t[n] = e[n], t;
	}, {});
}
function ua(e, t, n) {
	var r = n.doc_ids ? n.doc_ids.sort(U) : "", i = n.filter ? n.filter.toString() : "", a = "", o = "", s = "";
	return n.selector && (s = JSON.stringify(n.selector)), n.filter && n.query_params && (a = JSON.stringify(la(n.query_params))), n.filter && n.filter === "_view" && (o = n.view.toString()), Promise.all([e.id(), t.id()]).then(function(e) {
		var t = e[0] + e[1] + i + o + a + r + s;
		return new Promise(function(e) {
			it(t, e);
		});
	}).then(function(e) {
		return e = e.replace(/\//g, ".").replace(/\+/g, "_"), "_local/" + e;
	});
}
function da(e, t, n, r, i) {
	var a = [], o, s = {
		seq: 0,
		changes: [],
		docs: []
	}, c = !1, l = !1, u = !1, d = 0, f = 0, p = n.continuous || n.live || !1, m = n.batch_size || 100, h = n.batches_limit || 10, g = n.style || "all_docs", _ = !1, v = n.doc_ids, y = n.selector, b, x, S = [], C = st(), w;
	i ||= {
		ok: !0,
		start_time: (/* @__PURE__ */ new Date()).toISOString(),
		docs_read: 0,
		docs_written: 0,
		doc_write_failures: 0,
		errors: []
	};
	var T = {};
	r.ready(e, t);
	function E() {
		return x ? Promise.resolve() : ua(e, t, n).then(function(i) {
			b = i;
			var a = {};
			a = n.checkpoint === !1 ? {
				writeSourceCheckpoint: !1,
				writeTargetCheckpoint: !1
			} : n.checkpoint === "source" ? {
				writeSourceCheckpoint: !0,
				writeTargetCheckpoint: !1
			} : n.checkpoint === "target" ? {
				writeSourceCheckpoint: !1,
				writeTargetCheckpoint: !0
			} : {
				writeSourceCheckpoint: !0,
				writeTargetCheckpoint: !0
			}, x = new oa(e, t, b, r, a);
		});
	}
	function D() {
		if (S = [], o.docs.length !== 0) {
			var e = o.docs, a = { timeout: n.timeout };
			return t.bulkDocs({
				docs: e,
				new_edits: !1
			}, a).then(function(t) {
				/* istanbul ignore if */
				if (r.cancelled) throw j(), Error("cancelled");
				var n = Object.create(null);
				t.forEach(function(e) {
					e.error && (n[e.id] = e);
				});
				var a = Object.keys(n).length;
				i.doc_write_failures += a, i.docs_written += e.length - a, e.forEach(function(e) {
					var t = n[e._id];
					if (t) {
						i.errors.push(t);
						var a = (t.name || "").toLowerCase();
						if (a === "unauthorized" || a === "forbidden") r.emit("denied", O(t));
						else throw t;
					} else S.push(e);
				});
			}, function(t) {
				throw i.doc_write_failures += e.length, t;
			});
		}
	}
	function ee() {
		if (o.error) throw Error("There was a problem getting docs.");
		i.last_seq = f = o.seq;
		var t = O(i);
		return S.length && 
		/* istanbul ignore if */
		(t.docs = S, typeof o.pending == "number" && (t.pending = o.pending, delete o.pending), r.emit("change", t)), c = !0, e.info().then(function(t) {
			var n = e.activeTasks.get(w);
			if (o && n) {
				var r = n.completed_items || 0, i = parseInt(t.update_seq, 10) - parseInt(d, 10);
				e.activeTasks.update(w, {
					completed_items: r + o.changes.length,
					total_items: i
				});
			}
		}), x.writeCheckpoint(o.seq, C).then(function() {
			/* istanbul ignore if */
			if (r.emit("checkpoint", { checkpoint: o.seq }), c = !1, r.cancelled) throw j(), Error("cancelled");
			o = void 0, se();
		}).catch(function(e) {
			throw N(e), e;
		});
	}
	function te() {
		var e = {};
		return o.changes.forEach(function(t) {
			/* istanbul ignore if */
			r.emit("checkpoint", { revs_diff: t }), t.id !== "_user/" && (e[t.id] = t.changes.map(function(e) {
				return e.rev;
			}));
		}), t.revsDiff(e).then(function(e) {
			/* istanbul ignore if */
			if (r.cancelled) throw j(), Error("cancelled");
			o.diffs = e;
		});
	}
	function ne() {
		return Yi(e, t, o.diffs, r).then(function(e) {
			o.error = !e.ok, e.docs.forEach(function(e) {
				delete o.diffs[e._id], i.docs_read++, o.docs.push(e);
			});
		});
	}
	function re() {
		r.cancelled || o || (a.length === 0 ? k(!0) : (o = a.shift(), r.emit("checkpoint", { start_next_batch: o.seq }), te().then(ne).then(D).then(ee).then(re).catch(function(e) {
			A("batch processing terminated with error", e);
		})));
	}
	function k(e) {
		s.changes.length === 0 ? a.length === 0 && !o && ((p && T.live || l) && (r.state = "pending", r.emit("paused")), l && j()) : (e || l || s.changes.length >= m) && (a.push(s), s = {
			seq: 0,
			changes: [],
			docs: []
		}, (r.state === "pending" || r.state === "stopped") && (r.state = "active", r.emit("active")), re());
	}
	function A(e, t) {
		u || (t.message ||= e, i.ok = !1, i.status = "aborting", a = [], s = {
			seq: 0,
			changes: [],
			docs: []
		}, j(t));
	}
	function j(a) {
		if (!u && !(r.cancelled && (i.status = "cancelled", c))) {
			if (i.status = i.status || "complete", i.end_time = (/* @__PURE__ */ new Date()).toISOString(), i.last_seq = f, u = !0, e.activeTasks.remove(w, a), a) {
				a = I(a), a.result = i;
				var o = (a.name || "").toLowerCase();
				o === "unauthorized" || o === "forbidden" ? (r.emit("error", a), r.removeAllListeners()) : ca(n, r, a, function() {
					da(e, t, n, r);
				});
			} else r.emit("complete", i), r.removeAllListeners();
		}
	}
	function ie(t, i, o) {
		/* istanbul ignore if */
		if (r.cancelled) return j();
		if (typeof i == "number" && (s.pending = i), !ke(n)(t)) {
			var c = e.activeTasks.get(w);
			if (c) {
				var l = c.completed_items || 0;
				e.activeTasks.update(w, { completed_items: ++l });
			}
		} else s.seq = t.seq || o, s.changes.push(t), r.emit("checkpoint", { pending_batch: s.seq }), M(function() {
			k(a.length === 0 && T.live);
		});
	}
	function ae(e) {
		/* istanbul ignore if */
		if (_ = !1, r.cancelled) return j();
		if (e.results.length > 0) T.since = e.results[e.results.length - 1].seq, se(), k(!0);
		else {
			var t = function() {
				p ? (T.live = !0, se()) : l = !0, k(!0);
			};
			!o && e.results.length === 0 ? (c = !0, x.writeCheckpoint(e.last_seq, C).then(function() {
				if (c = !1, i.last_seq = f = e.last_seq, r.cancelled) throw j(), Error("cancelled");
				t();
			}).catch(N)) : t();
		}
	}
	function oe(e) {
		/* istanbul ignore if */
		if (_ = !1, r.cancelled) return j();
		A("changes rejected", e);
	}
	function se() {
		if (!(!_ && !l && a.length < h)) return;
		_ = !0;
		function t() {
			o.cancel();
		}
		function i() {
			r.removeListener("cancel", t);
		}
		r._changes && (r.removeListener("cancel", r._abortChanges), r._changes.cancel()), r.once("cancel", t);
		var o = e.changes(T).on("change", ie);
		o.then(i, i), o.then(ae).catch(oe), n.retry && (r._changes = o, r._abortChanges = t);
	}
	function ce(t) {
		return e.info().then(function(r) {
			var i = n.since === void 0 ? parseInt(r.update_seq, 10) - parseInt(t, 10) : parseInt(r.update_seq, 10);
			return w = e.activeTasks.add({
				name: `${p ? "continuous " : ""}replication from ${r.db_name}`,
				total_items: i
			}), t;
		});
	}
	function le() {
		E().then(function() {
			/* istanbul ignore if */
			if (r.cancelled) j();
			else return x.getCheckpoint().then(ce).then(function(e) {
				f = e, d = e, T = {
					since: f,
					limit: m,
					batch_size: m,
					style: g,
					doc_ids: v,
					selector: y,
					return_docs: !0
				}, n.filter && (typeof n.filter == "string" ? T.filter = n.filter : T.include_docs = !0), "heartbeat" in n && (T.heartbeat = n.heartbeat), "timeout" in n && (T.timeout = n.timeout), n.query_params && (T.query_params = n.query_params), n.view && (T.view = n.view), se();
			});
		}).catch(function(e) {
			A("getCheckpoint rejected with ", e);
		});
	}
	/* istanbul ignore next */
	function N(e) {
		c = !1, A("writeCheckpoint completed with error", e);
	}
	/* istanbul ignore if */
	r.cancelled ? j() : (r._addedListeners ||= (r.once("cancel", j), typeof n.complete == "function" && (r.once("error", n.complete), r.once("complete", function(e) {
		n.complete(null, e);
	})), !0), n.since === void 0 ? le() : E().then(function() {
		return c = !0, x.writeCheckpoint(n.since, C);
	}).then(function() {
		/* istanbul ignore if */
		c = !1, r.cancelled ? j() : (f = n.since, le());
	}).catch(N));
}
var fa = class extends C.default {
	constructor() {
		super(), this.cancelled = !1, this.state = "pending";
		let e = new Promise((e, t) => {
			this.once("complete", e), this.once("error", t);
		});
		this.then = function(t, n) {
			return e.then(t, n);
		}, this.catch = function(t) {
			return e.catch(t);
		}, this.catch(function() {});
	}
	cancel() {
		this.cancelled = !0, this.state = "cancelled", this.emit("cancel");
	}
	ready(e, t) {
		if (this._readyCalled) return;
		this._readyCalled = !0;
		let n = () => {
			this.cancel();
		};
		e.once("destroyed", n), t.once("destroyed", n);
		function r() {
			e.removeListener("destroyed", n), t.removeListener("destroyed", n);
		}
		this.once("complete", r), this.once("error", r);
	}
};
function pa(e, t) {
	var n = t.PouchConstructor;
	return typeof e == "string" ? new n(e, t) : e;
}
function ma(e, t, n, r) {
	if (typeof n == "function" && (r = n, n = {}), n === void 0 && (n = {}), n.doc_ids && !Array.isArray(n.doc_ids)) throw I(Se, "`doc_ids` filter parameter is not a list.");
	n.complete = r, n = O(n), n.continuous = n.continuous || n.live, n.retry = "retry" in n && n.retry, n.PouchConstructor = n.PouchConstructor || this;
	var i = new fa(n);
	return da(pa(e, n), pa(t, n), n, i), i;
}
function ha(e, t, n, r) {
	return typeof n == "function" && (r = n, n = {}), n === void 0 && (n = {}), n = O(n), n.PouchConstructor = n.PouchConstructor || this, e = pa(e, n), t = pa(t, n), new ga(e, t, n, r);
}
var ga = class extends C.default {
	constructor(e, t, n, r) {
		super(), this.canceled = !1;
		let i = n.push ? Object.assign({}, n, n.push) : n, a = n.pull ? Object.assign({}, n, n.pull) : n;
		this.push = ma(e, t, i), this.pull = ma(t, e, a), this.pushPaused = !0, this.pullPaused = !0;
		let o = (e) => {
			this.emit("change", {
				direction: "pull",
				change: e
			});
		}, s = (e) => {
			this.emit("change", {
				direction: "push",
				change: e
			});
		}, c = (e) => {
			this.emit("denied", {
				direction: "push",
				doc: e
			});
		}, l = (e) => {
			this.emit("denied", {
				direction: "pull",
				doc: e
			});
		}, u = () => {
			/* istanbul ignore if */
			this.pushPaused = !0, this.pullPaused && this.emit("paused");
		}, d = () => {
			/* istanbul ignore if */
			this.pullPaused = !0, this.pushPaused && this.emit("paused");
		}, f = () => {
			/* istanbul ignore if */
			this.pushPaused = !1, this.pullPaused && this.emit("active", { direction: "push" });
		}, p = () => {
			/* istanbul ignore if */
			this.pullPaused = !1, this.pushPaused && this.emit("active", { direction: "pull" });
		}, m = {}, h = (e) => (t, n) => {
			(t === "change" && (n === o || n === s) || t === "denied" && (n === l || n === c) || t === "paused" && (n === d || n === u) || t === "active" && (n === p || n === f)) && (t in m || (m[t] = {}), m[t][e] = !0, Object.keys(m[t]).length === 2 && this.removeAllListeners(t));
		};
		n.live && (this.push.on("complete", this.pull.cancel.bind(this.pull)), this.pull.on("complete", this.push.cancel.bind(this.push)));
		function g(e, t, n) {
			e.listeners(t).indexOf(n) == -1 && e.on(t, n);
		}
		this.on("newListener", function(e) {
			e === "change" ? (g(this.pull, "change", o), g(this.push, "change", s)) : e === "denied" ? (g(this.pull, "denied", l), g(this.push, "denied", c)) : e === "active" ? (g(this.pull, "active", p), g(this.push, "active", f)) : e === "paused" && (g(this.pull, "paused", d), g(this.push, "paused", u));
		}), this.on("removeListener", function(e) {
			e === "change" ? (this.pull.removeListener("change", o), this.push.removeListener("change", s)) : e === "denied" ? (this.pull.removeListener("denied", l), this.push.removeListener("denied", c)) : e === "active" ? (this.pull.removeListener("active", p), this.push.removeListener("active", f)) : e === "paused" && (this.pull.removeListener("paused", d), this.push.removeListener("paused", u));
		}), this.pull.on("removeListener", h("pull")), this.push.on("removeListener", h("push"));
		let _ = Promise.all([this.push, this.pull]).then((e) => {
			let t = {
				push: e[0],
				pull: e[1]
			};
			return this.emit("complete", t), r && r(null, t), this.removeAllListeners(), t;
		}, (e) => {
			if (this.cancel(), r ? r(e) : this.emit("error", e), this.removeAllListeners(), r) throw e;
		});
		this.then = function(e, t) {
			return _.then(e, t);
		}, this.catch = function(e) {
			return _.catch(e);
		};
	}
	cancel() {
		this.canceled || (this.canceled = !0, this.push.cancel(), this.pull.cancel());
	}
};
function _a(e) {
	e.replicate = ma, e.sync = ha, Object.defineProperty(e.prototype, "replicate", { get: function() {
		var e = this;
		return this.replicateMethods === void 0 && (this.replicateMethods = {
			from: function(t, n, r) {
				return e.constructor.replicate(t, e, n, r);
			},
			to: function(t, n, r) {
				return e.constructor.replicate(e, t, n, r);
			}
		}), this.replicateMethods;
	} }), e.prototype.sync = function(e, t, n) {
		return this.constructor.sync(this, e, t, n);
	};
}
H.plugin(qr).plugin(li).plugin(Wi).plugin(_a);
// test/bench/sync-page.ts
function va() {
	let e = {
		requests: 0,
		waitMs: 0,
		slowest: []
	};
	return {
		counter: e,
		fetchWith: async (t, n) => {
			e.requests += 1;
			let r = performance.now(), i = await fetch(t, n), a = performance.now() - r;
			e.waitMs += a;
			let o = new URL(typeof t == "string" ? t : t.url).pathname;
			return e.slowest = [...e.slowest, {
				path: o,
				ms: Math.round(a)
			}].sort((e, t) => t.ms - e.ms).slice(0, 3), i;
		}
	};
}
var ya = new URLSearchParams(location.search).get("adapter") ?? void 0;
async function ba(e, t, n, r) {
	let { counter: i, fetchWith: a } = va(), o = new H(t, { adapter: ya }), s = new H(e, { fetch: (e, t) => {
		let n = new Headers(t?.headers);
		return n.set("Authorization", r), a(e, {
			...t,
			headers: n
		});
	} }), c = performance.now(), l = await H.replicate(s, o, {
		batch_size: n,
		batches_limit: 5
	}), u = performance.now() - c, d = await o.info();
	return await o.close(), await s.close(), {
		ms: u,
		docs: d.doc_count,
		written: l.docs_written,
		...i
	};
}
window.syncBench = {
	replicate: ba,
	async destroy(e) {
		await new H(e, { adapter: ya }).destroy();
	}
};
export { c as a, l as i, b as n, v as r, H as t };
