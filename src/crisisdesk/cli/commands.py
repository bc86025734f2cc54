"""Imports every sub-command module so that each registers itself on ``app``."""
import crisisdesk.cli.eval  # noqa: F401,E402
