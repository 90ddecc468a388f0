import { Link } from 'wouter'

/** Shown for a screen that is not in this version yet. */
export function PlannedPage({ title }: { title: string }) {
  return (
    <div className="page">
      <h1 className="page__title">{title}</h1>
      <p>Dit onderdeel is nog niet beschikbaar in deze versie.</p>
      <Link href="/">Naar het bord</Link>
    </div>
  )
}
