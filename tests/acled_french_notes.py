"""ACLED-style notes written in French, Mali, Burkina Faso and Niger 2020-2025 (not a
test module: read by ``tests/test_coding_french_notes.py``).

Why: the region's press is largely French (issue 4: the held-back sets include more
articles; the shared data has French articles), and events were coded from English only
until session 14. These notes measure French event coding from outside: they were
written, with their labels, and committed before any French coder was run on them.

Every note is a sentence written for this fixture, in French, in the style of ACLED's
``notes`` column ("Le [date], [acteur] a [fait quoi] à [lieu] ([cercle/province],
[région]), [bilan]"); ACLED writes its notes in English, so the style, not the language,
is ACLED's. Places, groups and the kinds of event are public facts; the events
themselves are made up (a few lean on well-known incidents, with their own wording and
figures). 120 notes: Mali 56, Burkina Faso 34, Niger 30; the six event types and 24 of
the 25 sub-event types (no Chemical weapon: none reported in these countries).

Labels: what the ACLED Codebook (2023, event and sub-event type definitions; the
variable list is ``shared/data/acled/acled_codebook_from_acledR.csv``) would code, with
the conventions of ``tests/acled_sahel_later_notes.py``:

- fatalities: every reported death, attackers included, the lowest figure of a range
  ("entre 6 et 9" -> 6, "au moins 12" -> 12, "une dizaine" -> 10, "une vingtaine" -> 20),
  0 when the note gives none or only wounded;
- an attack on civilians is Violence against civilians; on VDP volunteers, Dozo hunters,
  Dan Na Ambassagou or an escorted convoy it is an Armed clash;
- a detention by state forces is Arrests, unless the detainee is taken to an unknown
  place (Abduction/forced disappearance); a kidnapping by an armed group is an Abduction;
- property looted or burnt with nobody harmed is Looting/property destruction; with
  people killed it is an Attack;
- a drone or aircraft strike is an Air/drone strike whoever it kills; a mine or IED is
  Remote explosive/landmine/IED;
- a base handed over with no fighting is a Non-violent transfer of territory (actor1 the
  one who takes it); a town retaken by fighting is Government regains territory, taken
  by an armed group Non-state actor overtakes territory;
- a blockade declared, a curfew or a general mobilisation is Change to group/activity; a
  coup or the expulsion of an official is Other.

Actors in ACLED's naming as in ``tests/acled_sahel_later_notes.py`` (regime years by
the event's day: Mali "(2013-2020)", "(2020-2021)" from 18 August 2020, "(2021-)" from
24 May 2021; Burkina Faso "(2015-2022)", "(2022-)" from 24 January 2022; Niger
"(2011-2021)", "(2021-2023)" from 2 April 2021, "(2023-)" from 26 July 2023);
"suspected" perpetrators ("présumés") are coded as the named group; ``""`` when the note
leaves a side open. ``iso3``: the event's country.

Row: ``(event_date, iso3, event_type, sub_event_type, fatalities, actor1, actor2, notes)``.
"""

from __future__ import annotations

from tests.support.acled_labels import (
    B, VAC, ERV, P, R, SD, CLASH, ATTACK, ABDUCT, SEXV, GOVREG, NSAOT, AIR, IED, SHELL, SUIC, GREN,
    PEACE, INTERV, EXCESS, VIOLDEM, MOB, AGREE, ARREST, CHANGE, DISR, HQ, LOOT, NVT, OTHER
)

# Mali
MLI_MIL13, MLI_MIL20, MLI_MIL = "Military Forces of Mali (2013-2020)", "Military Forces of Mali (2020-2021)", "Military Forces of Mali (2021-)"
MLI_POL13, MLI_POL, MLI_GEND = "Police Forces of Mali (2013-2020)", "Police Forces of Mali (2021-)", "Police Forces of Mali (2021-) Gendarmerie"
MLI_CVL, MLI_PRO, MLI_RIOT, MLI_UAG = "Civilians (Mali)", "Protesters (Mali)", "Rioters (Mali)", "Unidentified Armed Group (Mali)"
JNIM, ISS, ISGS = "JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)", "Islamic State (West Africa) - Greater Sahara Faction"
WAGNER = "Wagner Group"
FLA, CSP = "FLA: Azawad Liberation Front", "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"
DNA, DOZO_MLI = "Dan Na Ambassagou", "Dozo Communal Militia (Mali)"
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"
FRA_MIL = "Military Forces of France (2017-)"
# Burkina Faso
BFA_MIL15, BFA_MIL = "Military Forces of Burkina Faso (2015-2022)", "Military Forces of Burkina Faso (2022-)"
BFA_GOV, BFA_POL15, BFA_POL = "Government of Burkina Faso (2022-)", "Police Forces of Burkina Faso (2015-2022)", "Police Forces of Burkina Faso (2022-)"
BFA_CVL, BFA_PRO, BFA_RIOT, BFA_UAG = ("Civilians (Burkina Faso)", "Protesters (Burkina Faso)", "Rioters (Burkina Faso)",
                                       "Unidentified Armed Group (Burkina Faso)")
