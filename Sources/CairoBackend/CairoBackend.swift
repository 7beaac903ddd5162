// Placeholder: replaced by the CairoBackend implementation.
