"""tracker: casualty and arrest figures from news reports, with their sources, as time series."""

__version__ = "0.1.0"
