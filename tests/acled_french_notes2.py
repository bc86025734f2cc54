"""A second set of ACLED-style notes written in French: Sahel and Lake Chad, 2018-2025
(not a test module: read by ``tests/test_coding_french_notes2.py``).

Why: the first French notes (``tests/acled_french_notes.py``) became in-sample in session
14, when the French coder was fixed on them. These 100 notes measure French event coding
from outside again: they were written, with their labels, and committed before the
product was run on them (session 15, branch s15-frgold2, main at 19c654f).

Every note is a sentence or two written for this fixture, in French, in the two styles a
French-language reader meets: a coder's summary ("Le 12 mars 2019, des individus armés
non identifiés ont attaqué ... à [lieu] ([cercle/département/province], [région]). [bilan]")
and a press summary (toll first, "selon des sources locales", "a-t-on appris").
Places, groups and the kinds of event are public facts; the events are made up (some lean
on well-known incidents, in our own wording and with our own figures). 100
notes: Mali 25, Burkina Faso 22, Niger 20, Chad 13, Nigeria 12, Cameroon 8 (the Lake
Chad countries are new against the first set); the six event types and all 25 sub-event
types, each at least twice (Chemical weapon included: two invented uses of toxic gas).

Labels: what the ACLED Codebook (2023, event and sub-event type definitions) would code,
with the conventions of ``tests/acled_french_notes.py``:

- fatalities: every reported death, attackers included, the lowest figure of a range
  ("une dizaine" -> 10, "une quinzaine" -> 15, "une vingtaine" -> 20, "au moins 9" -> 9),
  0 when the note gives none or only wounded; a suicide bomber who "s'est fait exploser"
  counts as a death (ACLED counts attackers killed);
- an attack on civilians is Violence against civilians; on VDP, CJTF, vigilance committees
  or an escorted convoy it is an Armed clash;
- a detention by state forces is Arrests unless the detainee is taken to an unknown
  place; a kidnapping by an armed group is an Abduction;
- property looted or burnt with nobody harmed is Looting/property destruction;
- a drone or aircraft strike is an Air/drone strike whoever it kills; a mine or IED is
  Remote explosive/landmine/IED; mortar or rocket fire is Shelling/artillery/missile attack;
- a base handed over is a Non-violent transfer of territory (actor1 the one who takes
  it); a curfew, a ban or a dissolution is Change to group/activity; a coup, a
  resignation or an expulsion is Other; a seizure of weapons or a defused device is
  Disrupted weapons use;
- a lynching is Mob violence (Riots, actor1 the rioters);
- a place taken by an armed group after the army left it, with no fighting, is a
  Non-violent transfer of territory (ACLED's definition: territory acquired without a
  violent interaction), taken in a fight Non-state actor overtakes territory.

Two labels were corrected after the first run, when its misses were read (gold errors,
no product change): the FACT clash of 18 April 2021 has 305 deaths (300 rebels and 5
soldiers; it said 300), and Tin-Akoff on 15 April 2022 (taken after the detachment left)
is a Non-violent transfer of territory (it said Non-state actor overtakes territory).

Actors in ACLED's naming (regime years by the event's day: Mali "(2013-2020)", "(2020-2021)"
from 18 August 2020, "(2021-)" from 24 May 2021; Burkina Faso "(2015-2022)", "(2022-)" from 24
January 2022; Niger "(2011-2021)", "(2021-2023)" from 2 April 2021, "(2023-)" from 26 July 2023;
Chad "(1990-2021)", "(2021-)" from 20 April 2021; Nigeria "(2015-2023)", "(2023-)" from 29 May
2023; Cameroon "(1982-)"); "présumés" perpetrators are coded as the named group; ``""`` when
the note leaves a side open. ``iso3``: the event's country.

Row: ``(event_date, iso3, event_type, sub_event_type, fatalities, actor1, actor2, notes)``.
"""

from __future__ import annotations

from tests.support.acled_labels import (
    B, VAC, ERV, P, R, SD, CLASH, ATTACK, ABDUCT, SEXV, GOVREG, NSAOT, AIR, IED, SHELL, SUIC, GREN,
    CHEM, PEACE, INTERV, EXCESS, VIOLDEM, MOB, AGREE, ARREST, CHANGE, DISR, HQ, LOOT, NVT, OTHER
)

