"""Output: turning findings and plans into text, JSON, GitHub annotations and tables.

Nothing here reads files or decides exit codes; the CLI does that.
"""