VDP, DOZO_BFA = "VDP: Volunteers for the Defense of the Homeland", "Dozo Communal Militia (Burkina Faso)"
# Niger
NER_MIL11, NER_MIL21, NER_MIL = ("Military Forces of Niger (2011-2021)", "Military Forces of Niger (2021-2023)",
                                 "Military Forces of Niger (2023-)")
NER_GOV21, NER_GOV, NER_POL21, NER_POL = ("Government of Niger (2021-2023)", "Government of Niger (2023-)",
                                          "Police Forces of Niger (2021-2023)", "Police Forces of Niger (2023-)")
NER_CVL, NER_PRO, NER_RIOT, NER_UAG = "Civilians (Niger)", "Protesters (Niger)", "Rioters (Niger)", "Unidentified Armed Group (Niger)"
ISWAP, JAS = "Islamic State (West Africa)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"

NOTES: list[tuple[str, str, str, str, int, str, str, str]] = [
    # ------------------------------------------------------------------ Mali: Battles
    ("2020-03-14", "MLI", B, CLASH, 5, MLI_MIL13, JNIM,
     "Le 14 mars 2020, des militaires maliens ont affronté des combattants du JNIM près de Dioura (cercle de Ténenkou, région de Mopti). Cinq assaillants ont été tués, selon l'armée."),
    ("2021-01-24", "MLI", B, CLASH, 0, DOZO_MLI, JNIM,
     "Le 24 janvier 2021, des chasseurs dozos ont échangé des tirs avec des combattants présumés du JNIM à Farabougou (cercle de Niono, région de Ségou). Le bilan n'est pas connu."),
    ("2021-09-30", "MLI", B, CLASH, 8, ISGS, JNIM,
     "Le 30 septembre 2021, des combattants de l'État islamique au Grand Sahara (EIGS) ont affronté des éléments du JNIM près de Tessit (cercle d'Ansongo, région de Gao), faisant au moins 8 morts dans les deux camps."),
    ("2022-03-04", "MLI", B, CLASH, 97, JNIM, MLI_MIL,
     "Le 4 mars 2022, des combattants du JNIM ont attaqué le camp militaire de Mondoro (cercle de Douentza, région de Mopti). Selon l'armée, 27 soldats et 70 assaillants ont été tués."),
    ("2023-09-12", "MLI", B, CLASH, 10, CSP, MLI_MIL,
     "Le 12 septembre 2023, des combattants du CSP-PSD ont attaqué le camp militaire de Bourem (cercle de Bourem, région de Gao). Les combats avec les FAMa ont fait au moins 10 morts."),
    ("2024-07-27", "MLI", B, CLASH, 131, FLA, MLI_MIL,
     "Le 27 juillet 2024, de violents combats ont opposé des combattants du FLA aux FAMa et aux mercenaires de Wagner près de Tinzaouaten (cercle d'Abeïbara, région de Kidal). Au moins 47 soldats maliens et 84 paramilitaires russes auraient été tués, selon des sources locales."),
    ("2025-02-08", "MLI", B, CLASH, 6, DNA, JNIM,
     "Le 8 février 2025, des miliciens de Dan Na Ambassagou ont affronté des combattants du JNIM près du village de Dinangourou (cercle de Koro, région de Mopti). Entre 6 et 9 combattants ont été tués."),
    ("2025-05-23", "MLI", B, CLASH, 41, JNIM, MLI_MIL,
     "Le 23 mai 2025, des combattants du JNIM ont donné l'assaut au camp militaire de Dioura (cercle de Ténenkou, région de Mopti). L'armée a fait état de 41 militaires tués."),
    ("2025-09-14", "MLI", B, CLASH, 4, JNIM, MLI_MIL,
     "Le 14 septembre 2025, des combattants du JNIM ont tendu une embuscade à un convoi de camions-citernes escorté par les FAMa entre Kayes et Diboli (cercle de Kayes, région de Kayes). Au moins 4 soldats ont été tués et plusieurs camions incendiés."),
    ("2025-10-21", "MLI", B, CLASH, 7, MLI_MIL, JNIM,
     "Le 21 octobre 2025, des militaires maliens et des éléments de l'Africa Corps ont accroché des combattants du JNIM près de Nioro du Sahel (cercle de Nioro, région de Kayes), tuant sept d'entre eux, selon une source sécuritaire."),
    ("2023-02-09", "MLI", B, CLASH, 2, MLI_UAG, MLI_GEND,
     "Le 9 février 2023, des hommes armés non identifiés ont attaqué le poste de gendarmerie de Kassela (cercle de Ségou, région de Ségou). Deux gendarmes ont été tués."),
    ("2023-11-14", "MLI", B, GOVREG, 0, MLI_MIL, CSP,
     "Le 14 novembre 2023, les FAMa, appuyées par le groupe Wagner, ont repris le contrôle de la ville de Kidal (cercle de Kidal, région de Kidal) après plusieurs jours de combats contre les combattants du CSP-PSD."),
    ("2024-02-02", "MLI", B, GOVREG, 5, MLI_MIL, JNIM,
     "Le 2 février 2024, les FAMa ont repris la localité de Léré (cercle de Niafunké, région de Tombouctou) aux combattants du JNIM, à l'issue d'affrontements qui ont fait 5 morts parmi les assaillants."),
    ("2023-08-13", "MLI", B, NSAOT, 6, CSP, MLI_MIL,
     "Le 13 août 2023, des combattants du CSP-PSD se sont emparés du camp de Bamba (cercle de Bourem, région de Gao) après des combats contre les FAMa. Six soldats ont été tués."),
    ("2025-06-01", "MLI", B, NSAOT, 30, JNIM, MLI_MIL,
     "Le 1er juin 2025, des combattants du JNIM ont pris le contrôle de Boulkessi (cercle de Douentza, région de Mopti) après avoir attaqué le camp militaire. Au moins 30 soldats ont été tués."),
    # ------------------------------------------------------------------ Mali: Violence against civilians
    ("2020-02-14", "MLI", VAC, ATTACK, 31, MLI_UAG, MLI_CVL,
     "Le 14 février 2020, des hommes armés non identifiés ont tué 31 civils dans le village d'Ogossagou (cercle de Bankass, région de Mopti) et incendié des habitations."),
    ("2021-07-03", "MLI", VAC, ATTACK, 3, JNIM, MLI_CVL,
     "Le 3 juillet 2021, des combattants présumés du JNIM ont exécuté trois civils accusés de collaborer avec l'armée à Sokolo (cercle de Niono, région de Ségou)."),
    ("2022-03-27", "MLI", VAC, ATTACK, 300, MLI_MIL, MLI_CVL,
     "Le 27 mars 2022, des militaires maliens et des paramilitaires étrangers ont exécuté au moins 300 civils à Moura (cercle de Djenné, région de Mopti), selon des témoins."),
    ("2022-06-18", "MLI", VAC, ATTACK, 132, JNIM, MLI_CVL,
     "Le 18 juin 2022, des combattants de la katiba Macina ont tué au moins 132 civils dans les villages de Diallassagou, Dianweli et Deguessagou (cercle de Bankass, région de Mopti)."),
    ("2024-04-22", "MLI", VAC, ATTACK, 4, MLI_UAG, MLI_CVL,
     "Le 22 avril 2024, des hommes armés non identifiés ont tué quatre civils au village de Djiguibombo (cercle de Bandiagara, région de Bandiagara)."),
    ("2024-08-16", "MLI", VAC, ATTACK, 7, WAGNER, MLI_CVL,
     "Le 16 août 2024, des paramilitaires du groupe Wagner ont abattu sept civils, dont des enfants, près de Ménaka (cercle de Ménaka, région de Ménaka)."),
    ("2025-04-11", "MLI", VAC, ATTACK, 10, ISS, MLI_CVL,
     "Le 11 avril 2025, des combattants de l'État islamique au Sahel ont tué une dizaine de civils dans un campement touareg à l'est d'Ansongo (cercle d'Ansongo, région de Gao)."),
    ("2025-10-07", "MLI", VAC, ATTACK, 2, JNIM, MLI_CVL,
     "Le 7 octobre 2025, des combattants du JNIM ont tué deux chauffeurs de camions-citernes et incendié leurs véhicules près de Kati (cercle de Kati, région de Koulikoro)."),
    ("2020-10-12", "MLI", VAC, ABDUCT, 0, MLI_UAG, MLI_CVL,
     "Le 12 octobre 2020, des hommes armés ont enlevé un chef de village et deux de ses fils près de Macina (cercle de Macina, région de Ségou)."),
    ("2022-04-09", "MLI", VAC, ABDUCT, 0, JNIM, MLI_CVL,
     "Le 9 avril 2022, des combattants du JNIM ont enlevé 15 passagers d'un car de transport sur la route entre Sévaré et Bandiagara (région de Mopti)."),
    ("2023-03-03", "MLI", VAC, ABDUCT, 0, MLI_MIL, MLI_CVL,
     "Le 3 mars 2023, des militaires maliens ont emmené vers une destination inconnue cinq éleveurs peuls arrêtés au marché de Nampala (cercle de Niono, région de Ségou). Leurs proches sont sans nouvelles depuis."),
    ("2025-09-21", "MLI", VAC, ABDUCT, 0, JNIM, MLI_CVL,
     "Le 21 septembre 2025, des hommes armés présumés du JNIM ont enlevé quatre chauffeurs routiers sur l'axe Kayes-Diéma (région de Kayes)."),
    ("2021-05-17", "MLI", VAC, SEXV, 0, MLI_UAG, MLI_CVL,
     "Le 17 mai 2021, des hommes armés non identifiés ont violé trois femmes qui se rendaient aux champs près de Bankass (cercle de Bankass, région de Mopti)."),
    # ------------------------------------------------------------------ Mali: Explosions/Remote violence
    ("2021-01-03", "MLI", ERV, AIR, 19, FRA_MIL, MLI_CVL,
     "Le 3 janvier 2021, une frappe aérienne de l'armée française a touché un rassemblement près de Bounti (cercle de Douentza, région de Mopti), tuant 19 civils selon l'ONU."),
    ("2024-03-17", "MLI", ERV, AIR, 8, MLI_MIL, MLI_CVL,
     "Le 17 mars 2024, une frappe de drone des FAMa a tué huit civils, dont des enfants, dans le village d'Amasrakad (cercle de Gao, région de Gao)."),
    ("2025-02-09", "MLI", ERV, AIR, 20, MLI_MIL, JNIM,
     "Le 9 février 2025, des frappes aériennes des FAMa ont visé des positions du JNIM dans la forêt du Wagadou (cercle de Nara, région de Nara), faisant au moins 20 morts parmi les combattants."),
    ("2025-10-30", "MLI", ERV, AIR, 0, MLI_MIL, JNIM,
     "Le 30 octobre 2025, un drone de l'armée malienne a frappé un rassemblement de combattants présumés du JNIM près de Kolokani (cercle de Kolokani, région de Koulikoro). Le bilan n'est pas connu."),
    ("2020-06-07", "MLI", ERV, IED, 2, MLI_UAG, MINUSMA,
     "Le 7 juin 2020, un véhicule de la MINUSMA a sauté sur un engin explosif improvisé près d'Aguelhok (cercle de Tessalit, région de Kidal). Deux casques bleus ont été tués."),
    ("2022-10-15", "MLI", ERV, IED, 11, MLI_UAG, MLI_CVL,
     "Le 15 octobre 2022, un car de transport a heurté une mine sur la route entre Boni et Hombori (cercle de Douentza, région de Mopti), tuant 11 passagers."),
    ("2024-06-03", "MLI", ERV, IED, 3, MLI_UAG, MLI_MIL,
     "Le 3 juin 2024, un engin explosif improvisé a explosé au passage d'une patrouille des FAMa près de Bandiagara (cercle de Bandiagara, région de Bandiagara), tuant trois soldats."),
    ("2021-12-22", "MLI", ERV, SHELL, 0, MLI_UAG, MINUSMA,
     "Le 22 décembre 2021, des obus de mortier ont été tirés sur le camp de la MINUSMA à Tessalit (cercle de Tessalit, région de Kidal), sans faire de victimes."),
    ("2023-09-08", "MLI", ERV, SHELL, 2, JNIM, MLI_CVL,
     "Le 8 septembre 2023, le JNIM a tiré des obus sur la ville de Tombouctou (cercle de Tombouctou, région de Tombouctou), tuant deux civils."),
    ("2022-07-22", "MLI", ERV, SUIC, 8, JNIM, MLI_MIL,
     "Le 22 juillet 2022, deux kamikazes à bord de véhicules piégés ont attaqué le camp militaire de Kati (cercle de Kati, région de Koulikoro), dans une opération revendiquée par le JNIM. Un soldat et sept assaillants ont été tués."),
    ("2024-05-05", "MLI", ERV, GREN, 0, MLI_UAG, MLI_CVL,
     "Le 5 mai 2024, un individu non identifié a lancé une grenade dans un bar de Gao (cercle de Gao, région de Gao), blessant six personnes."),
    # ------------------------------------------------------------------ Mali: Protests and Riots
    ("2020-06-05", "MLI", P, PEACE, 0, MLI_PRO, "",
     "Le 5 juin 2020, des milliers de partisans du Mouvement du 5 juin (M5-RFP) ont manifesté pacifiquement à Bamako pour réclamer la démission du président Ibrahim Boubacar Keïta."),
    ("2020-07-11", "MLI", P, INTERV, 0, MLI_PRO, MLI_POL13,
     "Le 11 juillet 2020, la police a dispersé à coups de gaz lacrymogène des manifestants du M5-RFP rassemblés devant la mosquée de Badalabougou à Bamako."),
    ("2020-07-12", "MLI", P, EXCESS, 4, MLI_POL13, MLI_PRO,
     "Le 12 juillet 2020, des policiers ont tiré à balles réelles sur des manifestants à Bamako, tuant quatre personnes."),
    ("2023-01-20", "MLI", P, PEACE, 0, MLI_PRO, "",
     "Le 20 janvier 2023, des centaines de personnes ont manifesté à Bamako en soutien aux autorités de la transition et à la coopération militaire avec la Russie."),
    ("2024-03-04", "MLI", P, PEACE, 0, MLI_PRO, "",
     "Le 4 mars 2024, des commerçants ont organisé un sit-in devant le gouvernorat de Kayes (cercle de Kayes, région de Kayes) pour protester contre les coupures d'électricité."),
    ("2025-11-10", "MLI", P, INTERV, 0, MLI_PRO, MLI_POL,
     "Le 10 novembre 2025, des conducteurs de taxis-motos ont manifesté à Sikasso (cercle de Sikasso, région de Sikasso) contre la pénurie de carburant. La police les a dispersés."),
    ("2020-07-10", "MLI", R, VIOLDEM, 0, MLI_RIOT, "",
     "Le 10 juillet 2020, des manifestants ont saccagé le siège de l'Assemblée nationale et incendié des véhicules à Bamako."),
    ("2022-08-25", "MLI", R, MOB, 1, MLI_RIOT, MLI_CVL,
     "Le 25 août 2022, une foule a lynché un homme accusé de vol de bétail au marché de Niono (cercle de Niono, région de Ségou)."),
    ("2025-10-02", "MLI", R, VIOLDEM, 0, MLI_RIOT, "",
     "Le 2 octobre 2025, des jeunes en colère ont érigé des barricades et brûlé des pneus à Kati (cercle de Kati, région de Koulikoro) pour protester contre le manque de carburant."),
    # ------------------------------------------------------------------ Mali: Strategic developments
    ("2024-07-12", "MLI", SD, AGREE, 0, "", "",
     "Le 12 juillet 2024, des notables de Boni et des représentants du JNIM ont conclu un accord local levant le blocus de la localité (cercle de Douentza, région de Mopti)."),
    ("2024-06-20", "MLI", SD, ARREST, 0, MLI_POL, "",
     "Le 20 juin 2024, des policiers ont interpellé onze responsables politiques réunis au domicile d'un opposant à Bamako."),
    ("2025-09-03", "MLI", SD, CHANGE, 0, JNIM, "",
     "Le 3 septembre 2025, le JNIM a annoncé un blocus sur les importations de carburant à destination de Kayes et de Nioro du Sahel (région de Kayes)."),
    ("2024-02-18", "MLI", SD, DISR, 0, MLI_MIL, "",
     "Le 18 février 2024, des militaires maliens ont désamorcé un engin explosif improvisé sur la route entre Sévaré et Bandiagara (région de Mopti)."),
    ("2023-03-10", "MLI", SD, HQ, 0, ISS, "",
     "Le 10 mars 2023, des combattants de l'État islamique au Sahel ont installé une base dans la localité de Tidermène (cercle de Tidermène, région de Ménaka)."),
    ("2025-11-06", "MLI", SD, LOOT, 0, MLI_UAG, "",
     "Le 6 novembre 2025, des hommes armés ont incendié une quinzaine de camions-citernes stationnés près de Kolondiéba (cercle de Kolondiéba, région de Sikasso), sans faire de victimes."),
    ("2023-08-15", "MLI", SD, NVT, 0, MLI_MIL, MINUSMA,
     "Le 15 août 2023, la MINUSMA a rétrocédé son camp de Ber (cercle de Tombouctou, région de Tombouctou) à l'armée malienne, sans incident."),
    ("2022-01-31", "MLI", SD, OTHER, 0, "Government of Mali (2021-)", "",
     "Le 31 janvier 2022, le gouvernement de transition a expulsé l'ambassadeur de France à Bamako, lui donnant 72 heures pour quitter le pays."),
    # ------------------------------------------------------------------ Burkina Faso: Battles
    ("2020-05-04", "BFA", B, CLASH, 13, ISGS, VDP,
     "Le 4 mai 2020, des combattants de l'État islamique au Grand Sahara ont attaqué le village de Namissiguima (province du Yatenga, région du Nord), défendu par des VDP. Cinq VDP et huit assaillants ont été tués."),
    ("2022-09-26", "BFA", B, CLASH, 11, JNIM, BFA_MIL,
     "Le 26 septembre 2022, des combattants du JNIM ont attaqué un convoi de ravitaillement escorté par l'armée à Gaskindé (province du Soum, région du Sahel). Onze soldats ont été tués."),
    ("2023-02-17", "BFA", B, CLASH, 51, JNIM, BFA_MIL,
     "Le 17 février 2023, des combattants du JNIM ont attaqué une unité de l'armée près de Tin-Akoff (province de l'Oudalan, région du Sahel), tuant 51 soldats selon le gouvernement."),
    ("2024-06-11", "BFA", B, CLASH, 100, JNIM, BFA_MIL,
     "Le 11 juin 2024, des centaines de combattants du JNIM ont attaqué le camp militaire de Mansila (province du Yagha, région du Sahel). Au moins 100 soldats ont été tués."),
    ("2025-05-11", "BFA", B, CLASH, 60, JNIM, BFA_MIL,
     "Le 11 mai 2025, des combattants du JNIM ont attaqué simultanément plusieurs positions de l'armée à Djibo (province du Soum, région du Sahel). Les combats ont fait au moins 60 morts parmi les soldats et les VDP."),
    ("2025-08-03", "BFA", B, CLASH, 10, BFA_MIL, ISS,
     "Le 3 août 2025, des militaires appuyés par des VDP ont accroché un groupe de combattants de l'État islamique au Sahel près de Markoye (province de l'Oudalan, région du Sahel), tuant une dizaine d'assaillants."),
    ("2023-07-16", "BFA", B, GOVREG, 15, BFA_MIL, JNIM,
     "Le 16 juillet 2023, l'armée burkinabè a repris le contrôle de la localité de Bourzanga (province du Bam, région du Centre-Nord) après des affrontements avec des combattants du JNIM, dont 15 ont été tués."),
    ("2025-03-29", "BFA", B, NSAOT, 12, JNIM, BFA_MIL,
     "Le 29 mars 2025, des combattants du JNIM ont pris le contrôle de la ville de Diapaga (province de la Tapoa, région de l'Est) après en avoir chassé les militaires. Au moins 12 soldats ont été tués."),
    # ------------------------------------------------------------------ Burkina Faso: Violence against civilians
    ("2021-06-05", "BFA", VAC, ATTACK, 132, BFA_UAG, BFA_CVL,
     "Le 5 juin 2021, peu après minuit, des hommes armés ont tué au moins 132 civils dans le village de Solhan (province du Yagha, région du Sahel)."),
    ("2023-04-20", "BFA", VAC, ATTACK, 60, BFA_MIL, BFA_CVL,
     "Le 20 avril 2023, des militaires et des VDP auraient tué au moins 60 civils dans le village de Karma (province du Yatenga, région du Nord), selon des habitants."),
    ("2024-01-05", "BFA", VAC, ATTACK, 7, JNIM, BFA_CVL,
     "Le 5 janvier 2024, des combattants du JNIM ont tué sept femmes qui ramassaient du bois près de Djibo (province du Soum, région du Sahel)."),
    ("2025-05-10", "BFA", VAC, ATTACK, 3, BFA_UAG, BFA_CVL,
     "Le 10 mai 2025, des hommes armés non identifiés ont abattu trois commerçants sur la route entre Fada N'Gourma et Kantchari (province de la Tapoa, région de l'Est)."),
    ("2023-01-12", "BFA", VAC, ABDUCT, 0, BFA_UAG, BFA_CVL,
     "Le 12 janvier 2023, des hommes armés ont enlevé une soixantaine de femmes qui cueillaient des feuilles près d'Arbinda (province du Soum, région du Sahel)."),
    ("2023-12-01", "BFA", VAC, ABDUCT, 0, "", BFA_CVL,
     "Le 1er décembre 2023, des hommes se présentant comme des agents de sécurité ont enlevé un militant de la société civile à Ouagadougou. Il n'a pas été revu depuis."),
    ("2024-08-14", "BFA", VAC, SEXV, 0, JNIM, BFA_CVL,
     "Le 14 août 2024, des combattants du JNIM ont violé plusieurs femmes dans un village près de Nouna (province de la Kossi, région de la Boucle du Mouhoun)."),
    # ------------------------------------------------------------------ Burkina Faso: Explosions/Remote violence
    ("2023-10-07", "BFA", ERV, AIR, 30, BFA_MIL, JNIM,
     "Le 7 octobre 2023, l'armée de l'air burkinabè a mené des frappes aériennes contre des positions du JNIM près de Djibo (province du Soum, région du Sahel), tuant au moins 30 combattants."),
    ("2024-08-03", "BFA", ERV, AIR, 10, BFA_MIL, BFA_CVL,
     "Le 3 août 2024, une frappe de drone de l'armée burkinabè a tué 10 civils sur un marché près de Kantchari (province de la Tapoa, région de l'Est)."),
    ("2021-09-27", "BFA", ERV, IED, 5, BFA_UAG, BFA_CVL,
     "Le 27 septembre 2021, un minibus a sauté sur un engin explosif improvisé entre Dori et Gorom-Gorom (région du Sahel), tuant cinq passagers."),
    ("2022-08-08", "BFA", ERV, IED, 15, BFA_UAG, BFA_MIL,
     "Le 8 août 2022, deux véhicules militaires ont sauté sur des mines près de Namsiguia (province du Bam, région du Centre-Nord), tuant 15 soldats."),
    ("2022-06-13", "BFA", ERV, GREN, 0, BFA_UAG, BFA_POL,
     "Le 13 juin 2022, des hommes à moto ont lancé une grenade sur un poste de police à Bobo-Dioulasso (province du Houet, région des Hauts-Bassins), blessant deux policiers."),
    ("2024-05-15", "BFA", ERV, SHELL, 1, JNIM, BFA_CVL,
     "Le 15 mai 2024, des combattants du JNIM ont tiré des obus de mortier sur la ville de Djibo (province du Soum, région du Sahel), tuant un enfant."),
    # ------------------------------------------------------------------ Burkina Faso: Protests and Riots
    ("2022-10-14", "BFA", P, PEACE, 0, BFA_PRO, "",
     "Le 14 octobre 2022, des centaines de personnes ont manifesté à Ouagadougou pour exiger le départ des forces françaises du pays."),
    ("2024-12-03", "BFA", P, PEACE, 0, BFA_PRO, "",
     "Le 3 décembre 2024, des élèves ont marché à Fada N'Gourma (province du Gourma, région de l'Est) pour réclamer la réouverture de leurs écoles fermées par l'insécurité."),
    ("2021-11-27", "BFA", P, INTERV, 0, BFA_PRO, BFA_POL15,
     "Le 27 novembre 2021, la police a dispersé à coups de gaz lacrymogène des manifestants qui protestaient à Ouagadougou contre l'insécurité."),
    ("2021-11-18", "BFA", P, EXCESS, 0, BFA_POL15, BFA_PRO,
     "Le 18 novembre 2021, des gendarmes ont tiré à balles réelles sur des manifestants qui bloquaient un convoi militaire français à Kaya (province du Sanmatenga, région du Centre-Nord), blessant quatre personnes."),
    ("2022-10-01", "BFA", R, VIOLDEM, 0, BFA_RIOT, "",
     "Le 1er octobre 2022, des manifestants ont incendié l'entrée de l'ambassade de France à Ouagadougou et jeté des pierres sur le bâtiment."),
    ("2024-02-02", "BFA", R, MOB, 2, BFA_RIOT, BFA_CVL,
     "Le 2 février 2024, une foule a battu à mort deux hommes soupçonnés d'être des informateurs des jihadistes à Kaya (province du Sanmatenga, région du Centre-Nord)."),
    # ------------------------------------------------------------------ Burkina Faso: Strategic developments
    ("2024-03-25", "BFA", SD, ARREST, 0, BFA_POL, "",
     "Le 25 mars 2024, des gendarmes ont arrêté un journaliste à son domicile de Ouagadougou."),
    ("2023-04-13", "BFA", SD, CHANGE, 0, BFA_GOV, "",
     "Le 13 avril 2023, le gouvernement a décrété la mobilisation générale sur l'ensemble du territoire national."),
    ("2023-06-06", "BFA", SD, DISR, 0, BFA_MIL, "",
     "Le 6 juin 2023, l'armée a découvert et détruit une cache d'armes et d'explosifs près de Dori (province du Séno, région du Sahel)."),
    ("2023-07-04", "BFA", SD, LOOT, 0, BFA_UAG, "",
     "Le 4 juillet 2023, des hommes armés ont pillé et incendié le marché de Sebba (province du Yagha, région du Sahel), sans faire de victimes."),
    ("2022-12-23", "BFA", SD, OTHER, 0, BFA_GOV, "",
     "Le 23 décembre 2022, le gouvernement a expulsé la coordonnatrice résidente du système des Nations unies au Burkina Faso."),
    ("2023-02-18", "BFA", SD, NVT, 0, BFA_MIL, FRA_MIL,
     "Le 18 février 2023, les forces spéciales françaises ont quitté leur base de Kamboinsin, près de Ouagadougou, remise à l'armée burkinabè."),
    ("2024-09-10", "BFA", SD, HQ, 0, JNIM, "",
     "Le 10 septembre 2024, des combattants du JNIM ont établi une base dans la forêt près de Pama (province de la Kompienga, région de l'Est)."),
    # ------------------------------------------------------------------ Niger: Battles
    ("2020-01-09", "NER", B, CLASH, 166, ISGS, NER_MIL11,
     "Le 9 janvier 2020, des combattants de l'EIGS ont attaqué le camp militaire de Chinagodrar (département de Ouallam, région de Tillabéri). Selon le gouvernement, 89 soldats et 77 assaillants ont été tués."),
    ("2023-08-15", "NER", B, CLASH, 17, ISS, NER_MIL,
     "Le 15 août 2023, des combattants de l'État islamique au Sahel ont tendu une embuscade à une patrouille de l'armée près de Torodi (département de Torodi, région de Tillabéri). Dix-sept soldats ont été tués."),
    ("2024-05-03", "NER", B, CLASH, 20, ISWAP, JAS,
     "Le 3 mai 2024, des combattants de l'ISWAP et de Boko Haram (JAS) se sont affrontés sur une île du lac Tchad près de N'Guigmi (région de Diffa), faisant une vingtaine de morts."),
    ("2023-10-02", "NER", B, CLASH, 29, NER_MIL, ISS,
     "Le 2 octobre 2023, des militaires nigériens ont affronté des combattants de l'État islamique au Sahel près de Tabatol (région de Tillabéri), faisant 29 morts parmi les soldats."),
    ("2025-05-18", "NER", B, GOVREG, 12, NER_MIL, ISS,
     "Le 18 mai 2025, l'armée nigérienne a repris le contrôle de Banibangou (département de Banibangou, région de Tillabéri) après des combats contre des combattants de l'État islamique au Sahel, dont 12 ont été tués."),
    ("2025-06-21", "NER", B, NSAOT, 5, ISS, NER_MIL,
     "Le 21 juin 2025, des combattants de l'État islamique au Sahel se sont emparés de la localité d'Inatès (département d'Ayorou, région de Tillabéri) après en avoir chassé les militaires. Cinq soldats ont été tués."),
    # ------------------------------------------------------------------ Niger: Violence against civilians
    ("2022-04-06", "NER", VAC, ATTACK, 9, NER_UAG, NER_CVL,
     "Le 6 avril 2022, des hommes armés à moto ont tué neuf villageois dans le village de Bakorat (département de Tillia, région de Tahoua)."),
    ("2024-03-21", "NER", VAC, ATTACK, 5, ISS, NER_CVL,
     "Le 21 mars 2024, des combattants de l'État islamique au Sahel ont exécuté cinq civils, dont un chef de village, près de Tillia (département de Tillia, région de Tahoua)."),
    ("2025-10-17", "NER", VAC, ATTACK, 10, NER_UAG, NER_CVL,
     "Le 17 octobre 2025, des hommes armés ont tué une dizaine de fidèles dans une mosquée du village de Fambita (département de Kokorou, région de Tillabéri)."),
    ("2025-10-21", "NER", VAC, ABDUCT, 0, ISS, "Civilians (United States)",
     "Le 21 octobre 2025, des combattants présumés de l'État islamique au Sahel ont enlevé un ressortissant américain à Niamey."),
    ("2024-01-13", "NER", VAC, ABDUCT, 0, NER_MIL, NER_CVL,
     "Le 13 janvier 2024, des militaires ont arrêté le maire d'Abala (département d'Abala, région de Tillabéri) et l'ont conduit vers une destination inconnue. Sa famille est sans nouvelles depuis."),
    ("2022-09-09", "NER", VAC, SEXV, 0, NER_UAG, NER_CVL,
     "Le 9 septembre 2022, des hommes armés ont violé deux jeunes filles près d'Ayorou (département d'Ayorou, région de Tillabéri)."),
    # ------------------------------------------------------------------ Niger: Explosions/Remote violence
    ("2024-02-19", "NER", ERV, AIR, 20, NER_MIL, ISS,
     "Le 19 février 2024, des drones de l'armée nigérienne ont frappé un rassemblement de combattants de l'État islamique au Sahel près de Tillia (région de Tahoua), tuant au moins 20 d'entre eux."),
    ("2025-05-05", "NER", ERV, AIR, 7, NER_MIL, NER_CVL,
     "Le 5 mai 2025, une frappe aérienne de l'armée a touché un marché près de Tassara (région de Tahoua), tuant sept civils, selon des sources locales."),
    ("2023-03-20", "NER", ERV, IED, 4, NER_UAG, NER_MIL21,
     "Le 20 mars 2023, un véhicule militaire a sauté sur un engin explosif improvisé près de Makalondi (département de Torodi, région de Tillabéri), tuant quatre soldats."),
    ("2024-12-06", "NER", ERV, IED, 2, NER_UAG, NER_CVL,
     "Le 6 décembre 2024, une charrette a heurté une mine artisanale près de Téra (département de Téra, région de Tillabéri), tuant deux enfants."),
    ("2024-07-15", "NER", ERV, SUIC, 2, JAS, NER_MIL,
     "Le 15 juillet 2024, un kamikaze de Boko Haram (JAS) a fait exploser sa ceinture d'explosifs devant un poste de l'armée à Diffa (région de Diffa), tuant un soldat. Le kamikaze a également péri."),
    ("2022-01-28", "NER", ERV, SHELL, 0, NER_UAG, NER_MIL21,
     "Le 28 janvier 2022, des tirs d'obus de mortier ont visé la base militaire de Ouallam (département de Ouallam, région de Tillabéri), sans faire de victimes."),
    # ------------------------------------------------------------------ Niger: Protests and Riots
    ("2023-08-03", "NER", P, PEACE, 0, NER_PRO, "",
     "Le 3 août 2023, des milliers de personnes ont manifesté à Niamey en soutien au CNSP et contre les sanctions de la CEDEAO."),
    ("2023-09-02", "NER", P, PEACE, 0, NER_PRO, "",
     "Le 2 septembre 2023, des manifestants ont organisé un sit-in devant la base militaire française de Niamey pour exiger le départ des soldats français."),
    ("2022-02-14", "NER", P, INTERV, 0, NER_PRO, NER_POL21,
     "Le 14 février 2022, la police a dispersé à coups de gaz lacrymogène des étudiants qui manifestaient à Niamey contre le retard du paiement de leurs bourses."),
    ("2021-11-27", "NER", P, EXCESS, 3, NER_POL21, NER_PRO,
     "Le 27 novembre 2021, des gendarmes ont tiré sur des manifestants qui bloquaient un convoi militaire français à Téra (département de Téra, région de Tillabéri), tuant trois personnes."),
    ("2023-07-30", "NER", R, VIOLDEM, 0, NER_RIOT, "",
     "Le 30 juillet 2023, des manifestants ont attaqué l'ambassade de France à Niamey et mis le feu à une porte d'entrée."),
    ("2024-07-07", "NER", R, MOB, 1, NER_RIOT, NER_CVL,
     "Le 7 juillet 2024, une foule a lynché un voleur présumé de motos au marché de Tahoua (région de Tahoua)."),
    # ------------------------------------------------------------------ Niger: Strategic developments
    ("2024-01-17", "NER", SD, AGREE, 0, "", "",
     "Le 17 janvier 2024, des représentants des communautés peule et djerma ont signé un pacte de non-agression à Ouallam (région de Tillabéri), sous l'égide du gouverneur."),
    ("2023-07-26", "NER", SD, OTHER, 0, NER_MIL21, NER_GOV21,
     "Le 26 juillet 2023, des militaires de la garde présidentielle ont renversé le président Mohamed Bazoum à Niamey."),
    ("2024-09-30", "NER", SD, ARREST, 0, NER_POL, "",
     "Le 30 septembre 2024, la police a arrêté à Niamey un journaliste accusé d'atteinte à la défense nationale."),
    ("2025-06-01", "NER", SD, CHANGE, 0, NER_GOV, "",
     "Le 1er juin 2025, les autorités ont instauré un couvre-feu nocturne dans la commune de Tillabéri (région de Tillabéri)."),
    ("2024-11-09", "NER", SD, LOOT, 0, NER_UAG, "",
     "Le 9 novembre 2024, des hommes armés ont pillé des boutiques et incendié des greniers dans le village de Dargol (département de Gothèye, région de Tillabéri), sans faire de victimes."),
    ("2023-12-22", "NER", SD, NVT, 0, NER_MIL, FRA_MIL,
     "Le 22 décembre 2023, les derniers soldats français ont quitté leur base de Niamey, remise à l'armée nigérienne."),
]
