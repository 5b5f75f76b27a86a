"""Readers: every kind of input becomes Documents; a bad input becomes an InputError."""

from .dispatch import Batch, InputFormat, read_inputs

__all__ = ["Batch", "InputFormat", "read_inputs"]
