export const nlReview = {
  title: 'Bespreking',
}
