// Placeholder: replaced by the CaseReader implementation.
