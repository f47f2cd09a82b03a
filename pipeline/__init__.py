"""minutes: scanned Swedish municipal minutes in, queryable DuckDB records out."""

__version__ = "0.1.0"