# Mali
MLI_MIL13, MLI_MIL20, MLI_MIL = "Military Forces of Mali (2013-2020)", "Military Forces of Mali (2020-2021)", "Military Forces of Mali (2021-)"
MLI_POL13, MLI_POL = "Police Forces of Mali (2013-2020)", "Police Forces of Mali (2021-)"
MLI_GOV = "Government of Mali (2021-)"
MLI_CVL, MLI_PRO, MLI_RIOT, MLI_UAG = "Civilians (Mali)", "Protesters (Mali)", "Rioters (Mali)", "Unidentified Armed Group (Mali)"
JNIM, ISS, ISGS = "JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)", "Islamic State (West Africa) - Greater Sahara Faction"
WAGNER, AFRICA_CORPS = "Wagner Group", "Africa Corps"
FLA, CMA = "FLA: Azawad Liberation Front", "CMA: Coordination of Azawad Movements"
DNA, DOZO_MLI = "Dan Na Ambassagou", "Dozo Communal Militia (Mali)"
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"
FRA_MIL = "Military Forces of France (2017-)"
# Burkina Faso
BFA_MIL15, BFA_MIL = "Military Forces of Burkina Faso (2015-2022)", "Military Forces of Burkina Faso (2022-)"
BFA_GOV, BFA_POL15, BFA_POL = "Government of Burkina Faso (2022-)", "Police Forces of Burkina Faso (2015-2022)", "Police Forces of Burkina Faso (2022-)"
BFA_CVL, BFA_PRO, BFA_RIOT, BFA_UAG = ("Civilians (Burkina Faso)", "Protesters (Burkina Faso)", "Rioters (Burkina Faso)",
                                       "Unidentified Armed Group (Burkina Faso)")
VDP = "VDP: Volunteers for the Defense of the Homeland"
# Niger
NER_MIL11, NER_MIL21, NER_MIL = ("Military Forces of Niger (2011-2021)", "Military Forces of Niger (2021-2023)",
                                 "Military Forces of Niger (2023-)")
NER_GOV, NER_POL11, NER_POL21, NER_POL = ("Government of Niger (2023-)", "Police Forces of Niger (2011-2021)",
                                          "Police Forces of Niger (2021-2023)", "Police Forces of Niger (2023-)")
NER_CVL, NER_PRO, NER_RIOT, NER_UAG = "Civilians (Niger)", "Protesters (Niger)", "Rioters (Niger)", "Unidentified Armed Group (Niger)"
USA_MIL = "Military Forces of the United States (2021-)"
# Lake Chad
ISWAP, JAS = "Islamic State (West Africa)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
TCD_MIL90, TCD_MIL, TCD_POL = "Military Forces of Chad (1990-2021)", "Military Forces of Chad (2021-)", "Police Forces of Chad (2021-)"
TCD_GOV = "Government of Chad (2021-)"
TCD_CVL, TCD_PRO, TCD_RIOT, TCD_UAG = "Civilians (Chad)", "Protesters (Chad)", "Rioters (Chad)", "Unidentified Armed Group (Chad)"
FACT = "FACT: Front for Change and Concord in Chad"
NGA_MIL15, NGA_MIL, NGA_POL = "Military Forces of Nigeria (2015-2023)", "Military Forces of Nigeria (2023-)", "Police Forces of Nigeria (2023-)"
NGA_CVL, NGA_PRO, NGA_RIOT = "Civilians (Nigeria)", "Protesters (Nigeria)", "Rioters (Nigeria)"
CJTF = "CJTF: Civilian Joint Task Force"
CMR_MIL, CMR_CVL, CMR_RIOT = "Military Forces of Cameroon (1982-)", "Civilians (Cameroon)", "Rioters (Cameroon)"
CMR_VIG = "Vigilance Committee (Cameroon)"

