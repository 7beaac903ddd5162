// Placeholder: replaced by the Statistics implementation.
