"""The library's own exceptions; the CLI turns each into one line on stderr."""


class TrackerError(Exception):
    """Base of every error the tool reports to a user as one line."""


class InputError(TrackerError):
    """An input (file, URL, JSONL line, feed) cannot be read or parsed."""


class StoreError(TrackerError):
    """The store cannot be opened or written (locked, not a DuckDB file)."""


class GoldError(TrackerError):
    """A gold file is malformed."""
