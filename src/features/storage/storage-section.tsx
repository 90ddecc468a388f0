import { useEffect, useState } from 'react'
import { isPersisted, requestPersistence, storageUse, type StorageUse } from '../../db/storage'
import { useT } from '../../i18n'

/** Instellingen › Opslag: is the storage persistent, and how much of it is in use. */
export function StorageSection() {
  const s = useT().security.storage
  // undefined: still asking the browser; null: the browser cannot tell.
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined)
  const [use, setUse] = useState<StorageUse | null | undefined>(undefined)

  useEffect(() => {
    let live = true
    void Promise.all([isPersisted(), storageUse()]).then(([p, u]) => {
      if (!live) return
      setPersisted(p)
      setUse(u)
    })
    return () => {
      live = false
    }
  }, [])

  return (
    <section className="card" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{s.title}</h2>
      <p>{s.intro}</p>
      <p className="storage-status">
        {persisted === true && (
          <>
            <span aria-hidden="true">✔ </span>
            {s.persisted}
          </>
        )}
        {persisted === false && (
          <>
            <span aria-hidden="true">⚠ </span>
            {s.notPersisted}
          </>
        )}
        {persisted === null && s.persistUnknown}
      </p>
      {persisted === false && (
        <button
          type="button"
          className="button"
          onClick={() => void requestPersistence().then((granted) => setPersisted(granted))}
        >
          {s.requestPersist}
        </button>
      )}
      <p>{use ? s.usage(use.usage, use.quota) : use === null ? s.usageUnknown : null}</p>
    </section>
  )
}
