"""Event coding: who did what to whom, where, when, how sure, with the evidence sentence."""
