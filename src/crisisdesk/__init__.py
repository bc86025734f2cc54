"""crisisdesk: news articles in, an evidence-backed record of security events out."""

__version__ = "0.1.0"
