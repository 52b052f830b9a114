"""Formatters: each takes the file reports and writes them; nothing else prints findings."""
