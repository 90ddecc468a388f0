;(globalThis as any).self ??= globalThis
