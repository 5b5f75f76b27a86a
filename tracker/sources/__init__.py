"""Readers: every kind of input becomes Documents; a bad input becomes an InputError, not a crash."""

from .dispatch import Batch, read_inputs

__all__ = ["Batch", "read_inputs"]
