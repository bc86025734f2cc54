"""Imports every sub-command module so that each registers itself on ``app``."""
from crisisdesk.cli import articles, rejects, run  # noqa: F401,E402
from crisisdesk.cli import watch  # noqa: F401,E402
from crisisdesk.cli import eval as _eval  # noqa: F401,E402
from crisisdesk.cli import backfill as _backfill  # noqa: F401,E402
from crisisdesk.cli import events  # noqa: F401,E402
from crisisdesk.cli import export  # noqa: F401,E402
from crisisdesk.cli import serve  # noqa: F401,E402
from crisisdesk.cli import report  # noqa: F401,E402
from crisisdesk.cli import situation  # noqa: F401,E402
from crisisdesk.cli import annotate, gazetteer  # noqa: F401,E402
