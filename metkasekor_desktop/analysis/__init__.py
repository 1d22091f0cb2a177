"""Statistics and summaries that return plain data."""
