"""A third set of ACLED-style notes written in French: Sahel and Lake Chad, 2019-2025
(not a test module: read by ``tests/test_coding_french_notes3.py``).

Why: the first two French note sets (``tests/acled_french_notes.py``,
``tests/acled_french_notes2.py``) are in-sample since sessions 14 and 15, when the French
coder was fixed on them. These 80 notes measure French event coding from outside again:
they were written, with their labels, and committed before the product was run on them
(session 16, branch s16-frgold3, main at 94f65f2), by a writer who read no coder source.

Every note is written for this fixture, in French, in our own words, in the two styles a
French-language reader meets: a coder's summary ("Le 14 juin 2019, ... à [lieu] ([cercle/
département/province], [région]). [bilan]") and a press summary (toll or actor first,
"selon des habitants", "selon le ministère"). Places, groups and the kinds of event are
public facts; several notes lean on well-known incidents, told in our own wording and
with our own figures where the public ones differ.

Spread: the six event types in the proportions of the training split of
``../shared/data/acled/acled_mali_2017_2019.csv`` (1412 events: Violence against civilians
489, Battles 396, Explosions/Remote violence 206, Strategic developments 142, Protests 113,
Riots 66; times 80/1412 rounded: 28, 22, 12, 8, 6, 4). Countries: Mali 23, Burkina Faso 20,
Niger 14, Chad 8, Nigeria 9, Cameroon 6.

Labels: what the ACLED Codebook (2023, event and sub-event type definitions) would code,
with the conventions of the first two French sets:

- fatalities: every reported death, attackers and suicide bombers included, the lowest
  figure of a range or of two sources ("une dizaine" -> 10, "une quarantaine" -> 40, "au
  moins 81" -> 81), 0 when the note gives none or only wounded;
- an attack on civilians is Violence against civilians (Attack), on a military post, a
  convoy, VDP, CJTF or a communal militia an Armed clash; a kidnapping by an armed group
  is an Abduction/forced disappearance;
- a drone or aircraft strike is an Air/drone strike whoever it kills, a mine or IED a
  Remote explosive/landmine/IED, mortar or shell fire Shelling/artillery/missile attack;
- a detention by state forces is Arrests; property looted or burnt with nobody harmed is
  Looting/property destruction; a seizure of weapons Disrupted weapons use; a suspension
  or a ban Change to group/activity; a ceasefire signed Agreement; a coup Other;
- protests: actor1 is always the protesters; a lynching is Mob violence (actor1 the
  rioters, actor2 the victims' civilians).

Actors in ACLED's naming (regime years by the event's day: Mali "(2013-2020)" until 17
August 2020, "(2021-)" from 24 May 2021; Burkina Faso "(2015-2022)", "(2022-)" from 24 January
2022; Niger "(2011-2021)", "(2021-2023)" from 2 April 2021, "(2023-)" from 26 July 2023; Chad
"(1990-2021)", "(2021-)" from 20 April 2021; Nigeria "(2015-2023)", "(2023-)" from 29 May 2023;
Cameroon "(1982-)"); the Islamic State in the Sahel as "Islamic State (West Africa) - Greater
Sahara Faction" before 2022 and "Islamic State (Sahel)" from 2022; "présumés" perpetrators are
coded as the named group; unnamed gunmen as the country's Unidentified Armed Group; ``""``
when the note leaves a side open. ``iso3``: the event's country.

Row: ``(event_date, iso3, event_type, sub_event_type, fatalities, actor1, actor2, notes)``.
"""

from __future__ import annotations

from tests.support.acled_labels import (
    B, VAC, ERV, P, R, SD, CLASH, ATTACK, ABDUCT, SEXV, GOVREG, NSAOT, AIR, IED, SHELL, SUIC, GREN,
    PEACE, INTERV, EXCESS, VIOLDEM, MOB, AGREE, ARREST, CHANGE, DISR, LOOT, OTHER
)

