"""Short names of ACLED's 6 event types and 25 sub-event types for the hand-written note sets.

Source: the ACLED codebook (``../shared/data/acled``), event_type and sub_event_type
names as ACLED spells them. The note check sets (``tests/acled_*_notes*.py``) write their
gold rows with these names so that a row fits on one line.
"""

from __future__ import annotations

B, VAC, ERV = "Battles", "Violence against civilians", "Explosions/Remote violence"
P, R, SD = "Protests", "Riots", "Strategic developments"
CLASH, ATTACK, ABDUCT, SEXV = "Armed clash", "Attack", "Abduction/forced disappearance", "Sexual violence"
GOVREG, NSAOT = "Government regains territory", "Non-state actor overtakes territory"
AIR, IED, SHELL, SUIC, GREN, CHEM = ("Air/drone strike", "Remote explosive/landmine/IED",
                                     "Shelling/artillery/missile attack", "Suicide bomb", "Grenade", "Chemical weapon")
PEACE, INTERV, EXCESS = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"
VIOLDEM, MOB = "Violent demonstration", "Mob violence"
AGREE, ARREST, CHANGE, DISR, HQ, LOOT, NVT, OTHER = (
    "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
    "Looting/property destruction", "Non-violent transfer of territory", "Other")
