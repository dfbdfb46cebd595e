"""Drafting a plan file from a plan's published text."""
