// Placeholder: replaced by the ReportComposer implementation.
