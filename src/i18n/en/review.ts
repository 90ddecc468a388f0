import type { nlReview } from '../nl/review'

export const enReview: typeof nlReview = {
  title: 'Review',
}
