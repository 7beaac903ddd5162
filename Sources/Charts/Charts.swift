// Placeholder: replaced by the Charts implementation.
