// PouchDB's browser build reads `self` when it loads; in Node the global object stands in.
;(globalThis as { self?: unknown }).self ??= globalThis
