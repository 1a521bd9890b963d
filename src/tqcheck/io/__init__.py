"""Readers for every input shape and the atomic writer for every output."""

from tqcheck.io.loader import InputSpec, load_input

__all__ = ["InputSpec", "load_input"]
