"""Blind7 cases (being written)."""

CASES = []
