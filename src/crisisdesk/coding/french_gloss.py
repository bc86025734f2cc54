"""An English gloss of a French sentence's weapons, means and victims, for the ACLED rules.

:func:`crisisdesk.coding.acled.acled_types` reads English words in the sentence
(weapons: "IED", "drone", "mortar"; means: "tear gas", "live rounds"; protesters,
clashes, the dead) to refine the sub-event type the lexicon hints. A French mention
gives it, instead of its French sentence, the English words of :data:`GLOSS` whose
French patterns the sentence contains, in the sentence's order - the same features,
named in the language the rules are written in (the French words are ours, the
English ones those the rules look for). A French sentence with none of these words
gives an empty text and the rules decide from the PLOVER type, the lexicon's hint and
the actors alone.
"""

from __future__ import annotations

import re

#: French pattern -> English words (dictionary equivalents, Larousse/Robert).
GLOSS: tuple[tuple[str, str], ...] = (
    (r"engins? explosifs?(?: improvisés?)?|\bEEI\b|\bIED\b", "IED"),
    (r"\bmines?\s+(?:antipersonnel|artisanales?|anti-?char)|sauté sur une mine", "landmine"),
    # "le vecteur aérien a frappé": the armies' communiqué term for a military aircraft striking
    (r"frappes? aériennes?|raids? aériens?|bombardements? aériens?|vecteurs? aériens?", "airstrike"),
    (r"\bdrones?\b", "drone"),
    (r"\bavions?\b|\bhélicoptères?\b|aviation", "aircraft"),
    (r"\bobus\b", "shell"),
    (r"\bmortiers?\b", "mortar"),
    (r"\broquettes?\b", "rocket"),
    (r"\bartillerie\b", "artillery"),
    (r"\bmissiles?\b", "missile"),
    (r"kamikazes?|attentats?[- ]suicides?|attaques?[- ]suicides?", "suicide bomber"),
    (r"véhicules? piégés?|voitures? piégées?", "car bomb"),
    (r"\bgrenades?\b", "grenade"),
    (r"gaz lacrymogènes?", "tear gas"),
    (r"balles? réelles?|tirs? à balles réelles", "live rounds"),
    (r"\bmanifestants?\b|\bmarcheurs?\b", "protesters"),
    (r"sans (?:aucun(?:e)? )?(?:combats?|résistance|affrontements?|coup férir)", "without any fighting"),
    (r"(?<!sans )(?<!aucun )(?:affrontements?|accrochages?|combats?\b|échanges? de tirs)", "clashes"),
    (r"\bempar\w+|\bconqu[iéê]\w*|pris(?:e)? d'assaut", "seized"),
    # "ont repris Déou": a place name (capitalised) retaken, as "repris le contrôle de"
    (r"repris le contrôle|reprise? (?:de )?contrôle|reconqu\w+|\b(?:ont|a|avaient|avait)\s+repris\s+(?-i:[A-ZÉÈ])",
     "recaptured"),
    (r"après (?:le |leur )?(?:retrait|départ|repli)|abandonnée? par", "after the withdrawal"),
    (r"\bpill(?:é|ée|és|ées|age|ages|ent|er)\b", "looted"),
    (r"\bincendi(?:é|ée|és|ées|ent|er)\b", "burned"),
    (r"\bdisper(?:sé|sée|sés|sées|ser|sion)\b", "dispersed"),
    (r"\bviol(?:s|ées?)?\b(?! de)", "raped"),
    (r"\benlev(?:é|ée|és|ées|ement|ements)\b|\bkidnapp\w+|\botages?\b", "abducted"),
    # forces firing on protesters (the English ``acled.FIRED_ON_PROTESTERS``: Protests -
    # Excessive force against protesters, ACLED Codebook 2023)
    (r"(?:tir(?:é|ent|aient|er)|ouvert\s+le\s+feu)\s+(?:à\s+balles\s+réelles\s+)?sur\s+(?:des|les)\s+"
     r"(?:manifestants|marcheurs|protestataires)", "opened fire on protesters"),
    # a crowd killing or beating suspected wrongdoers (the English ``acled.MOB``,
    # ``acled.CRIME_SUSPECTS``: Riots - Mob violence)
    (r"\bfoules?\b", "mob"),
    (r"\blynch\w*", "lynched"),
    (r"battu(?:e|s|es)?\s+à\s+mort", "beaten to death"),
    (r"\bvoleurs?\b|accusée?s?\s+de\s+vol\b|soupçonnée?s?\s+de\s+vol\b", "thief"),
    # an armed side guarding the target (ACLED Codebook, Battles: an attack on an armed or
    # escorted party is a clash; the English rule ``acled.ARMED_ESCORT``): escorted convoys,
    # a unit on an escort mission, a village defended by VDP
    (r"escort(?:é|ée|és|ées)\s+par\s+(?:l[’']armée|(?:les?|des)\s+(?:militaires?|soldats?|FAMa|gendarmes?|"
     r"VDP|forces?|militaires?|dozos?|policiers?))|escortes?\s+(?:militaires?|armées?)|sous\s+escorte|"
     r"mission\s+d[’']escorte|(?:défendu|défendue|défendus|défendues|protégé|protégée|protégés|protégées|gardé|"
     r"gardée|gardés|gardées)\s+par\s+(?:l[’']armée|(?:les?|des)\s+(?:militaires?|soldats?|FAMa|gendarmes?|VDP|"
     r"forces?|dozos?|policiers?))", "army escort"),
    # a post, camp or position of armed forces attacked (the English ``acled.FORCES_POST_ATTACKED``)
    (r"(?:attaqu\w+|assaut|pris(?:e)? pour cible|vis(?:é|ée|és|ées)|pris(?:e)? à partie)\b[^.;]{0,50}?"
     r"(?:postes?|positions?|camps?|bases?|casernes?|brigades?)\s+(?:de\s+(?:la\s+)?gendarmerie|de\s+police|"
     r"militaires?|de\s+l[’']armée|des\s+FAMa|des\s+(?:soldats|militaires|forces|VDP))|"
     r"(?:postes?|positions?|camps?|bases?|casernes?)\s+(?:de\s+(?:la\s+)?gendarmerie|de\s+police|militaires?|"
     r"de\s+l[’']armée|des\s+FAMa)[^.;]{0,40}?(?:a|ont|avait|avaient)\s+été\s+(?:attaqu|visé|pris)",
     "attacked an army post"),
)
_COMPILED = tuple((re.compile(p, re.IGNORECASE), english) for p, english in GLOSS)


def english_gloss(sentence: str) -> str:
    """The English words of :data:`GLOSS` for the French patterns ``sentence``
    contains, in text order, joined by spaces ("" when none)."""
    hits: list[tuple[int, str]] = []
    for pattern, english in _COMPILED:
        m = pattern.search(sentence)
        if m is not None:
            hits.append((m.start(), english))
    return " ".join(english for _, english in sorted(hits))
