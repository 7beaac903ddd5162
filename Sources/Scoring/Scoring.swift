// Placeholder: replaced by the Scoring implementation.
