import { Route, Switch } from 'wouter'
import { ReviewHome } from './review-home'
import { ReviewSession } from './review-session'

/** Bespreking: the list of reviews and the start form, or one review being held. */
export function ReviewPage() {
  return (
    <Switch>
      <Route path="/">
        <ReviewHome />
      </Route>
      <Route path="/:id">
        {(params) => <ReviewSession key={params.id} reviewId={params.id} />}
      </Route>
    </Switch>
  )
}