# Mali
MLI_MIL13, MLI_MIL = "Military Forces of Mali (2013-2020)", "Military Forces of Mali (2021-)"
MLI_POL13, MLI_POL = "Police Forces of Mali (2013-2020)", "Police Forces of Mali (2021-)"
MLI_CVL, MLI_PRO, MLI_RIOT, MLI_UAG = "Civilians (Mali)", "Protesters (Mali)", "Rioters (Mali)", "Unidentified Armed Group (Mali)"
JNIM, ISS, ISGS = "JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)", "Islamic State (West Africa) - Greater Sahara Faction"
FLA, CMA, MSA = "FLA: Azawad Liberation Front", "CMA: Coordination of Azawad Movements", "MSA: Movement for Azawad Salvation"
DNA, DOZO_MLI = "Dan Na Ambassagou", "Dozo Communal Militia (Mali)"
# Burkina Faso
BFA_MIL15, BFA_MIL = "Military Forces of Burkina Faso (2015-2022)", "Military Forces of Burkina Faso (2022-)"
BFA_GOV, BFA_POL15 = "Government of Burkina Faso (2022-)", "Police Forces of Burkina Faso (2015-2022)"
BFA_CVL, BFA_PRO, BFA_RIOT, BFA_UAG = ("Civilians (Burkina Faso)", "Protesters (Burkina Faso)", "Rioters (Burkina Faso)",
                                       "Unidentified Armed Group (Burkina Faso)")
VDP = "VDP: Volunteers for the Defense of the Homeland"
# Niger
NER_MIL11, NER_MIL = "Military Forces of Niger (2011-2021)", "Military Forces of Niger (2023-)"
NER_POL = "Police Forces of Niger (2023-)"
NER_CVL, NER_PRO, NER_RIOT, NER_UAG = "Civilians (Niger)", "Protesters (Niger)", "Rioters (Niger)", "Unidentified Armed Group (Niger)"
# Lake Chad
ISWAP, JAS = "Islamic State (West Africa)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
TCD_MIL90, TCD_MIL, TCD_POL = "Military Forces of Chad (1990-2021)", "Military Forces of Chad (2021-)", "Police Forces of Chad (2021-)"
TCD_CVL, TCD_PRO, TCD_UAG = "Civilians (Chad)", "Protesters (Chad)", "Unidentified Armed Group (Chad)"
NGA_MIL15, NGA_MIL = "Military Forces of Nigeria (2015-2023)", "Military Forces of Nigeria (2023-)"
NGA_CVL = "Civilians (Nigeria)"
CJTF = "CJTF: Civilian Joint Task Force"
CMR_MIL, CMR_POL, CMR_CVL = "Military Forces of Cameroon (1982-)", "Police Forces of Cameroon (1982-)", "Civilians (Cameroon)"
CMR_PRO, CMR_RIOT, CMR_UAG = "Protesters (Cameroon)", "Rioters (Cameroon)", "Unidentified Armed Group (Cameroon)"

