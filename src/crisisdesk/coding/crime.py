"""Organised crime named in a text: the PLOVER ``crime`` context of an event.

A seizure of cocaine, the dismantling of a trafficking ring or the arrest of mafia
members is law enforcement against organised crime, not a strategic development of a
conflict: ACLED records arrests of politically significant people and the disruption
of conflict weapons, and the CASE 2021 Task 2 label ``ORG_CRIME`` is for organised
crime. The words follow the crimes of the UN Convention against Transnational Organized
Crime (Palermo, 2000: organised criminal groups, money laundering, and its protocols on
trafficking in persons, smuggling of migrants and trafficking in firearms) and of the
UN Convention against Illicit Traffic in Narcotic Drugs (Vienna, 1988: drug trafficking
and the drugs it names). The list is written for crisisdesk; "gang" alone is left out
(ACLED codes armed gangs such as Haiti's as political militias when they fight for
territory), and so is "criminal" alone.
"""

from __future__ import annotations

import re

#: Words of organised crime (module docstring).
ORGANISED_CRIME = re.compile(
    r"\b(cartels?|mafia|mafiosi|mobsters?|'?ndrangheta|camorra|cosa nostra|yakuza|triads?|"
    r"organi[sz]ed crime|crime (syndicates?|rings?|networks?|gangs?|groups?|families|bosses)|"
    r"drug[- ](lords?|barons?|kingpins?|gangs?|rings?|networks?|smuggl\w+|traffick\w+|runners?|mules?|cartels?)|"
    r"kingpins?|narco\w*|traffick\w+|smuggl\w+|money[- ]launder\w*|launder(s|ed|ing)? (money|proceeds|funds)|"
    r"racketeer\w*|extortion (rings?|rackets?|networks?)|contraband|"
    r"cocaine|heroin|methamphetamines?|meth|fentanyl|opium|captagon|cannabis|marijuana|hashish|"
    r"(illegal|illicit|narcotic) drugs|narcotics)\b", re.I)


def names_organised_crime(text: str) -> bool:
    """True when ``text`` names organised crime (:data:`ORGANISED_CRIME`)."""
    return bool(ORGANISED_CRIME.search(text))
