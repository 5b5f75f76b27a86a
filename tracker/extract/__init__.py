"""Pure extraction: (text, published date) in, figures out. No store, no I/O."""

from .core import EXTRACTOR_VERSION, extract, extract_document

__all__ = ["EXTRACTOR_VERSION", "extract", "extract_document"]