NOTES: list[tuple[str, str, str, str, int, str, str, str]] = [
    # ================================================================== Battles (22)
    ("2019-06-14", "MLI", B, CLASH, 13, JNIM, MLI_MIL13,
     "Le 14 juin 2019, des combattants du JNIM ont attaqué le poste de l'armée malienne de Sokolo (cercle de Niono, région de Ségou). Neuf militaires et quatre assaillants ont été tués."),
    ("2022-02-20", "MLI", B, CLASH, 2, JNIM, MLI_MIL,
     "Le 20 février 2022, une patrouille des FAMa est tombée dans une embuscade tendue par des éléments du JNIM entre Konna et Dialloubé (cercle de Mopti, région de Mopti). Deux soldats ont perdu la vie."),
    ("2025-03-03", "MLI", B, CLASH, 0, FLA, MLI_MIL,
     "Le 3 mars 2025, des combattants du FLA ont échangé des tirs avec une colonne de l'armée malienne et d'Africa Corps près de Tarkint (cercle de Bourem, région de Gao). Aucun bilan n'a été communiqué."),
    ("2020-03-05", "MLI", B, CLASH, 8, DNA, JNIM,
     "Le 5 mars 2020, des miliciens de Dan Na Ambassagou ont affronté des jihadistes présumés de la katiba Macina du JNIM près de Bankass (cercle de Bankass, région de Mopti). Trois miliciens et cinq assaillants ont été tués."),
    ("2023-08-11", "MLI", B, CLASH, 26, JNIM, MLI_MIL,
     "Selon l'armée, six soldats ont été tués et une vingtaine d'assaillants neutralisés le 11 août 2023 lorsque des combattants du JNIM ont attaqué un convoi des FAMa et de Wagner près de Léré (cercle de Niafunké, région de Tombouctou)."),
    ("2023-11-14", "MLI", B, GOVREG, 0, MLI_MIL, CMA,
     "Le 14 novembre 2023, l'armée malienne, appuyée par le groupe Wagner, est entrée dans Kidal (cercle de Kidal, région de Kidal) après le retrait des combattants de la CMA, visés par des frappes les jours précédents."),
    ("2022-06-21", "MLI", B, NSAOT, 9, ISS, MSA,
     "Le 21 juin 2022, des combattants de l'État islamique au Sahel se sont emparés de la localité d'Andéramboukane (cercle d'Andéramboukane, région de Ménaka) après des combats contre le MSA. Neuf combattants du MSA ont été tués."),
    ("2019-08-19", "BFA", B, CLASH, 24, BFA_UAG, BFA_MIL15,
     "Le 19 août 2019, des hommes armés non identifiés ont attaqué le détachement militaire de Koutougou (province du Soum, région du Sahel). Vingt-quatre soldats ont été tués."),
    ("2021-06-09", "BFA", B, CLASH, 2, BFA_UAG, VDP,
     "Le 9 juin 2021, des Volontaires pour la défense de la patrie ont repoussé une attaque d'hommes armés contre Foutouri (province de la Komondjari, région de l'Est). Deux VDP sont morts au cours des échanges de tirs."),
    ("2023-02-17", "BFA", B, CLASH, 50, ISS, BFA_MIL,
     "Le 17 février 2023, des combattants de l'État islamique au Sahel ont tendu une embuscade à une unité de l'armée burkinabè près de Déou (province de l'Oudalan, région du Sahel). Une cinquantaine de soldats ont péri, selon des sources sécuritaires."),
    ("2024-06-11", "BFA", B, CLASH, 100, JNIM, BFA_MIL,
     "Plus d'une centaine de soldats auraient été tués le 11 juin 2024 lorsque des jihadistes du JNIM ont pris d'assaut la base militaire de Mansila (province du Yagha, région du Sahel), selon des sources locales."),
    ("2025-03-28", "BFA", B, CLASH, 10, BFA_MIL, BFA_UAG,
     "Le 28 mars 2025, des militaires et des VDP ont accroché un groupe de terroristes près de Kantchari (province de la Tapoa, région de l'Est). Une dizaine d'assaillants ont été tués, selon l'Agence d'information du Burkina."),
    ("2022-09-03", "BFA", B, NSAOT, 4, JNIM, BFA_MIL,
     "Le 3 septembre 2022, des combattants du JNIM ont pris le contrôle de Tasmakatt (province de l'Oudalan, région du Sahel) après avoir chassé le détachement militaire au terme de violents affrontements. Quatre soldats ont été tués."),
    ("2019-12-10", "NER", B, CLASH, 71, ISGS, NER_MIL11,
     "Le 10 décembre 2019, des combattants de l'État islamique au Grand Sahara ont attaqué le camp militaire d'Inatès (département d'Ayorou, région de Tillabéri). Soixante et onze soldats ont été tués."),
    ("2023-08-15", "NER", B, CLASH, 17, ISS, NER_MIL,
     "Le 15 août 2023, une colonne de l'armée nigérienne est tombée dans une embuscade de l'État islamique au Sahel près de Bankilaré (département de Bankilaré, région de Tillabéri). Dix-sept militaires ont été tués et une vingtaine blessés."),
    ("2024-06-25", "NER", B, CLASH, 22, JNIM, NER_MIL,
     "Le 25 juin 2024, des hommes armés du JNIM ont attaqué une position de l'armée à Tassia (département de Téra, région de Tillabéri). Vingt et un soldats et un civil ont été tués."),
    ("2020-06-22", "NER", B, CLASH, 11, JAS, NER_MIL11,
     "Le 22 juin 2020, des éléments de Boko Haram ont attaqué une position de l'armée nigérienne à Toumour (département de Bosso, région de Diffa). Trois soldats et huit assaillants ont été tués, selon le ministère de la Défense."),
    ("2020-03-23", "TCD", B, CLASH, 98, JAS, TCD_MIL90,
     "Le 23 mars 2020, des combattants de Boko Haram ont attaqué la base militaire de Bohoma (département de Fouli, province du Lac). Quatre-vingt-dix-huit soldats tchadiens ont été tués."),
    ("2024-10-27", "TCD", B, CLASH, 40, JAS, TCD_MIL,
     "Boko Haram a attaqué le 27 octobre 2024 une base de l'armée tchadienne à Barkaram (département de Kaya, province du Lac), tuant une quarantaine de militaires."),
    ("2021-04-13", "NGA", B, CLASH, 6, ISWAP, NGA_MIL15,
     "Le 13 avril 2021, des combattants de l'ISWAP ont attaqué la base militaire de Damasak (zone de gouvernement local de Mobbar, État de Borno). Les soldats ont repoussé l'assaut ; six militaires ont été tués."),
    ("2024-07-09", "NGA", B, CLASH, 4, CJTF, JAS,
     "Le 9 juillet 2024, des membres de la CJTF et des chasseurs ont affronté des combattants de Boko Haram près de Konduga (État de Borno). Quatre membres de la CJTF ont péri."),
    ("2019-06-10", "CMR", B, CLASH, 24, JAS, CMR_MIL,
     "Le 10 juin 2019, Boko Haram a attaqué une position de l'armée camerounaise sur l'île de Darak (département du Logone-et-Chari, région de l'Extrême-Nord). Seize militaires et huit civils ont été tués."),
    # ================================================================== Violence against civilians (28)
    ("2019-03-23", "MLI", VAC, ATTACK, 157, DOZO_MLI, MLI_CVL,
     "Le 23 mars 2019, des chasseurs dozos ont attaqué le village peul d'Ogossagou (cercle de Bankass, région de Mopti), tuant 157 habitants."),
    ("2020-07-08", "MLI", VAC, ATTACK, 12, MLI_UAG, MLI_CVL,
     "Le 8 juillet 2020, des hommes armés non identifiés ont tué douze villageois à Gouari (cercle de Koro, région de Mopti)."),
    ("2022-03-02", "MLI", VAC, ATTACK, 30, MLI_MIL, MLI_CVL,
     "Le 2 mars 2022, des soldats maliens ont exécuté une trentaine de civils, des bergers pour la plupart, près de Diabaly (cercle de Niono, région de Ségou), selon des témoins."),
    ("2024-01-19", "MLI", VAC, ATTACK, 6, JNIM, MLI_CVL,
     "Le 19 janvier 2024, des combattants du JNIM ont tué six passagers d'un car sur la route entre Bandiagara et Bankass (cercle de Bandiagara, région de Mopti)."),
    ("2025-03-09", "MLI", VAC, ATTACK, 8, MLI_MIL, MLI_CVL,
     "Des soldats maliens accompagnés de combattants d'Africa Corps ont abattu au moins 8 civils le 9 mars 2025 près de Diafarabé (cercle de Ténenkou, région de Mopti), selon des habitants."),
    ("2020-02-15", "MLI", VAC, ATTACK, 2, MLI_UAG, MLI_CVL,
     "Le 15 février 2020, des hommes armés ont tué un élu local et son neveu près de Goundam (cercle de Goundam, région de Tombouctou)."),
    ("2021-05-12", "MLI", VAC, ABDUCT, 0, JNIM, MLI_CVL,
     "Le 12 mai 2021, des jihadistes présumés du JNIM ont enlevé un chef de village et son fils à Farabougou (cercle de Niono, région de Ségou)."),
    ("2025-09-20", "MLI", VAC, ABDUCT, 0, MLI_UAG, MLI_CVL,
     "Le 20 septembre 2025, des hommes armés ont enlevé trois chauffeurs de camions-citernes sur l'axe Kayes-Diboli (cercle de Kayes, région de Kayes)."),
    ("2019-10-04", "MLI", VAC, SEXV, 0, MLI_UAG, MLI_CVL,
     "Le 4 octobre 2019, des hommes armés ont violé quatre femmes qui revenaient du marché près de Ménaka (cercle de Ménaka, région de Ménaka)."),
    ("2020-01-08", "BFA", VAC, ATTACK, 14, BFA_UAG, BFA_CVL,
     "Le 8 janvier 2020, des hommes armés non identifiés ont tué quatorze civils dans le village de Nagraogo (province du Sanmatenga, région du Centre-Nord)."),
    ("2021-06-05", "BFA", VAC, ATTACK, 132, BFA_UAG, BFA_CVL,
     "Dans la nuit du 4 au 5 juin 2021, des assaillants ont massacré au moins 132 civils à Solhan (province du Yagha, région du Sahel)."),
    ("2023-04-20", "BFA", VAC, ATTACK, 60, BFA_MIL, BFA_CVL,
     "Le 20 avril 2023, des militaires burkinabè et des VDP ont tué au moins soixante habitants du village de Karma (province du Yatenga, région du Nord), selon des survivants."),
    ("2024-02-16", "BFA", VAC, ATTACK, 15, JNIM, BFA_CVL,
     "Le 16 février 2024, des combattants du JNIM ont exécuté quinze fidèles dans une mosquée à Natiaboani (province du Gourma, région de l'Est)."),
    ("2023-01-12", "BFA", VAC, ABDUCT, 0, BFA_UAG, BFA_CVL,
     "Le 12 janvier 2023, une cinquantaine de femmes ont été enlevées par des jihadistes présumés alors qu'elles cueillaient des fruits sauvages près d'Arbinda (province du Soum, région du Sahel)."),
    ("2025-02-04", "BFA", VAC, ABDUCT, 0, BFA_UAG, BFA_CVL,
     "Le 4 février 2025, des hommes se présentant comme des agents de sécurité ont enlevé un journaliste à son domicile à Ouagadougou (province du Kadiogo, région du Centre) ; il est depuis porté disparu."),
    ("2020-10-11", "BFA", VAC, SEXV, 0, BFA_UAG, BFA_CVL,
     "Le 11 octobre 2020, des hommes armés ont violé plusieurs femmes déplacées près de Kaya (province du Sanmatenga, région du Centre-Nord)."),
    ("2021-03-21", "NER", VAC, ATTACK, 141, NER_UAG, NER_CVL,
     "Le 21 mars 2021, des hommes armés à moto ont tué 141 habitants dans plusieurs villages de la commune de Tillia (département de Tillia, région de Tahoua)."),
    ("2020-08-09", "NER", VAC, ATTACK, 8, ISGS, NER_CVL,
     "Le 9 août 2020, des combattants de l'EIGS ont tué six humanitaires français et leurs deux accompagnateurs nigériens dans la réserve de girafes de Kouré (département de Kollo, région de Tillabéri)."),
    ("2025-03-21", "NER", VAC, ATTACK, 44, ISS, NER_CVL,
     "Le 21 mars 2025, des combattants de l'État islamique au Sahel ont ouvert le feu sur des fidèles réunis pour la prière dans la mosquée de Fambita (département de Kokorou, région de Tillabéri), tuant quarante-quatre personnes."),
    ("2022-05-03", "NER", VAC, ABDUCT, 0, NER_UAG, NER_CVL,
     "Le 3 mai 2022, des hommes armés ont enlevé sept villageois, dont un chef coutumier, près de Ouallam (département de Ouallam, région de Tillabéri)."),
    ("2021-11-03", "TCD", VAC, ATTACK, 4, JAS, TCD_CVL,
     "Le 3 novembre 2021, des combattants de Boko Haram ont tué quatre pêcheurs sur une île près de Kaïga-Kindjiria (département de Fouli, province du Lac)."),
    ("2022-02-09", "TCD", VAC, ATTACK, 10, TCD_UAG, TCD_CVL,
     "Le 9 février 2022, des hommes armés non identifiés ont tué une dizaine d'agriculteurs dans le village de Sandana (département du Lac Iro, province du Moyen-Chari)."),
    ("2024-04-14", "TCD", VAC, ABDUCT, 0, TCD_UAG, TCD_CVL,
     "Le 14 avril 2024, des ravisseurs ont enlevé deux enfants d'un commerçant près de Pala (département de la Mayo-Dallah, province du Mayo-Kebbi Ouest) et réclamé une rançon."),
    ("2019-07-27", "NGA", VAC, ATTACK, 65, JAS, NGA_CVL,
     "Le 27 juillet 2019, des combattants de Boko Haram ont tué 65 personnes qui revenaient d'un enterrement près de Nganzai (État de Borno)."),
    ("2024-09-03", "NGA", VAC, ATTACK, 81, JAS, NGA_CVL,
     "Au moins 81 habitants ont été tués le 3 septembre 2024 lorsque des combattants de Boko Haram ont attaqué le village de Mafa (État de Yobe), selon les autorités locales."),
    ("2023-05-22", "NGA", VAC, ABDUCT, 0, ISWAP, NGA_CVL,
     "Le 22 mai 2023, des combattants de l'ISWAP ont enlevé une dizaine de femmes qui ramassaient du bois près de Gamboru (État de Borno)."),
    ("2024-12-14", "CMR", VAC, ATTACK, 3, JAS, CMR_CVL,
     "Le 14 décembre 2024, des combattants de Boko Haram ont égorgé trois éleveurs et emporté leur bétail à Zelevet (département du Mayo-Tsanaga, région de l'Extrême-Nord)."),
    ("2023-03-30", "CMR", VAC, ABDUCT, 0, CMR_UAG, CMR_CVL,
     "Le 30 mars 2023, des preneurs d'otages ont enlevé six membres d'une même famille à Touboro (département du Mayo-Rey, région du Nord)."),
    # ================================================================== Explosions/Remote violence (12)
    ("2024-03-17", "MLI", ERV, AIR, 13, MLI_MIL, MLI_CVL,
     "Le 17 mars 2024, une frappe de drone de l'armée malienne a tué treize civils, dont des enfants, lors d'un mariage à Amasrakad (cercle de Gao, région de Gao)."),
    ("2023-10-08", "BFA", ERV, AIR, 20, BFA_MIL, JNIM,
     "Le 8 octobre 2023, des frappes aériennes de l'armée burkinabè ont visé un rassemblement de combattants du JNIM près de Djibo (province du Soum, région du Sahel), faisant une vingtaine de morts parmi eux."),
    ("2025-01-05", "NER", ERV, AIR, 10, NER_MIL, ISS,
     "Le 5 janvier 2025, un drone de l'armée nigérienne a frappé des combattants de l'État islamique au Sahel dans la zone de Tamou (département de Say, région de Tillabéri), tuant une dizaine d'entre eux, selon le ministère de la Défense."),
    ("2024-02-14", "NGA", ERV, AIR, 30, NGA_MIL, ISWAP,
     "Le 14 février 2024, une frappe de l'armée de l'air nigériane contre un repaire de l'ISWAP aux abords du lac Tchad, près de Kukawa (État de Borno), a tué une trentaine de combattants."),
    ("2020-01-23", "MLI", ERV, IED, 14, MLI_UAG, MLI_CVL,
     "Le 23 janvier 2020, un car de voyageurs a heurté un engin explosif improvisé entre Boni et Douentza (cercle de Douentza, région de Mopti), tuant quatorze passagers."),
    ("2021-07-03", "BFA", ERV, IED, 2, BFA_UAG, BFA_MIL15,
     "Deux soldats ont été tués le 3 juillet 2021 lorsque leur véhicule a sauté sur un engin explosif près de Tougouri (province du Namentenga, région du Centre-Nord)."),
    ("2024-04-09", "NER", ERV, IED, 6, NER_UAG, NER_MIL,
     "Le 9 avril 2024, l'explosion d'un engin explosif improvisé au passage d'une patrouille a tué six soldats nigériens près de Makalondi (département de Torodi, région de Tillabéri)."),
    ("2022-09-06", "CMR", ERV, IED, 2, CMR_UAG, CMR_MIL,
     "Le 6 septembre 2022, deux militaires camerounais ont été tués par l'explosion d'une mine artisanale près de Limani (département du Mayo-Sava, région de l'Extrême-Nord)."),
    ("2023-10-02", "MLI", ERV, SHELL, 0, JNIM, MLI_CVL,
     "Le 2 octobre 2023, des obus ont été tirés sur la ville de Tombouctou (cercle de Tombouctou, région de Tombouctou), blessant plusieurs habitants. Les tirs ont été attribués au JNIM."),
    ("2022-04-26", "NGA", ERV, SHELL, 4, ISWAP, NGA_CVL,
     "Le 26 avril 2022, des combattants de l'ISWAP ont tiré des obus de mortier sur Monguno (État de Borno), tuant quatre personnes."),
    ("2024-06-29", "NGA", ERV, SUIC, 20, JAS, NGA_CVL,
     "Le 29 juin 2024, deux kamikazes se sont fait exploser lors d'un mariage puis d'un enterrement à Gwoza (État de Borno), tuant dix-huit personnes. L'attaque a été attribuée à Boko Haram."),
    ("2023-07-11", "TCD", ERV, GREN, 2, TCD_UAG, TCD_CVL,
     "Le 11 juillet 2023, une grenade lancée par un inconnu sur un groupe de commerçants au marché de Bol (département de Mamdi, province du Lac) a tué deux personnes."),
    # ================================================================== Strategic developments (8)
    ("2024-06-20", "MLI", SD, ARREST, 0, MLI_POL, "",
     "Le 20 juin 2024, la police a interpellé onze responsables de partis politiques réunis dans une résidence privée à Bamako (district de Bamako)."),
    ("2024-11-13", "NER", SD, ARREST, 0, NER_POL, "",
     "Le 13 novembre 2024, la police nigérienne a arrêté à Niamey (région de Niamey) un journaliste accusé d'avoir diffusé de fausses informations."),
    ("2022-04-05", "BFA", SD, LOOT, 0, BFA_UAG, "",
     "Le 5 avril 2022, des hommes armés ont incendié l'école et pillé le centre de santé de Gorgadji (province du Séno, région du Sahel), sans faire de victimes."),
    ("2023-10-10", "NGA", SD, LOOT, 0, ISWAP, "",
     "Le 10 octobre 2023, des combattants de l'ISWAP ont pillé des vivres dans un entrepôt humanitaire à Dikwa (État de Borno) avant d'y mettre le feu."),
    ("2024-01-20", "NER", SD, DISR, 0, NER_MIL, "",
     "Le 20 janvier 2024, les forces de défense et de sécurité ont saisi un important lot d'armes et de munitions dans un camion à Agadez (département d'Agadez, région d'Agadez)."),
    ("2025-08-14", "BFA", SD, CHANGE, 0, BFA_GOV, "",
     "Le 14 août 2025, le gouvernement burkinabè a suspendu pour trois mois la diffusion d'une radio internationale sur l'ensemble du territoire."),
    ("2021-03-14", "MLI", SD, AGREE, 0, DOZO_MLI, JNIM,
     "Le 14 mars 2021, des chasseurs dozos et des jihadistes présumés de la katiba Macina du JNIM ont conclu un accord de cessez-le-feu à Farabougou (cercle de Niono, région de Ségou)."),
    ("2022-09-30", "BFA", SD, OTHER, 0, BFA_MIL, "",
     "Le 30 septembre 2022, des militaires ont annoncé à la télévision nationale la destitution du lieutenant-colonel Damiba à Ouagadougou (province du Kadiogo, région du Centre)."),
    # ================================================================== Protests (6)
    ("2020-06-05", "MLI", P, PEACE, 0, MLI_PRO, "",
     "Le 5 juin 2020, des milliers de manifestants ont réclamé la démission du président lors d'un rassemblement à Bamako (district de Bamako), à l'appel du M5-RFP."),
    ("2023-08-03", "NER", P, PEACE, 0, NER_PRO, "",
     "Le 3 août 2023, des milliers de personnes ont manifesté à Niamey (région de Niamey) en soutien au CNSP et contre la présence militaire française."),
    ("2021-11-18", "BFA", P, PEACE, 0, BFA_PRO, "",
     "Le 18 novembre 2021, des habitants de Kaya (province du Sanmatenga, région du Centre-Nord) ont bloqué un convoi militaire français pour protester contre sa présence."),
    ("2022-05-14", "TCD", P, PEACE, 0, TCD_PRO, "",
     "Le 14 mai 2022, plusieurs centaines de personnes ont manifesté dans le calme à N'Djamena contre la présence militaire française, à l'appel de la coalition Wakit Tama."),
    ("2020-09-22", "CMR", P, INTERV, 0, CMR_PRO, CMR_POL,
     "Le 22 septembre 2020, les forces de l'ordre ont dispersé à coups de gaz lacrymogène des partisans de l'opposition réunis à Garoua (département de la Bénoué, région du Nord)."),
    ("2022-10-20", "TCD", P, EXCESS, 50, TCD_PRO, TCD_POL,
     "Le 20 octobre 2022, les forces de sécurité ont tiré à balles réelles sur des manifestants à N'Djamena, tuant une cinquantaine de personnes."),
    # ================================================================== Riots (4)
    ("2020-07-10", "MLI", R, VIOLDEM, 4, MLI_RIOT, MLI_POL13,
     "Le 10 juillet 2020, des manifestants ont saccagé le siège de l'Assemblée nationale à Bamako (district de Bamako) et affronté les forces de l'ordre ; quatre personnes ont été tuées."),
    ("2021-11-26", "BFA", R, VIOLDEM, 0, BFA_RIOT, BFA_POL15,
     "Le 26 novembre 2021, des manifestants ont incendié des pneus et érigé des barricades à Ouahigouya (province du Yatenga, région du Nord) pour protester contre l'insécurité ; des heurts ont eu lieu avec la police."),
    ("2024-03-04", "NER", R, MOB, 1, NER_RIOT, NER_CVL,
     "Le 4 mars 2024, une foule en colère a battu à mort un homme soupçonné de vol de bétail à Maradi (département de Maradi, région de Maradi)."),
    ("2023-06-08", "CMR", R, MOB, 2, CMR_RIOT, CMR_CVL,
     "Le 8 juin 2023, des habitants de Maroua (département du Diamaré, région de l'Extrême-Nord) ont lynché deux présumés preneurs d'otages."),
]
