"""Imports every sub-command module so that each registers itself on ``app``."""
from crisisdesk.cli import annotate, gazetteer  # noqa: F401,E402