NOTES: list[tuple[str, str, str, str, int, str, str, str]] = [
    # ================================================================== Mali (25)
    ("2019-03-12", "MLI", B, CLASH, 7, MLI_UAG, MLI_MIL13,
     "Le 12 mars 2019, des individus armés non identifiés ont attaqué un poste de l'armée malienne à Dioura (cercle de Ténenkou, région de Mopti). Sept militaires ont péri dans les combats."),
    ("2021-10-06", "MLI", B, CLASH, 4, DNA, JNIM,
     "Le 6 octobre 2021, des miliciens dogons de Dan Na Ambassagou et des jihadistes du JNIM se sont affrontés près de Madougou (cercle de Koro, région de Mopti). Quatre miliciens ont été tués."),
    ("2024-09-02", "MLI", B, CLASH, 12, JNIM, MLI_MIL,
     "Au moins 12 soldats maliens ont été tués le 2 septembre 2024 lorsque des jihadistes du JNIM ont tendu une embuscade à leur convoi entre Gossi et Hombori (cercle de Gourma-Rharous, région de Tombouctou), selon des sources sécuritaires."),
    ("2023-10-01", "MLI", B, GOVREG, 0, MLI_MIL, CMA,
     "Le 1er octobre 2023, l'armée malienne, appuyée par le groupe Wagner, a repris le contrôle de la localité de Ber (cercle de Tombouctou, région de Tombouctou), abandonnée la veille par les combattants de la CMA après des échanges de tirs."),
    ("2022-08-07", "MLI", B, NSAOT, 17, ISGS, MLI_MIL,
     "Le 7 août 2022, des combattants de l'État islamique au Grand Sahara se sont emparés du poste militaire de Tessit (cercle d'Ansongo, région de Gao) après de violents combats. 17 militaires ont été tués."),
    ("2025-07-01", "MLI", ERV, AIR, 6, MLI_MIL, JNIM,
     "Le 1er juillet 2025, un drone de l'armée malienne a frappé un véhicule transportant des combattants du JNIM près de Niono (cercle de Niono, région de Ségou), tuant six occupants."),
    ("2018-11-16", "MLI", ERV, SUIC, 3, ISGS, MINUSMA,
     "Le 16 novembre 2018, un kamikaze au volant d'un véhicule piégé s'est fait exploser à l'entrée du camp de la MINUSMA à Ménaka (cercle de Ménaka, région de Gao). Deux casques bleus et l'assaillant ont été tués."),
    ("2019-09-19", "MLI", ERV, SHELL, 0, JNIM, MINUSMA,
     "Le 19 septembre 2019, des roquettes ont été tirées sur le camp de la MINUSMA à Aguelhok (cercle de Tessalit, région de Kidal) dans une attaque revendiquée par le JNIM. Aucune victime n'a été signalée."),
    ("2023-04-10", "MLI", ERV, IED, 2, MLI_UAG, MLI_CVL,
     "Le 10 avril 2023, une charrette a sauté sur une mine artisanale près de Boni (cercle de Douentza, région de Mopti), tuant deux civils."),
    ("2024-12-18", "MLI", ERV, IED, 4, JNIM, MLI_MIL,
     "Le 18 décembre 2024, un engin explosif improvisé posé par des éléments présumés du JNIM a explosé au passage d'un véhicule militaire près de Sévaré (cercle de Mopti, région de Mopti), tuant quatre soldats."),
    ("2020-01-25", "MLI", VAC, ATTACK, 14, MLI_UAG, MLI_CVL,
     "Le 25 janvier 2020, des hommes armés non identifiés ont tué 14 villageois et incendié des cases dans le village de Sinda (cercle de Douentza, région de Mopti)."),
    ("2024-02-11", "MLI", VAC, ATTACK, 9, WAGNER, MLI_CVL,
     "Des éléments du groupe Wagner ont exécuté neuf bergers le 11 février 2024 près de Nampala (cercle de Niono, région de Ségou), a-t-on appris de sources locales."),
    ("2025-05-14", "MLI", VAC, ABDUCT, 0, JNIM, MLI_CVL,
     "Le 14 mai 2025, des combattants du JNIM ont enlevé trois conseillers municipaux sur la route de Diafarabé (cercle de Ténenkou, région de Mopti)."),
    ("2022-11-29", "MLI", VAC, SEXV, 0, MLI_UAG, MLI_CVL,
     "Le 29 novembre 2022, des individus armés ont violé deux adolescentes dans un hameau près de Ménaka (cercle de Ménaka, région de Ménaka)."),
    ("2020-08-18", "MLI", SD, OTHER, 0, MLI_MIL20, "Government of Mali (2013-2020)",
     "Le 18 août 2020, des militaires mutins ont arrêté le président Ibrahim Boubacar Keïta et son Premier ministre à Bamako, contraignant le chef de l'État à démissionner."),
    ("2020-06-19", "MLI", P, PEACE, 0, MLI_PRO, "",
     "Le 19 juin 2020, des milliers de partisans du M5-RFP ont manifesté pacifiquement place de l'Indépendance à Bamako pour réclamer la démission du président."),
    ("2020-07-10", "MLI", P, EXCESS, 4, MLI_POL13, MLI_PRO,
     "Le 10 juillet 2020, les forces de sécurité ont ouvert le feu sur des manifestants qui occupaient les abords de l'Assemblée nationale à Bamako, tuant quatre personnes."),
    ("2023-06-02", "MLI", R, MOB, 1, MLI_RIOT, MLI_CVL,
     "Le 2 juin 2023, une foule en colère a battu à mort un homme accusé de vol de bétail au marché de Konna (cercle de Mopti, région de Mopti)."),
    ("2022-05-16", "MLI", SD, ARREST, 0, MLI_GOV, "",
     "Le 16 mai 2022, les autorités de transition ont annoncé l'arrestation à Bamako de plusieurs officiers soupçonnés d'avoir préparé une tentative de coup d'État."),
    ("2024-11-20", "MLI", SD, CHANGE, 0, MLI_GOV, "",
     "Le 20 novembre 2024, le gouverneur de la région de Tombouctou a interdit la circulation des motos et des pick-up entre 18 heures et 6 heures à Tombouctou (cercle de Tombouctou, région de Tombouctou)."),
    ("2023-08-15", "MLI", SD, NVT, 0, MLI_MIL, MINUSMA,
     "Le 15 août 2023, la MINUSMA a remis son camp de Ber (cercle de Tombouctou, région de Tombouctou) aux forces armées maliennes dans le cadre de son retrait."),
    ("2024-01-26", "MLI", SD, LOOT, 0, JNIM, "",
     "Le 26 janvier 2024, des jihadistes présumés du JNIM ont emporté une centaine de têtes de bétail et brûlé des greniers à Dinangourou (cercle de Koro, région de Bandiagara), sans faire de victimes."),
    ("2025-03-04", "MLI", SD, DISR, 0, MLI_MIL, "",
     "Le 4 mars 2025, les FAMa ont découvert et détruit un engin explosif improvisé sur l'axe Mopti-Djenné (région de Mopti), selon l'armée."),
    ("2019-02-21", "MLI", SD, HQ, 0, FRA_MIL, "",
     "Le 21 février 2019, la force Barkhane a installé une nouvelle base temporaire à Gossi (cercle de Gourma-Rharous, région de Tombouctou)."),
    ("2024-08-05", "MLI", ERV, CHEM, 0, JNIM, MLI_MIL,
     "Le 5 août 2024, des combattants présumés du JNIM auraient utilisé des bonbonnes de gaz toxique contre une position des FAMa près de Nara (cercle de Nara, région de Koulikoro), provoquant des malaises chez plusieurs soldats."),
    # ================================================================== Burkina Faso (22)
    ("2019-08-19", "BFA", B, CLASH, 24, BFA_UAG, BFA_MIL15,
     "Le 19 août 2019, des assaillants ont attaqué le détachement militaire de Koutougou (province du Soum, région du Sahel). Vingt-quatre soldats ont été tués."),
    ("2023-04-20", "BFA", B, CLASH, 6, JNIM, VDP,
     "Le 20 avril 2023, des combattants du JNIM ont affronté des VDP près de Titao (province du Loroum, région du Nord). Six VDP ont été tués."),
    ("2024-06-11", "BFA", B, CLASH, 20, JNIM, BFA_MIL,
     "Une vingtaine de soldats burkinabè ont été tués le 11 juin 2024 dans l'attaque de leur base de Mansila (province du Yagha, région du Sahel) par des combattants du JNIM, selon des sources locales."),
    ("2025-01-30", "BFA", B, CLASH, 15, BFA_MIL, JNIM,
     "Le 30 janvier 2025, l'armée burkinabè a repoussé une attaque de combattants du JNIM contre le détachement de Diapaga (province de la Tapoa, région de l'Est), tuant une quinzaine d'assaillants."),
    ("2023-02-20", "BFA", B, GOVREG, 0, BFA_MIL, ISS,
     "Le 20 février 2023, les forces armées burkinabè ont annoncé avoir repris Déou (province de l'Oudalan, région du Sahel), où l'État islamique avait chassé l'administration."),
    ("2022-04-15", "BFA", SD, NVT, 0, JNIM, BFA_MIL,
     "Le 15 avril 2022, des combattants du JNIM ont pris le contrôle de la commune de Tin-Akoff (province de l'Oudalan, région du Sahel) après le départ du détachement militaire."),
    ("2024-03-26", "BFA", ERV, AIR, 12, BFA_MIL, JNIM,
     "Le 26 mars 2024, des frappes aériennes de l'armée burkinabè ont visé un campement de combattants du JNIM près de Djibo (province du Soum, région du Sahel). Au moins 12 combattants ont été tués."),
    ("2021-08-29", "BFA", ERV, IED, 3, BFA_UAG, BFA_MIL15,
     "Le 29 août 2021, un véhicule de l'armée a heurté un engin explosif près de Gorom-Gorom (province de l'Oudalan, région du Sahel), tuant trois soldats."),
    ("2023-11-02", "BFA", ERV, GREN, 0, BFA_UAG, BFA_CVL,
     "Le 2 novembre 2023, un inconnu a lancé une grenade dans un maquis de Dori (province du Séno, région du Sahel), blessant cinq clients."),
    ("2021-06-05", "BFA", VAC, ATTACK, 132, JNIM, BFA_CVL,
     "Dans la nuit du 4 au 5 juin 2021, des hommes armés ont massacré au moins 132 habitants de Solhan (province du Yagha, région du Sahel) et incendié le marché."),
    ("2022-09-05", "BFA", VAC, ATTACK, 35, BFA_UAG, BFA_CVL,
     "Le 5 septembre 2022, un convoi de ravitaillement civil a sauté sur un engin explosif puis a été mitraillé entre Djibo et Bourzanga (région du Centre-Nord). 35 civils ont été tués."),
    ("2024-05-09", "BFA", VAC, ABDUCT, 0, BFA_MIL, BFA_CVL,
     "Le 9 mai 2024, des militaires ont emmené vers une destination inconnue un militant de la société civile interpellé à son domicile à Ouagadougou (province du Kadiogo, région du Centre)."),
    ("2019-01-10", "BFA", VAC, ABDUCT, 0, BFA_UAG, BFA_CVL,
     "Le 10 janvier 2019, des hommes armés ont enlevé un instituteur devant son école à Sebba (province du Yagha, région du Sahel)."),
    ("2023-01-12", "BFA", VAC, SEXV, 0, JNIM, BFA_CVL,
     "Le 12 janvier 2023, des combattants présumés du JNIM ont enlevé puis violé plusieurs femmes parties chercher des feuilles près d'Arbinda (province du Soum, région du Sahel)."),
    ("2022-01-22", "BFA", R, VIOLDEM, 0, BFA_RIOT, "",
     "Le 22 janvier 2022, des manifestants ont incendié le siège du parti au pouvoir à Ouagadougou après l'interdiction d'une marche contre l'insécurité."),
    ("2021-11-27", "BFA", P, INTERV, 0, BFA_PRO, BFA_POL15,
     "Le 27 novembre 2021, la police a dispersé à coups de gaz lacrymogène des manifestants qui réclamaient la démission du président à Ouagadougou."),
    ("2022-11-18", "BFA", P, PEACE, 0, BFA_PRO, "",
     "Le 18 novembre 2022, plusieurs centaines de personnes ont marché à Bobo-Dioulasso (province du Houet, région des Hauts-Bassins) pour soutenir les autorités de la transition."),
    ("2023-09-27", "BFA", SD, ARREST, 0, BFA_GOV, "",
     "Le 27 septembre 2023, le gouvernement a annoncé l'arrestation à Ouagadougou de plusieurs officiers accusés de tentative de déstabilisation."),
    ("2024-04-25", "BFA", SD, CHANGE, 0, BFA_GOV, "",
     "Le 25 avril 2024, le Conseil supérieur de la communication a suspendu pour deux semaines la diffusion de plusieurs radios étrangères au Burkina Faso."),
    ("2023-02-19", "BFA", SD, NVT, 0, BFA_MIL, FRA_MIL,
     "Le 19 février 2023, le camp de Kamboinsin (province du Kadiogo, région du Centre), où stationnaient les forces spéciales françaises, a été officiellement remis à l'armée burkinabè."),
    ("2022-10-02", "BFA", SD, OTHER, 0, BFA_MIL, "",
     "Le 2 octobre 2022, le lieutenant-colonel Paul-Henri Sandaogo Damiba a accepté de démissionner à Ouagadougou, deux jours après sa destitution par des officiers."),
    ("2025-04-17", "BFA", SD, LOOT, 0, BFA_UAG, "",
     "Le 17 avril 2025, des individus armés ont pillé un centre de santé et emporté des médicaments à Pama (province de la Kompienga, région de l'Est), sans faire de victimes."),
    # ================================================================== Niger (20)
    ("2019-12-10", "NER", B, CLASH, 85, ISGS, NER_MIL11,
     "Le 10 décembre 2019, des combattants de l'État islamique au Grand Sahara ont attaqué le camp militaire d'Inates (département d'Ayorou, région de Tillabéri). 71 soldats et 14 assaillants ont été tués."),
    ("2023-08-15", "NER", B, CLASH, 17, JNIM, NER_MIL,
     "Dix-sept militaires nigériens ont été tués le 15 août 2023 dans une embuscade tendue par des jihadistes du JNIM près de Koutougou (département de Torodi, région de Tillabéri)."),
    ("2024-10-09", "NER", B, CLASH, 9, ISS, NER_MIL,
     "Le 9 octobre 2024, des soldats nigériens ont accroché des combattants de l'État islamique au Sahel près de Banibangou (département de Banibangou, région de Tillabéri), faisant au moins 9 morts."),
    ("2020-01-09", "NER", B, NSAOT, 89, ISGS, NER_MIL11,
     "Le 9 janvier 2020, des combattants de l'EIGS ont pris temporairement le camp de Chinagodrar (département de Banibangou, région de Tillabéri) après de violents combats. 89 soldats ont été tués."),
    ("2021-07-08", "NER", ERV, AIR, 30, NER_MIL21, ISGS,
     "Le 8 juillet 2021, l'aviation nigérienne a bombardé des positions de l'EIGS près de Tillia (département de Tillia, région de Tahoua), tuant une trentaine de combattants selon le ministère de la Défense."),
    ("2024-07-20", "NER", ERV, SHELL, 1, ISS, NER_MIL,
     "Le 20 juillet 2024, des obus de mortier ont été tirés sur la garnison de Téra (département de Téra, région de Tillabéri) par des combattants de l'État islamique au Sahel. Un soldat a été tué."),
    ("2020-03-06", "NER", ERV, IED, 5, NER_UAG, NER_CVL,
     "Le 6 mars 2020, un minibus a sauté sur une mine entre Ouallam et Tondikiwindi (région de Tillabéri), tuant cinq passagers."),
    ("2022-12-03", "NER", ERV, SUIC, 1, JAS, NER_MIL21,
     "Le 3 décembre 2022, un kamikaze de Boko Haram s'est fait exploser à un poste de contrôle de l'armée à Bosso (département de Bosso, région de Diffa). Seul l'assaillant a été tué."),
    ("2021-03-21", "NER", VAC, ATTACK, 141, ISGS, NER_CVL,
     "Le 21 mars 2021, des hommes armés à moto ont tué 141 habitants de plusieurs villages de la commune de Tillia (région de Tahoua)."),
    ("2025-03-21", "NER", VAC, ATTACK, 44, ISS, NER_CVL,
     "Au moins 44 fidèles ont été tués le 21 mars 2025 lors de l'attaque d'une mosquée à Fambita (département de Kokorou, région de Tillabéri) par l'État islamique au Sahel, selon le gouvernement."),
    ("2024-06-25", "NER", VAC, ABDUCT, 0, NER_UAG, NER_CVL,
     "Le 25 juin 2024, des bandits armés ont enlevé une dizaine d'habitants dans le village de Dan Issa (département de Madarounfa, région de Maradi) et exigé une rançon."),
    ("2022-04-14", "NER", VAC, SEXV, 0, NER_UAG, NER_CVL,
     "Le 14 avril 2022, des hommes armés ont violé des femmes déplacées dans un site d'accueil près de Diffa (département de Diffa, région de Diffa), selon une ONG."),
    ("2023-07-30", "NER", P, PEACE, 0, NER_PRO, "",
     "Le 30 juillet 2023, des milliers de personnes ont manifesté à Niamey pour soutenir les militaires du CNSP et dénoncer les sanctions de la CEDEAO."),
    ("2018-03-25", "NER", P, INTERV, 0, NER_PRO, NER_POL11,
     "Le 25 mars 2018, la police a interpellé des dizaines de manifestants qui protestaient contre la loi de finances à Niamey."),
    ("2020-02-28", "NER", R, VIOLDEM, 0, NER_RIOT, "",
     "Le 28 février 2020, des élèves en colère ont saccagé les bureaux de l'inspection régionale de l'éducation à Zinder (région de Zinder) pour protester contre la suppression d'un examen."),
    ("2022-09-12", "NER", R, MOB, 1, NER_RIOT, NER_CVL,
     "Le 12 septembre 2022, des habitants de Maradi (région de Maradi) ont lynché un homme soupçonné d'enlèvement d'enfant."),
    ("2024-08-19", "NER", SD, HQ, 0, "Military Forces of Russia (2000-)", "",
     "Le 19 août 2024, des instructeurs militaires russes ont installé leur base à l'aéroport de Niamey, occupé auparavant par les soldats américains."),
    ("2024-08-05", "NER", SD, NVT, 0, NER_MIL, USA_MIL,
     "Le 5 août 2024, les forces américaines ont remis la base aérienne 201 d'Agadez (région d'Agadez) aux forces armées nigériennes."),
    ("2024-03-14", "NER", SD, DISR, 0, NER_MIL, "",
     "Le 14 mars 2024, des militaires nigériens ont saisi un camion transportant des armes et des munitions près d'Ayorou (département d'Ayorou, région de Tillabéri)."),
    ("2025-01-22", "NER", SD, AGREE, 0, "", "",
     "Le 22 janvier 2025, des éleveurs peuls et des agriculteurs haoussas ont conclu un accord de paix sur le partage des pâturages à Dakoro (région de Maradi), sous l'égide du préfet."),
    # ================================================================== Chad (13)
    ("2021-04-18", "TCD", B, CLASH, 305, TCD_MIL90, FACT,
     "Le 18 avril 2021, l'armée tchadienne a affronté les rebelles du FACT dans la région du Kanem, près de Nokou. L'armée a fait état de 300 rebelles et 5 soldats tués."),
    ("2024-10-27", "TCD", B, CLASH, 40, JAS, TCD_MIL,
     "Dans la nuit du 27 octobre 2024, des combattants de Boko Haram ont attaqué une base militaire à Barkaram, sur une île du lac Tchad (province du Lac). Une quarantaine de soldats ont été tués."),
    ("2025-01-08", "TCD", B, CLASH, 19, TCD_UAG, TCD_MIL,
     "Le 8 janvier 2025, un commando armé a attaqué la présidence à N'Djamena avant d'être neutralisé par la garde. 18 assaillants et un soldat ont été tués, selon le gouvernement."),
    ("2020-04-03", "TCD", B, GOVREG, 0, TCD_MIL90, JAS,
     "Le 3 avril 2020, l'armée tchadienne a chassé les combattants de Boko Haram de plusieurs îles du lac Tchad lors d'une vaste opération dans la province du Lac."),
    ("2022-06-14", "TCD", ERV, AIR, 0, TCD_MIL, "",
     "Le 14 juin 2022, l'aviation tchadienne a bombardé des positions rebelles présumées dans la région du Tibesti, près de la frontière libyenne. Le bilan n'est pas connu."),
    ("2018-03-22", "TCD", ERV, SUIC, 4, JAS, TCD_CVL,
     "Le 22 mars 2018, une femme kamikaze s'est fait exploser dans un marché de Kaiga Kindjiria (province du Lac), tuant trois civils."),
    ("2023-11-17", "TCD", VAC, ATTACK, 5, JAS, TCD_CVL,
     "Le 17 novembre 2023, des combattants de Boko Haram ont tué cinq pêcheurs sur les rives du lac Tchad près de Ngouboua (province du Lac)."),
    ("2022-10-20", "TCD", P, EXCESS, 50, TCD_POL, TCD_PRO,
     "Le 20 octobre 2022, les forces de sécurité ont tiré à balles réelles sur des manifestants opposés à la prolongation de la transition à N'Djamena, faisant une cinquantaine de morts."),
    ("2024-02-28", "TCD", SD, ARREST, 0, TCD_MIL, "",
     "Le 28 février 2024, les forces de sécurité ont arrêté plusieurs dirigeants du Parti socialiste sans frontières lors de l'assaut contre leur siège à N'Djamena."),
    ("2021-04-20", "TCD", SD, OTHER, 0, TCD_MIL, "",
     "Le 20 avril 2021, un conseil militaire de transition dirigé par Mahamat Idriss Déby a pris le pouvoir à N'Djamena après l'annonce de la mort du président Idriss Déby."),
    ("2022-08-08", "TCD", SD, AGREE, 0, TCD_GOV, "",
     "Le 8 août 2022, le gouvernement de transition et une quarantaine de groupes rebelles ont signé un accord de paix à Doha, ouvrant la voie au dialogue national tchadien."),
    ("2023-05-04", "TCD", R, VIOLDEM, 0, TCD_RIOT, "",
     "Le 4 mai 2023, des jeunes ont brûlé des pneus et saccagé un commissariat à Abéché (province du Ouaddaï) après la mort d'un détenu en garde à vue."),
    ("2025-09-15", "TCD", ERV, CHEM, 0, JAS, TCD_MIL,
     "Le 15 septembre 2025, des combattants de Boko Haram auraient lancé des engins remplis de produits chimiques toxiques sur une position de l'armée tchadienne près de Bol (province du Lac), provoquant des difficultés respiratoires chez des soldats."),
    # ================================================================== Nigeria (12)
    ("2019-06-16", "NGA", ERV, SUIC, 33, JAS, NGA_CVL,
     "Le 16 juin 2019, trois kamikazes se sont fait exploser près d'un lieu où des supporters regardaient un match de football à Konduga (État de Borno), tuant au moins 30 personnes."),
    ("2020-11-28", "NGA", VAC, ATTACK, 43, JAS, NGA_CVL,
     "Le 28 novembre 2020, des combattants de Boko Haram ont tué au moins 43 ouvriers agricoles dans des rizières de Zabarmari (État de Borno)."),
    ("2023-06-24", "NGA", B, CLASH, 11, ISWAP, CJTF,
     "Le 24 juin 2023, des combattants de l'ISWAP ont affronté des membres de la CJTF près de Gwoza (État de Borno). Onze miliciens ont été tués."),
    ("2025-04-09", "NGA", B, NSAOT, 0, ISWAP, NGA_MIL,
     "Le 9 avril 2025, des combattants de l'État islamique en Afrique de l'Ouest (ISWAP) ont pris une base militaire à Wajiroko (État de Borno) avant de l'incendier."),
    ("2021-09-01", "NGA", ERV, AIR, 0, NGA_MIL15, ISWAP,
     "Le 1er septembre 2021, l'armée de l'air nigériane a bombardé des campements de l'ISWAP sur les îles du lac Tchad (État de Borno)."),
    ("2024-06-29", "NGA", ERV, SUIC, 32, JAS, NGA_CVL,
     "Au moins 32 personnes ont été tuées le 29 juin 2024 par des femmes kamikazes lors d'une cérémonie de mariage et dans un hôpital à Gwoza (État de Borno)."),
    ("2022-03-10", "NGA", ERV, SHELL, 3, ISWAP, NGA_CVL,
     "Le 10 mars 2022, des roquettes tirées par l'ISWAP se sont abattues sur un quartier de Maiduguri (État de Borno), tuant trois habitants."),
    ("2024-09-15", "NGA", VAC, ABDUCT, 0, JAS, NGA_CVL,
     "Le 15 septembre 2024, des combattants de Boko Haram ont enlevé une vingtaine de bûcherons près de Damboa (État de Borno)."),
    ("2024-08-01", "NGA", P, INTERV, 0, NGA_PRO, NGA_POL,
     "Le 1er août 2024, la police a dispersé au gaz lacrymogène des manifestants qui protestaient contre la vie chère à Maiduguri (État de Borno)."),
    ("2020-10-21", "NGA", R, MOB, 2, NGA_RIOT, NGA_CVL,
     "Le 21 octobre 2020, une foule a lynché deux hommes accusés de vol à Potiskum (État de Yobe)."),
    ("2023-03-03", "NGA", SD, DISR, 0, NGA_MIL, "",
     "Le 3 mars 2023, des soldats nigérians ont désamorcé plusieurs engins explosifs improvisés posés sur la route Maiduguri-Damboa (État de Borno)."),
    ("2025-02-13", "NGA", SD, HQ, 0, ISWAP, "",
     "Le 13 février 2025, des combattants de l'ISWAP ont établi un nouveau camp dans la forêt de Sambisa (État de Borno), selon des sources sécuritaires."),
    # ================================================================== Cameroon (8)
    ("2018-09-04", "CMR", B, CLASH, 6, CMR_VIG, JAS,
     "Le 4 septembre 2018, des membres d'un comité de vigilance ont repoussé une incursion de Boko Haram à Mozogo (département du Mayo-Tsanaga, région de l'Extrême-Nord). Six assaillants ont été tués."),
    ("2021-01-08", "CMR", ERV, SUIC, 14, JAS, CMR_CVL,
     "Le 8 janvier 2021, une adolescente kamikaze s'est fait exploser dans le village de Mozogo (département du Mayo-Tsanaga, région de l'Extrême-Nord), tuant 13 civils."),
    ("2020-08-02", "CMR", ERV, GREN, 17, JAS, CMR_CVL,
     "Le 2 août 2020, une grenade lancée dans un camp de déplacés à Nguetechewe (département du Mayo-Tsanaga, région de l'Extrême-Nord) a tué 17 personnes. L'attaque a été attribuée à Boko Haram."),
    ("2023-10-12", "CMR", VAC, ATTACK, 4, JAS, CMR_CVL,
     "Le 12 octobre 2023, des combattants de Boko Haram ont égorgé quatre habitants de Kolofata (département du Mayo-Sava, région de l'Extrême-Nord)."),
    ("2024-04-21", "CMR", VAC, ABDUCT, 0, JAS, CMR_CVL,
     "Le 21 avril 2024, des assaillants présumés de Boko Haram ont enlevé sept personnes, dont trois enfants, à Amchidé (département du Mayo-Sava, région de l'Extrême-Nord)."),
    ("2022-07-11", "CMR", SD, LOOT, 0, JAS, "",
     "Le 11 juillet 2022, des combattants de Boko Haram ont pillé des boutiques et emporté du bétail à Tourou (département du Mayo-Tsanaga, région de l'Extrême-Nord), sans faire de victimes."),
    ("2025-06-18", "CMR", SD, CHANGE, 0, "Government of Cameroon (1982-)", "",
     "Le 18 juin 2025, le préfet du Mayo-Sava a interdit la circulation des motos de 18 heures à 6 heures dans tout le département (région de l'Extrême-Nord)."),
    ("2019-05-20", "CMR", P, PEACE, 0, "Protesters (Cameroon)", "",
     "Le 20 mai 2019, des habitants de Mora (département du Mayo-Sava, région de l'Extrême-Nord) ont marché pacifiquement pour réclamer davantage de protection contre Boko Haram."),
]
