"""ACLED-style notes of the later Sahel years, Mali, Burkina Faso and Niger 2020-2025
(not a test module: read by ``tests/test_coding_sahel_later_notes.py``).

Why: the rules were grown on ACLED's Mali 2017-2019 notes; the held-back sets include
later years of the same conflict, whose actors and kinds of event changed (the juntas of
Mali 2020/2021, Burkina Faso 2022 and Niger 2023; Wagner Group, then Russia's Africa
Corps, fighting beside the Malian army; VDP volunteers; JNIM against the Islamic State
Sahel Province; the FLA/CSP-PSD northern coalition after 2023; Bayraktar TB2 drones; the
JNIM fuel blockade of 2025; sieges of Djibo, Léré and Boni; MINUSMA's withdrawal in 2023;
the Kidal takeover, the Tinzaouaten battle, the mass killings of Moura, Barsalogho and
Solenzo). Every note is a sentence written for this fixture in the style of ACLED's
``notes`` column (long notes with two acts, "Property destruction:" prefixes,
"[size=...]" crowd tags, "coded as X at geoprecision 2", "around" a week, reported-by
sources, ranges of tolls, passive voice); places, groups and the kinds of event are
public facts, the events themselves are made up. 283 notes were written, with their
labels, before the product was run on them; 200 were kept (Mali 97, Burkina Faso 56,
Niger 47), spread evenly over each sub-event type's notes in the order written, at
least 3 per sub-event type; the dropped ones were never run.

Labels: what the ACLED Codebook (2023, event and sub-event type definitions) would code:

- event type, sub-event type; fatalities: every reported death, attackers included, the
  lowest figure of a range, 0 when the note gives none;
- **Attack vs Armed clash**: an attack on civilians is Violence against civilians; VDP
  volunteers and Dozo/Dan Na Ambassagou hunters are armed and organised, so an attack on
  them is an Armed clash even if they lose ("civilians who are armed ... are coded as
  combatants");
- **Abduction vs Arrests**: a detention by state forces (police, gendarmes, soldiers)
  that is an arrest is Arrests (Strategic developments); a kidnapping by an armed group,
  or state forces taking someone to an unknown place, is Abduction/forced disappearance;
- **Looting vs Attack**: looting or burning of property with nobody harmed is
  Looting/property destruction; if people are killed or wounded in the raid, the event is
  an Attack (the property destruction is folded into it);
- **Air/drone strike**: a drone or aircraft strike is Explosions/Remote violence whoever
  it kills, civilians included (remote violence takes precedence over Violence against
  civilians);
- **Non-violent transfer vs Government regains territory**: a camp or town handed over
  or left with no fighting (MINUSMA bases handed to the army) is a Non-violent transfer of
  territory; the army retaking a town by fighting is Government regains territory, an
  armed group taking it by fighting Non-state actor overtakes territory;
- Change to group/activity (a group changes its structure or conduct: a blockade
  declared, a group dissolved, a curfew or a ban imposed), Agreement, Headquarters or
  base established, Disrupted weapons use (an IED defused, a cache seized, a drone shot
  down), Other (expulsions of diplomats and missions, significant political acts not
  elsewhere).

Actors in ACLED's naming, checked against the actor columns of the shared 2017-2019 CSV
where the actor occurs there ("JNIM: Group for Support of Islam and Muslims", "Dan Na
Ambassagou", "Dozo Communal Militia (Mali)", "Civilians (Mali)", "Military Forces of
France (2017-)"); regime years as ACLED writes them ("Military Forces of Mali
(2013-2020)", "(2020-2021)" from the August 2020 coup, "(2021-)" from May 2021; Burkina
Faso "(2015-2022)" then "(2022-)"; Niger "(2011-2021)", "(2021-2023)", "(2023-)"; the
evaluation drops the years when matching). Names of post-2019 actors the CSV does not
hold, written by ACLED's pattern and **not checked against ACLED's data**: "Wagner Group",
"Africa Corps", "Islamic State (Sahel)" (ACLED's name of the former Greater Sahara faction
since 2022), "FLA: Azawad Liberation Front", "CSP-PSD: Permanent Strategic Framework for
Peace, Security and Development", "VDP: Volunteers for the Defense of the Homeland",
"MINUSMA: ... in Mali (2013-2023)", "ECOWAS: Economic Community of West African States",
"CNSP: National Council for the Safeguard of the Homeland". ``""`` when the note leaves
a side open. ``iso3``: the event's country.

Row: ``(event_date, iso3, event_type, sub_event_type, fatalities, actor1, actor2, notes)``.
"""

from __future__ import annotations

from tests.support.acled_labels import (
    B, VAC, ERV, P, R, SD, CLASH, ATTACK, ABDUCT, SEXV, GOVREG, NSAOT, AIR, IED, SHELL, SUIC, GREN,
    CHEM, PEACE, INTERV, EXCESS, VIOLDEM, MOB, AGREE, ARREST, CHANGE, DISR, HQ, LOOT, NVT, OTHER
)

# Mali (regime years by the event's day)
MLI_MIL20, MLI_MIL = "Military Forces of Mali (2020-2021)", "Military Forces of Mali (2021-)"
MLI_MIL13 = "Military Forces of Mali (2013-2020)"
MLI_GOV20, MLI_GOV = "Government of Mali (2020-2021)", "Government of Mali (2021-)"
MLI_POL, MLI_GEND = "Police Forces of Mali (2021-)", "Police Forces of Mali (2021-) Gendarmerie"
MLI_CVL, MLI_PRO, MLI_RIOT = "Civilians (Mali)", "Protesters (Mali)", "Rioters (Mali)"
MLI_UAG = "Unidentified Armed Group (Mali)"
JNIM, ISS, ISGS = "JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)", "Islamic State (West Africa) - Greater Sahara Faction"
WAGNER, AFC = "Wagner Group", "Africa Corps"
FLA, CSP, CMA = ("FLA: Azawad Liberation Front", "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development",
                 "CMA: Coordination of Movements of the Azawad")
DNA, DOZO_MLI, GATIA = "Dan Na Ambassagou", "Dozo Communal Militia (Mali)", "GATIA: Imghad Tuareg and Allies Self-Defense Group"
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"
FRA_MIL = "Military Forces of France (2017-)"
ECOWAS = "ECOWAS: Economic Community of West African States"
# Burkina Faso
BFA_MIL15, BFA_MIL = "Military Forces of Burkina Faso (2015-2022)", "Military Forces of Burkina Faso (2022-)"
BFA_GOV, BFA_POL = "Government of Burkina Faso (2022-)", "Police Forces of Burkina Faso (2022-)"
BFA_CVL, BFA_PRO, BFA_RIOT = "Civilians (Burkina Faso)", "Protesters (Burkina Faso)", "Rioters (Burkina Faso)"
BFA_UAG = "Unidentified Armed Group (Burkina Faso)"
VDP, ANSAROUL, DOZO_BFA = ("VDP: Volunteers for the Defense of the Homeland", "Ansaroul Islam",
                           "Dozo Communal Militia (Burkina Faso)")
# Niger
NER_MIL11, NER_MIL21, NER_MIL = ("Military Forces of Niger (2011-2021)", "Military Forces of Niger (2021-2023)",
                                 "Military Forces of Niger (2023-)")
NER_GOV21, NER_GOV, NER_POL = "Government of Niger (2021-2023)", "Government of Niger (2023-)", "Police Forces of Niger (2023-)"
NER_POL21 = "Police Forces of Niger (2021-2023)"
NER_CVL, NER_PRO, NER_RIOT = "Civilians (Niger)", "Protesters (Niger)", "Rioters (Niger)"
NER_UAG = "Unidentified Armed Group (Niger)"
ISWAP, JAS = "Islamic State (West Africa)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
CNSP = "CNSP: National Council for the Safeguard of the Homeland"

NOTES: list[tuple[str, str, str, str, int, str, str, str]] = [
    # ================================================================== Mali
    # ---------------------------------------------------------------- Battles
    ("2020-06-14", "MLI", B, CLASH, 24, JNIM, MLI_MIL13,
     "On 14 June 2020, JNIM militants ambushed a FAMa convoy near Bouka Were (Niono, Segou). 24 soldiers were killed and 8 others wounded."),
    ("2021-10-06", "MLI", B, CLASH, 16, MLI_MIL, JNIM,
     "On 6 October 2021, FAMa soldiers clashed with JNIM militants near Songho (Bandiagara, Mopti), killing 16 militants. One soldier was wounded."),
    ("2022-03-27", "MLI", B, CLASH, 30, MLI_MIL, JNIM,
     "On 27 March 2022, the Malian army supported by Wagner Group operatives fought JNIM fighters in the area of Moura (Djenne, Mopti). The army claimed 30 militants were neutralised."),
    ("2023-01-07", "MLI", B, CLASH, 11, ISS, JNIM,
     "On 7 January 2023, fighting broke out between the Islamic State Sahel and JNIM near Talataye (Ansongo, Gao). Between 11 and 20 combatants were killed on both sides."),
    ("2023-03-22", "MLI", B, CLASH, 3, JNIM, DNA,
     "On 22 March 2023, suspected JNIM militants attacked Dan Na Ambassagou militiamen guarding the village of Dioungani (Koro, Mopti). 3 militiamen were killed."),
    ("2023-10-01", "MLI", B, CLASH, 0, CSP, MLI_MIL,
     "On 1 October 2023, CSP fighters and the Malian army supported by Wagner exchanged fire near Anefis (Tessalit, Kidal). Casualties unknown."),
    ("2024-02-09", "MLI", B, CLASH, 7, JNIM, DOZO_MLI,
     "On 9 February 2024, JNIM militants ambushed a group of Dozo hunters on the road between Dioura and Nampala (coded as Dioura at geoprecision 2) (Tenenkou, Mopti). 7 Dozos were killed."),
    ("2024-07-25", "MLI", B, CLASH, 47, FLA, WAGNER,
     "Around 25 July 2024 (week of), FLA rebels and JNIM militants fought Wagner Group mercenaries and FAMa soldiers near Tinzaouaten (Abeibara, Kidal). At least 47 soldiers and 84 Wagner fighters were killed, according to the rebels; the army admitted heavy losses."),
    ("2025-01-18", "MLI", B, CLASH, 0, FLA, MLI_MIL,
     "On 18 January 2025, it was reported that FLA fighters exchanged fire with the Malian army and Africa Corps near Intahaka (Bourem, Gao). No casualties were reported."),
    ("2025-06-02", "MLI", B, CLASH, 30, JNIM, MLI_MIL,
     "On 2 June 2025, JNIM militants attacked the military camp of Boulkessi (Douentza, Mopti). The army reported 30 soldiers killed while JNIM claimed over 100."),
    ("2021-04-21", "MLI", B, CLASH, 2, JNIM, DOZO_MLI,
     "On 21 April 2021, two Dozos were killed when JNIM militants attacked a Dozo checkpoint in Farabougou (Niono, Segou)."),
    ("2020-10-17", "MLI", B, CLASH, 0, JNIM, MLI_MIL20,
     "Between 16 and 17 October 2020, the army and JNIM militants besieging Farabougou (Niono, Segou) exchanged fire. No casualties were reported."),
    ("2023-11-14", "MLI", B, GOVREG, 0, MLI_MIL, CSP,
     "On 14 November 2023, the Malian army and Wagner Group retook the town of Kidal (Kidal, Kidal) from the CSP-PSD after several days of fighting and drone strikes."),
    ("2024-03-12", "MLI", B, GOVREG, 2, MLI_MIL, FLA,
     "On 12 March 2024, FAMa and Africa Corps regained control of Aguelhok (Tessalit, Kidal) after clashes with the FLA. 2 rebels were killed."),
    ("2023-08-13", "MLI", B, NSAOT, 0, JNIM, MLI_MIL,
     "On 13 August 2023, JNIM militants seized the town of Léré (Niafunke, Tombouctou) after a brief fight with the army garrison, which fled towards Niono. Unknown casualties."),
    ("2023-10-02", "MLI", B, NSAOT, 3, CSP, MLI_MIL,
     "On 2 October 2023, the CSP-PSD took control of the military camp of Bamba (Bourem, Gao) after overrunning FAMa positions. 3 soldiers were killed."),
    # ---------------------------------------------------------------- VAC
    ("2022-03-31", "MLI", VAC, ATTACK, 300, MLI_MIL, MLI_CVL,
     "Between 27 and 31 March 2022, Malian soldiers and foreign military personnel believed to be Wagner operatives executed around 300 civilians in Moura (Djenne, Mopti), most of them Fulani men."),
    ("2022-06-18", "MLI", VAC, ATTACK, 132, JNIM, MLI_CVL,
     "On 18 June 2022, suspected Katiba Macina (JNIM) militants killed 132 civilians in the villages of Diallassagou, Dianweli and Deguessagou (Bankass, Mopti)."),
    ("2023-03-10", "MLI", VAC, ATTACK, 20, ISS, MLI_CVL,
     "On 10 March 2023, ISSP militants stormed the village of Inekar (Menaka, Menaka) and shot dead 20 civilians, mostly Daoussahak herders."),
    ("2024-07-01", "MLI", VAC, ATTACK, 40, JNIM, MLI_CVL,
     "On 1 July 2024, militants believed to be from JNIM surrounded a wedding party in Djiguibombo (Bandiagara, Mopti) and killed around 40 civilians."),
    ("2025-02-07", "MLI", VAC, ATTACK, 25, ISS, MLI_CVL,
     "On 7 February 2025, Islamic State Sahel militants attacked a convoy of civilian vehicles escorted by the army near Kobe (Gao, Gao), killing more than 25 passengers."),
    ("2021-01-03", "MLI", VAC, ATTACK, 0, MLI_UAG, MLI_CVL,
     "On 3 January 2021, unidentified gunmen beat and injured a trader on the road to Gossi (Gourma-Rharous, Tombouctou) and took his money."),
    ("2023-05-29", "MLI", VAC, ATTACK, 4, JNIM, MLI_CVL,
     "On 29 May 2023, JNIM militants besieging Boni (Douentza, Mopti) killed 4 villagers who tried to leave the town to fetch water."),
    ("2020-12-02", "MLI", VAC, ABDUCT, 0, JNIM, MLI_CVL,
     "On 2 December 2020, JNIM militants abducted 5 civilians, including the deputy mayor, in Sokoura (Bandiagara, Mopti)."),
    ("2022-04-12", "MLI", VAC, ABDUCT, 0, MLI_UAG, MLI_CVL,
     "On 12 April 2022, unidentified gunmen kidnapped a German priest near Kati (Kati, Koulikoro) and demanded a ransom."),
    ("2023-02-27", "MLI", VAC, ABDUCT, 0, ISS, MLI_CVL,
     "On 27 February 2023, ISSP militants kidnapped 6 Tuareg herders near Anderamboukane (Menaka, Menaka). Their fate remains unknown."),
    ("2025-01-24", "MLI", VAC, ABDUCT, 0, JNIM, MLI_CVL,
     "On 24 January 2025, JNIM militants abducted 18 bus passengers travelling between Sevare and Douentza (coded as Boré at geoprecision 2) (Douentza, Mopti) and released them for a ransom."),
    ("2025-10-05", "MLI", VAC, ABDUCT, 0, JNIM, MLI_CVL,
     "On 5 October 2025, two Emirati nationals were kidnapped by suspected JNIM militants near Sanankoroba (Kati, Koulikoro)."),
    ("2023-06-11", "MLI", VAC, SEXV, 0, MLI_MIL, MLI_CVL,
     "On 11 June 2023, soldiers and Wagner operatives allegedly raped 5 women during an operation in Fansirakoro (Niono, Segou), according to a human rights group."),
    ("2024-09-04", "MLI", VAC, SEXV, 0, JNIM, MLI_CVL,
     "On 4 September 2024, JNIM militants raped 2 women who were collecting firewood near Tenenkou (Tenenkou, Mopti)."),
    # ---------------------------------------------------------------- ERV
    ("2021-01-03", "MLI", ERV, AIR, 19, FRA_MIL, MLI_CVL,
     "On 3 January 2021, a French airstrike hit a wedding gathering in Bounti (Douentza, Mopti), killing 19 civilians. France claims the strike targeted JNIM militants."),
    ("2022-10-22", "MLI", ERV, AIR, 9, MLI_MIL, JNIM,
     "On 22 October 2022, the Malian Air Force carried out airstrikes on JNIM hideouts near Dinangourou (Koro, Mopti). The army said 9 militants were killed."),
    ("2023-10-07", "MLI", ERV, AIR, 0, MLI_MIL, CSP,
     "On 7 October 2023, FAMa Bayraktar TB2 drones struck CSP-PSD positions near Anefis (Tessalit, Kidal). No casualty figures were given."),
    ("2024-08-25", "MLI", ERV, AIR, 21, MLI_MIL, MLI_CVL,
     "On 25 August 2024, drone strikes attributed to the Malian army killed at least 21 civilians, among them children, in Tinzaouaten (Abeibara, Kidal)."),
    ("2025-03-16", "MLI", ERV, AIR, 8, MLI_MIL, FLA,
     "On 16 March 2025, an army drone targeted a vehicle carrying FLA fighters near Tinzaouaten (Abeibara, Kidal). 8 rebels were killed."),
    ("2020-07-06", "MLI", ERV, IED, 0, MLI_UAG, MINUSMA,
     "On 6 July 2020, a MINUSMA vehicle hit an IED near Aguelhok (Tessalit, Kidal). 2 peacekeepers were injured."),
    ("2021-12-08", "MLI", ERV, IED, 31, MLI_UAG, MLI_CVL,
     "On 8 December 2021, a bus carrying traders to the market of Bandiagara hit an explosive device near Songho (Bandiagara, Mopti). 31 civilians were killed and 17 injured."),
    ("2022-09-07", "MLI", ERV, IED, 0, MLI_UAG, MLI_MIL,
     "On 7 September 2022, a FAMa supply convoy struck a landmine between Boni and Hombori (coded as Boni at geoprecision 2). 2 vehicles were destroyed; no casualties reported."),
    ("2024-04-09", "MLI", ERV, IED, 5, MLI_UAG, MLI_MIL,
     "On 9 April 2024, 5 soldiers were killed when their vehicle ran over a mine near Gathi Loumo (Douentza, Mopti)."),
    ("2025-07-21", "MLI", ERV, IED, 0, JNIM, AFC,
     "On 21 July 2025, an improvised explosive device targeted an Africa Corps convoy near Ansongo (Ansongo, Gao). Casualties unknown."),
    ("2020-09-25", "MLI", ERV, SHELL, 0, JNIM, MINUSMA,
     "On 25 September 2020, JNIM militants fired mortar shells at the MINUSMA camp in Tessalit (Tessalit, Kidal). No damage was reported."),
    ("2022-12-14", "MLI", ERV, SHELL, 0, MLI_UAG, MLI_MIL,
     "On 14 December 2022, unidentified assailants fired several rockets at the airport of Timbuktu (Tombouctou, Tombouctou), where FAMa and MINUSMA are based. No casualties."),
    ("2023-09-07", "MLI", ERV, SHELL, 2, JNIM, MLI_MIL,
     "On 7 September 2023, JNIM militants shelled the army camp and the airport of Gao (Gao, Gao), killing 2 civilians living near the camp."),
    ("2023-09-08", "MLI", ERV, SUIC, 3, JNIM, MLI_MIL,
     "On 8 September 2023, a JNIM suicide car bomb exploded at the entrance of the army camp in Gao (Gao, Gao), killing the driver and 2 soldiers."),
    ("2022-04-24", "MLI", ERV, SUIC, 7, JNIM, MLI_MIL,
     "On 24 April 2022, JNIM militants launched simultaneous attacks with suicide vehicle-borne IEDs on military camps in Sevare, Niono and Hombori; in Sevare (Mopti, Mopti) 6 soldiers and the bomber were killed."),
    ("2024-01-29", "MLI", ERV, SUIC, 1, ISS, MLI_MIL,
     "On 29 January 2024, an ISSP suicide bomber on a motorbike blew himself up near an army checkpoint at the entrance of Menaka (Menaka, Menaka). Only the bomber was killed."),
    ("2022-02-02", "MLI", ERV, GREN, 0, MLI_UAG, MLI_CVL,
     "On 2 February 2022, an unidentified person threw a grenade into a crowded bar in Gao (Gao, Gao), injuring 5 people."),
    ("2023-11-25", "MLI", ERV, GREN, 1, MLI_UAG, MLI_CVL,
     "On 25 November 2023, a grenade was thrown into a house in Menaka (Menaka, Menaka), killing a child."),
    ("2024-05-02", "MLI", ERV, CHEM, 0, MLI_MIL, JNIM,
     "On 2 May 2024, JNIM accused the Malian army of using chemical weapons against its positions near Diafarabe (Tenenkou, Mopti); the claim could not be verified."),
    # ---------------------------------------------------------------- Protests / Riots
    ("2020-06-19", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On 19 June 2020, thousands of M5-RFP supporters demonstrated at Independence Square in Bamako (Bamako, Bamako) to demand the resignation of President Ibrahim Boubacar Keita. [size=thousands]"),
    ("2022-01-14", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On 14 January 2022, tens of thousands of people rallied in Bamako (Bamako, Bamako) in support of the transitional authorities and against ECOWAS sanctions. [size=tens of thousands]"),
    ("2022-02-19", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On 19 February 2022, hundreds of people demonstrated in Timbuktu (Tombouctou, Tombouctou) to celebrate the departure of French troops and to thank Russia. [size=hundreds]"),
    ("2024-09-15", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On 15 September 2024, women in Niono (Niono, Segou) held a sit-in in front of the prefecture to demand the lifting of the blockade on their villages."),
    ("2025-10-20", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On 20 October 2025, transporters staged a peaceful sit-in in Kayes (Kayes, Kayes) over fuel shortages caused by the JNIM blockade. [size=dozens]"),
    ("2020-07-10", "MLI", P, EXCESS, 4, MLI_POL, MLI_PRO,
     "On 10 July 2020, security forces opened fire on M5-RFP protesters in Bamako (Bamako, Bamako), killing 4 demonstrators. The protest had turned violent when protesters occupied the national assembly."),
    ("2023-04-14", "MLI", P, EXCESS, 1, MLI_POL, MLI_PRO,
     "On 14 April 2023, police shot dead a young protester during a demonstration against power cuts in Kati (Kati, Koulikoro)."),
    ("2025-03-28", "MLI", P, EXCESS, 2, MLI_GEND, MLI_PRO,
     "On 28 March 2025, gendarmes fired live ammunition at peaceful demonstrators demanding the release of a village chief in Kadiolo (Kadiolo, Sikasso). 2 protesters were killed."),
    ("2020-08-11", "MLI", P, INTERV, 0, MLI_PRO, MLI_POL,
     "On 11 August 2020, police fired tear gas to disperse M5-RFP supporters who had gathered in Bamako (Bamako, Bamako). [size=hundreds]"),
    ("2022-09-03", "MLI", P, INTERV, 0, MLI_PRO, MLI_POL,
     "On 3 September 2022, students protested the closure of their school in Sikasso (Sikasso, Sikasso). Police dispersed them and arrested 6 of them."),
    ("2024-02-20", "MLI", P, INTERV, 0, MLI_PRO, MLI_POL,
     "On 20 February 2024, a protest by imams against the dissolution of a religious organisation was broken up by police in Bamako (Bamako, Bamako)."),
    ("2020-07-11", "MLI", R, VIOLDEM, 0, MLI_RIOT, "",
     "On 11 July 2020, protesters looted and set fire to the office of the Minister of Justice in Bamako (Bamako, Bamako). [size=no report]"),
    ("2023-01-24", "MLI", R, VIOLDEM, 0, MLI_RIOT, MLI_POL,
     "On 24 January 2023, young people angry at the arrest of a local leader set up barricades and stoned the police station in Kati (Kati, Koulikoro)."),
    ("2021-07-05", "MLI", R, MOB, 1, MLI_RIOT, MLI_CVL,
     "On 5 July 2021, a mob lynched a man accused of stealing a motorbike in Sikasso (Sikasso, Sikasso)."),
    ("2024-01-12", "MLI", R, MOB, 0, MLI_RIOT, MLI_CVL,
     "On 12 January 2024, residents attacked and burned the homes of families accused of links with jihadists in Macina (Macina, Segou). No deaths were reported."),
    ("2022-11-15", "MLI", R, MOB, 2, MLI_RIOT, MLI_CVL,
     "On 15 November 2022, 2 people were killed in a fight between Bambara and Fulani youths over cattle at the market of Monimpebougou (Macina, Segou)."),
    # ---------------------------------------------------------------- Strategic developments
    ("2020-08-18", "MLI", SD, OTHER, 0, MLI_MIL20, MLI_GOV,
     "On 18 August 2020, mutinous soldiers seized President Ibrahim Boubacar Keita at his residence in Bamako (Bamako, Bamako) and forced him to resign. No shots were fired."),
    ("2022-01-31", "MLI", SD, OTHER, 0, MLI_GOV, "",
     "On 31 January 2022, the transitional government gave the French ambassador 72 hours to leave Mali, in Bamako (Bamako, Bamako)."),
    ("2023-06-16", "MLI", SD, OTHER, 0, MLI_GOV, MINUSMA,
     "On 16 June 2023, the Malian foreign minister asked the UN Security Council in New York for the withdrawal of MINUSMA without delay (coded as Bamako)."),
    ("2024-04-10", "MLI", SD, CHANGE, 0, MLI_GOV, "",
     "On 10 April 2024, the transitional authorities suspended the activities of all political parties and associations until further notice, in Bamako (Bamako, Bamako)."),
    ("2025-05-13", "MLI", SD, CHANGE, 0, MLI_GOV, "",
     "On 13 May 2025, General Assimi Goita signed a decree dissolving all political parties, in Bamako (Bamako, Bamako)."),
    ("2022-10-08", "MLI", SD, CHANGE, 0, JNIM, MLI_CVL,
     "On 8 October 2022, JNIM militants imposed a blockade on the town of Boni (Douentza, Mopti), forbidding vehicles from entering or leaving."),
    ("2021-01-26", "MLI", SD, AGREE, 0, DOZO_MLI, JNIM,
     "On 26 January 2021, Dozo hunters and Katiba Macina (JNIM) militants signed a local truce in Niono (Niono, Segou), under which the siege of Farabougou was to be lifted."),
    ("2022-03-07", "MLI", SD, AGREE, 0, MLI_GOV, ECOWAS,
     "On 7 March 2022, the government and ECOWAS agreed on a new timetable for the transition in Bamako (Bamako, Bamako)."),
    ("2024-06-03", "MLI", SD, AGREE, 0, DNA, JNIM,
     "On 3 June 2024, community leaders from Dan Na Ambassagou and JNIM concluded a peace agreement in Bandiagara (Bandiagara, Mopti) allowing farmers to return to their fields."),
    ("2021-10-10", "MLI", SD, ARREST, 0, MLI_GEND, MLI_CVL,
     "On 10 October 2021, gendarmes arrested former prime minister Soumeylou Boubeye Maiga in Bamako (Bamako, Bamako) on charges of corruption."),
    ("2022-07-10", "MLI", SD, ARREST, 0, MLI_POL, "",
     "On 10 July 2022, 49 Ivorian soldiers were arrested on arrival at the airport of Bamako (Bamako, Bamako) and accused of being mercenaries."),
    ("2024-06-20", "MLI", SD, ARREST, 0, MLI_POL, MLI_CVL,
     "On 20 June 2024, state security agents arrested 11 opposition politicians at a private home in Bamako (Bamako, Bamako) for holding a meeting despite the ban."),
    ("2023-03-05", "MLI", SD, DISR, 0, MLI_MIL, MLI_UAG,
     "On 5 March 2023, FAMa defused an IED planted on the road between Boni and Douentza (coded as Douentza at geoprecision 2) (Douentza, Mopti)."),
    ("2024-10-11", "MLI", SD, DISR, 0, JNIM, MLI_MIL,
     "On 11 October 2024, JNIM militants shot down a Malian army drone near Tessit (Ansongo, Gao)."),
    ("2023-08-15", "MLI", SD, NVT, 0, MLI_MIL, MINUSMA,
     "On 15 August 2023, MINUSMA handed over its camp in Ogossagou (Bankass, Mopti) to the Malian army ahead of schedule."),
    ("2023-10-31", "MLI", SD, NVT, 0, CSP, MINUSMA,
     "On 31 October 2023, CSP-PSD fighters moved into the MINUSMA camp in Kidal (Kidal, Kidal) a few hours after the last peacekeepers left. There was no fighting."),
    ("2024-01-25", "MLI", SD, HQ, 0, JNIM, "",
     "On 25 January 2024, JNIM militants reportedly set up a base in the forest of Ouagadou near Nara (Nara, Koulikoro)."),
    ("2024-08-30", "MLI", SD, HQ, 0, FLA, "",
     "Around 30 August 2024 (week of), the FLA established a new headquarters in Tinzaouaten (Abeibara, Kidal)."),
    ("2022-07-01", "MLI", SD, HQ, 0, ISS, "",
     "On 1 July 2022, Islamic State Sahel militants were reported to have established a base in the area of Tamalat (Menaka, Menaka)."),
    ("2022-05-03", "MLI", SD, LOOT, 0, JNIM, MLI_CVL,
     "Property destruction: On 3 May 2022, JNIM militants burnt the granaries and stole the livestock of the village of Dogo (Bandiagara, Mopti). No casualties were reported."),
    ("2023-07-20", "MLI", SD, LOOT, 0, MLI_UAG, MLI_CVL,
     "On 20 July 2023, armed bandits looted shops in the market of Ansongo (Ansongo, Gao)."),
    ("2024-12-01", "MLI", SD, LOOT, 0, MLI_MIL, MLI_CVL,
     "On 1 December 2024, soldiers and Africa Corps operatives burned down houses and stole cattle in Dioura (Tenenkou, Mopti) during a search operation. No one was hurt."),
    # ---------------------------------------------------------------- more Mali (mixed styles)
    ("2020-11-05", "MLI", B, CLASH, 13, MLI_MIL20, JNIM,
     "On 5 November 2020, FAMa repelled an attack by JNIM militants on their post in Sokolo (Niono, Segou). 13 militants were killed; 3 soldiers were injured."),
    ("2021-06-25", "MLI", ERV, IED, 0, MLI_UAG, MINUSMA,
     "On 25 June 2021, an explosive device struck a convoy of German peacekeepers near Ichagara (Gao, Gao); 12 soldiers were wounded. No attacker was seen, so the blast is coded as a roadside device."),
    ("2022-01-09", "MLI", VAC, ATTACK, 4, JNIM, MLI_CVL,
     "On 9 January 2022, 4 civilians were killed by JNIM militants who set fire to a bus travelling to Sikasso near Mahou (Yorosso, Sikasso)."),
    ("2023-12-05", "MLI", ERV, AIR, 5, MLI_MIL, CSP,
     "On 5 December 2023, the Malian army conducted drone strikes on a CSP-PSD gathering in Inekar (Menaka, Menaka). Reports speak of 5 to 8 fighters killed."),
    ("2023-12-11", "MLI", SD, NVT, 0, MLI_MIL, MINUSMA,
     "On 11 December 2023, MINUSMA completed its withdrawal from Gao (Gao, Gao), handing over its last base to Malian authorities."),
    ("2024-11-26", "MLI", ERV, CHEM, 0, MLI_UAG, MLI_CVL,
     "On 26 November 2024, an unknown toxic gas was released in a well in Hombori (Douentza, Mopti), poisoning 12 people; locals blamed armed men seen in the area."),
    ("2022-06-28", "MLI", VAC, SEXV, 0, MLI_UAG, MLI_CVL,
     "On 28 June 2022, gunmen sexually assaulted 3 girls returning from the market of Boni (Douentza, Mopti)."),
    ("2021-05-24", "MLI", SD, ARREST, 0, MLI_MIL20, MLI_GOV20,
     "On 24 May 2021, soldiers detained transitional President Bah Ndaw and Prime Minister Moctar Ouane at the military camp of Kati (Kati, Koulikoro)."),
    ("2024-12-20", "MLI", SD, DISR, 0, MLI_MIL, "",
     "On 20 December 2024, Malian forces intercepted a pick-up loaded with explosives near Bourem (Bourem, Gao)."),
    ("2025-02-22", "MLI", ERV, GREN, 0, MLI_UAG, MLI_MIL,
     "On 22 February 2025, two grenades were thrown at a FAMa checkpoint in Gao (Gao, Gao). 2 soldiers were injured."),

    # ================================================================== Burkina Faso
    ("2020-05-29", "BFA", B, CLASH, 14, VDP, JNIM,
     "On 29 May 2020, VDP volunteers repelled an attack by JNIM militants on Kompienbiga (Kompienga, Est), killing 14 militants."),
    ("2021-06-05", "BFA", VAC, ATTACK, 132, JNIM, BFA_CVL,
     "On the night of 4-5 June 2021, militants killed at least 132 civilians in Solhan (Yagha, Sahel), the deadliest attack since 2015. Sources attribute the attack to JNIM-affiliated fighters."),
    ("2021-11-14", "BFA", B, CLASH, 53, JNIM, BFA_MIL15,
     "On 14 November 2021, JNIM militants attacked the gendarmerie detachment of Inata (Soum, Sahel). 53 gendarmes and 4 civilians were killed."),
    ("2022-06-11", "BFA", VAC, ATTACK, 79, ISS, BFA_CVL,
     "On 11 June 2022, militants from the Islamic State (Sahel) killed between 79 and 100 civilians in Seytenga (Seno, Sahel) after forcing them out of their homes."),
    ("2022-09-30", "BFA", SD, OTHER, 0, BFA_MIL, BFA_GOV,
     "On 30 September 2022, Captain Ibrahim Traore and a group of officers overthrew Lieutenant Colonel Damiba, the head of the junta, in Ouagadougou (Kadiogo, Centre)."),
    ("2022-10-01", "BFA", R, VIOLDEM, 0, BFA_RIOT, "",
     "On 1 October 2022, supporters of Captain Traore attacked the French embassy and set fire to the French Institute in Ouagadougou (Kadiogo, Centre). [size=hundreds]"),
    ("2024-08-24", "BFA", VAC, ATTACK, 133, JNIM, BFA_CVL,
     "On 24 August 2024, JNIM militants killed at least 133 civilians who had been requisitioned by the army to dig a trench around Barsalogho (Sanmatenga, Centre-Nord). Other sources report up to 400 dead."),
    ("2025-03-10", "BFA", VAC, ATTACK, 58, VDP, BFA_CVL,
     "On 10 March 2025, VDP volunteers and soldiers killed at least 58 Fulani civilians in and around Solenzo (Banwa, Boucle du Mouhoun), according to videos and witnesses."),
    ("2025-05-11", "BFA", B, CLASH, 60, JNIM, BFA_MIL,
     "On 11 May 2025, JNIM militants overran the army base of Djibo (Soum, Sahel) and killed between 60 and 100 soldiers and VDP."),
    ("2025-05-12", "BFA", B, NSAOT, 0, JNIM, BFA_MIL,
     "On 12 May 2025, JNIM militants briefly took control of the town of Djibo (Soum, Sahel) after the base fell, before withdrawing."),
    ("2022-02-18", "BFA", B, GOVREG, 0, BFA_MIL, ANSAROUL,
     "On 18 February 2022, the army regained control of Djika (Soum, Sahel) after clashes with Ansaroul Islam militants who had held the village."),
    ("2024-04-22", "BFA", B, GOVREG, 7, BFA_MIL, JNIM,
     "On 22 April 2024, soldiers of the Rapid Intervention Battalion recaptured the commune of Mansila (Yagha, Sahel) after fighting JNIM militants. 7 militants were killed."),
    ("2023-02-17", "BFA", B, CLASH, 51, JNIM, BFA_MIL,
     "On 17 February 2023, JNIM militants ambushed an army unit near Tin-Akoff (Oudalan, Sahel). At least 51 soldiers were killed."),
    ("2023-06-26", "BFA", B, CLASH, 34, ISS, BFA_MIL,
     "On 26 June 2023, Islamic State Sahel militants attacked the army detachment of Namsiguia (Bam, Centre-Nord). 31 soldiers and 3 VDP were killed."),
    ("2020-10-04", "BFA", B, CLASH, 5, JNIM, VDP,
     "On 4 October 2020, JNIM militants attacked a VDP post in Pissila (Sanmatenga, Centre-Nord). 5 VDP were killed."),
    ("2022-04-16", "BFA", B, CLASH, 3, ANSAROUL, VDP,
     "On 16 April 2022, Ansaroul Islam militants raided the village of Gasseliki (Soum, Sahel) and clashed with VDP, killing 3 of them."),
    ("2024-02-25", "BFA", B, CLASH, 0, DOZO_BFA, JNIM,
     "On 25 February 2024, Dozo hunters fought JNIM militants who tried to enter the village of Kouka (Banwa, Boucle du Mouhoun). Casualties were not known."),
    ("2025-07-30", "BFA", B, CLASH, 9, JNIM, VDP,
     "On 30 July 2025, 9 VDP were killed in an ambush by JNIM near Diapaga (Tapoa, Est)."),
    ("2020-01-20", "BFA", VAC, ATTACK, 36, JNIM, BFA_CVL,
     "On 20 January 2020, militants attacked the market of Nagraogo (Sanmatenga, Centre-Nord) and killed 36 civilians. The attack is attributed to JNIM."),
    ("2023-11-05", "BFA", VAC, ATTACK, 70, BFA_MIL, BFA_CVL,
     "On 5 November 2023, soldiers killed around 70 civilians in Zaongo (Namentenga, Centre-Nord), according to survivors."),
    ("2024-02-25", "BFA", VAC, ATTACK, 15, ISS, BFA_CVL,
     "On 25 February 2024, ISSP militants attacked a Catholic church during Sunday mass in Essakane (Oudalan, Sahel), killing 15 worshippers."),
    ("2023-01-13", "BFA", VAC, ABDUCT, 0, BFA_UAG, BFA_CVL,
     "Between 12 and 13 January 2023, gunmen abducted around 60 women who were gathering leaves and wild fruit near Arbinda (Soum, Sahel). They were released on 20 January."),
    ("2024-03-18", "BFA", VAC, ABDUCT, 0, JNIM, BFA_CVL,
     "On 18 March 2024, JNIM militants kidnapped 8 aid workers on the road between Fada N'Gourma and Pama (coded as Fada N'Gourma at geoprecision 2) (Gourma, Est)."),
    ("2025-03-24", "BFA", VAC, ABDUCT, 0, BFA_GOV, BFA_CVL,
     "On 24 March 2025, three journalists were taken away by unidentified men in civilian clothes in Ouagadougou (Kadiogo, Centre) and forcibly conscripted into the army, according to their union."),
    ("2024-05-19", "BFA", VAC, SEXV, 0, VDP, BFA_CVL,
     "On 19 May 2024, a VDP volunteer was reported to have raped a displaced girl in Kaya (Sanmatenga, Centre-Nord)."),
    ("2022-09-05", "BFA", ERV, IED, 35, BFA_UAG, BFA_CVL,
     "On 5 September 2022, a supply convoy escorted by the army hit an IED between Djibo and Bourzanga (coded as Bourzanga at geoprecision 2) (Bam, Centre-Nord). 35 civilians were killed."),
    ("2023-06-20", "BFA", ERV, IED, 2, BFA_UAG, BFA_MIL,
     "On 20 June 2023, an explosive device targeted a military convoy near Kaya (Sanmatenga, Centre-Nord), killing 2 soldiers."),
    ("2024-10-02", "BFA", ERV, IED, 0, JNIM, BFA_MIL,
     "On 2 October 2024, JNIM claimed to have destroyed an army armoured vehicle with a landmine near Gorom-Gorom (Oudalan, Sahel). No toll was reported."),
    ("2023-04-06", "BFA", ERV, AIR, 25, BFA_MIL, BFA_CVL,
     "On 6 April 2023, an army drone strike hit a crowded market in Bourasso (Kossi, Boucle du Mouhoun), killing at least 25 civilians."),
    ("2024-08-02", "BFA", ERV, AIR, 0, BFA_MIL, JNIM,
     "On 2 August 2024, TB2 drones of the Burkinabe army struck JNIM fighters near Kompienga (Kompienga, Est). No casualty figure was released."),
    ("2025-02-14", "BFA", ERV, AIR, 30, BFA_MIL, JNIM,
     "On 14 February 2025, airstrikes by the army killed around 30 JNIM militants gathered for a meeting near Diapaga (Tapoa, Est)."),
    ("2021-08-04", "BFA", ERV, SHELL, 0, JNIM, BFA_MIL15,
     "On 4 August 2021, militants fired shells at the army camp in Djibo (Soum, Sahel). No casualties reported."),
    ("2023-03-20", "BFA", ERV, SHELL, 3, JNIM, BFA_CVL,
     "On 20 March 2023, JNIM militants besieging Djibo (Soum, Sahel) fired mortar rounds at the town, killing 3 civilians."),
    ("2024-05-30", "BFA", ERV, SUIC, 4, JNIM, BFA_MIL,
     "On 30 May 2024, a vehicle loaded with explosives driven by a JNIM suicide bomber rammed the gate of the gendarmerie in Diapaga (Tapoa, Est). 4 people, including the bomber, were killed."),
    ("2025-01-05", "BFA", ERV, GREN, 1, BFA_UAG, BFA_POL,
     "On 5 January 2025, a grenade was thrown at a police station in Bobo-Dioulasso (Houet, Hauts-Bassins), killing a police officer."),
    ("2023-10-30", "BFA", ERV, CHEM, 0, BFA_UAG, BFA_CVL,
     "On 30 October 2023, residents of Djibo (Soum, Sahel) reported that militants had used a toxic chemical to poison drinking water in a well; several people fell ill."),
    ("2022-01-22", "BFA", P, PEACE, 0, BFA_PRO, "",
     "On 22 January 2022, several hundred people demonstrated in Ouagadougou (Kadiogo, Centre) against insecurity and the government of President Kabore. [size=several hundred]"),
    ("2023-03-03", "BFA", P, PEACE, 0, BFA_PRO, "",
     "On 3 March 2023, people displaced by the violence marched peacefully in Kaya (Sanmatenga, Centre-Nord) to call for food aid."),
    ("2024-09-28", "BFA", P, PEACE, 0, BFA_PRO, "",
     "On 28 September 2024, a rally was held in support of Captain Traore and the Alliance of Sahel States at Nation Square in Ouagadougou (Kadiogo, Centre). [size=thousands]"),
    ("2022-01-23", "BFA", P, INTERV, 0, BFA_PRO, BFA_POL,
     "On 23 January 2022, the police dispersed a banned march against insecurity in Ouagadougou (Kadiogo, Centre) with tear gas. [size=hundreds]"),
    ("2024-01-09", "BFA", P, EXCESS, 1, BFA_POL, BFA_PRO,
     "On 9 January 2024, police killed a student with live rounds during a protest over unpaid scholarships in Koudougou (Boulkiemde, Centre-Ouest)."),
    ("2022-01-24", "BFA", R, VIOLDEM, 0, BFA_RIOT, "",
     "On 24 January 2022, demonstrators supporting the coup ransacked the headquarters of the ruling MPP party in Ouagadougou (Kadiogo, Centre). [size=dozens]"),
    ("2025-04-22", "BFA", R, MOB, 3, BFA_RIOT, BFA_CVL,
     "On 22 April 2025, clashes between Mossi and Fulani residents over a stolen ox in Tenkodogo (Boulgou, Centre-Est) left 3 people dead."),
    ("2022-01-24", "BFA", SD, ARREST, 0, BFA_MIL, BFA_GOV,
     "On 24 January 2022, mutinous soldiers led by Lieutenant Colonel Damiba detained President Roch Marc Christian Kabore at a military camp in Ouagadougou (Kadiogo, Centre)."),
    ("2023-12-06", "BFA", SD, ARREST, 0, BFA_POL, BFA_CVL,
     "On 6 December 2023, police arrested a human rights activist in Ouagadougou (Kadiogo, Centre) after he criticised the army on social media."),
    ("2023-04-14", "BFA", SD, CHANGE, 0, BFA_GOV, "",
     "On 14 April 2023, the transitional government decreed a general mobilisation allowing the requisition of men and goods for the fight against terrorism, in Ouagadougou (Kadiogo, Centre)."),
    ("2023-01-23", "BFA", SD, OTHER, 0, BFA_GOV, FRA_MIL,
     "On 23 January 2023, the government asked France to withdraw its special forces stationed in Kamboinsin (Kadiogo, Centre) within one month."),
    ("2024-12-18", "BFA", SD, OTHER, 0, BFA_GOV, "",
     "On 18 December 2024, the junta dismissed the government of Prime Minister Apollinaire Kyelem de Tambela in Ouagadougou (Kadiogo, Centre)."),
    ("2022-10-03", "BFA", SD, DISR, 0, BFA_MIL, "",
     "On 3 October 2022, soldiers discovered and destroyed a large IED on the road between Kaya and Dori (coded as Kaya at geoprecision 2)."),
    ("2023-02-19", "BFA", SD, NVT, 0, BFA_MIL, FRA_MIL,
     "On 19 February 2023, French special forces of the Sabre task force left their base in Kamboinsin (Kadiogo, Centre), which passed to the Burkinabe army."),
    ("2023-05-07", "BFA", SD, LOOT, 0, JNIM, BFA_CVL,
     "Property destruction: On 7 May 2023, JNIM militants destroyed a bridge and a mobile phone antenna near Titao (Loroum, Nord)."),
    ("2024-03-02", "BFA", SD, LOOT, 0, BFA_UAG, BFA_CVL,
     "On 2 March 2024, armed men stole around 300 head of cattle from herders near Gorom-Gorom (Oudalan, Sahel). No one was hurt."),
    ("2022-12-12", "BFA", B, CLASH, 12, BFA_MIL, JNIM,
     "Around 12 December 2022 (week of), soldiers and VDP killed 12 militants during a sweep near Pama (Kompienga, Est), the army said."),
    ("2024-10-25", "BFA", VAC, ATTACK, 0, JNIM, BFA_CVL,
     "On 25 October 2024, JNIM militants whipped 6 men for not wearing the required trousers in Kelbo (Soum, Sahel)."),
    ("2021-12-09", "BFA", SD, CHANGE, 0, BFA_GOV, "",
     "On 9 December 2021, the government imposed a night-time curfew on motorbikes in the regions of the Est, Sahel and Nord (coded as Fada N'Gourma at geoprecision 3)."),
    ("2023-10-01", "BFA", SD, HQ, 0, ISS, "",
     "On 1 October 2023, Islamic State Sahel militants set up a camp in the area of Markoye (Oudalan, Sahel)."),

    # ================================================================== Niger
    ("2020-01-09", "NER", B, CLASH, 114, ISGS, NER_MIL11,
     "On 9 January 2020, ISGS militants attacked the military camp of Chinagodrar (Filingue, Tillaberi). 89 soldiers and 25 militants were killed."),
    ("2021-01-02", "NER", VAC, ATTACK, 100, ISGS, NER_CVL,
     "On 2 January 2021, militants believed to be from the Islamic State in the Greater Sahara killed 100 villagers in Tchoma Bangou and Zaroumadareye (Ouallam, Tillaberi)."),
    ("2021-03-21", "NER", VAC, ATTACK, 141, ISGS, NER_CVL,
     "On 21 March 2021, gunmen on motorbikes killed 141 Tuareg civilians in Intazayene, Bakorat and Wistane (Tillia, Tahoua). The attack was attributed to ISGS."),
    ("2023-02-10", "NER", B, CLASH, 27, ISS, NER_MIL21,
     "On 10 February 2023, Islamic State (Sahel) militants ambushed an army patrol near Intagamey (Banibangou, Tillaberi). 17 soldiers and around 10 militants were killed."),
    ("2023-07-30", "NER", R, VIOLDEM, 0, NER_RIOT, "",
     "On 30 July 2023, thousands of supporters of the CNSP junta marched on the French embassy in Niamey (Niamey, Niamey), set fire to its gate and tore down the plaque. [size=thousands]"),
    ("2023-09-03", "NER", P, PEACE, 0, NER_PRO, "",
     "On 3 September 2023, tens of thousands of people gathered outside the French military base in Niamey (Niamey, Niamey) to demand the departure of French troops. [size=tens of thousands]"),
    ("2023-12-22", "NER", SD, NVT, 0, NER_MIL, FRA_MIL,
     "On 22 December 2023, the last French troops left Niger; their air base in Niamey (Niamey, Niamey) was handed over to the Nigerien army."),
    ("2024-03-20", "NER", B, CLASH, 23, ISS, NER_MIL,
     "On 20 March 2024, Islamic State Sahel militants ambushed soldiers near Tassia (Tera, Tillaberi). 23 soldiers were killed, the army said, as well as around 30 attackers."),
    ("2024-06-25", "NER", B, CLASH, 20, ISS, NER_MIL,
     "On 25 June 2024, militants attacked a military position in Tassia (Tera, Tillaberi), killing 20 soldiers and a civilian."),
    ("2025-03-21", "NER", VAC, ATTACK, 44, ISS, NER_CVL,
     "On 21 March 2025, gunmen opened fire on worshippers during Friday prayers at a mosque in Fambita (Kokorou, Tillaberi), killing 44 civilians. The government blamed the Islamic State Sahel."),
    ("2025-06-21", "NER", B, CLASH, 71, ISS, NER_MIL,
     "On 21 June 2025, hundreds of ISSP militants attacked the army post of Banibangou (Banibangou, Tillaberi); 34 soldiers and 37 militants were killed."),
    ("2020-08-09", "NER", VAC, ATTACK, 8, ISGS, NER_CVL,
     "On 9 August 2020, gunmen on motorbikes killed 6 French aid workers, their Nigerien guide and their driver in the giraffe reserve of Koure (Kollo, Tillaberi). ISGS claimed the attack."),
    ("2022-03-15", "NER", VAC, ATTACK, 21, ISS, NER_CVL,
     "On 15 March 2022, militants attacked a bus and a truck carrying civilians near Petelkolé (Tera, Tillaberi), killing 21 passengers."),
    ("2024-08-21", "NER", VAC, ATTACK, 2, NER_MIL, NER_CVL,
     "On 21 August 2024, soldiers shot dead 2 herders they suspected of supplying militants near Abala (Abala, Tillaberi)."),
    ("2021-11-05", "NER", VAC, ABDUCT, 0, ISS, NER_CVL,
     "On 5 November 2021, ISGS militants kidnapped the village chief of Mogodyougou (Say, Tillaberi)."),
    ("2024-04-13", "NER", VAC, ABDUCT, 0, ISS, NER_CVL,
     "On 13 April 2024, an Austrian woman was kidnapped from her home in Agadez (Agadez, Agadez); the abduction was later attributed to ISSP."),
    ("2025-04-22", "NER", VAC, ABDUCT, 0, NER_UAG, NER_CVL,
     "On 22 April 2025, a Swiss national was abducted by armed men in Agadez (Agadez, Agadez)."),
    ("2022-08-10", "NER", VAC, SEXV, 0, NER_UAG, NER_CVL,
     "On 10 August 2022, bandits raped 4 women during a raid on a hamlet near Dan Issa (Madarounfa, Maradi)."),
    ("2024-10-20", "NER", ERV, AIR, 11, NER_MIL, ISS,
     "On 20 October 2024, Nigerien army drones struck a gathering of ISSP militants in the Tillia area (Tillia, Tahoua). 11 militants were killed."),
    ("2025-02-08", "NER", ERV, AIR, 10, NER_MIL, NER_CVL,
     "On 8 February 2025, a drone strike by the Nigerien army hit a market in Takoubatt (Abala, Tillaberi), killing at least 10 civilians."),
    ("2021-05-03", "NER", ERV, IED, 0, NER_UAG, NER_MIL21,
     "On 3 May 2021, an army vehicle struck a mine near Tahoua (Tahoua, Tahoua). No casualties."),
    ("2022-06-14", "NER", ERV, IED, 6, NER_UAG, NER_CVL,
     "On 14 June 2022, 6 civilians were killed when their minibus hit an improvised explosive device between Tera and Dori (coded as Tera at geoprecision 2)."),
    ("2020-12-19", "NER", ERV, SHELL, 0, JAS, NER_MIL11,
     "On 19 December 2020, Boko Haram fighters shelled the town of Diffa (Diffa, Diffa) from the Nigerian side of the border."),
    ("2022-11-18", "NER", ERV, SHELL, 0, ISWAP, NER_MIL21,
     "On 18 November 2022, ISWAP militants fired mortar rounds at a military base in Bosso (Bosso, Diffa). Unknown casualties."),
    ("2021-03-15", "NER", ERV, SUIC, 1, JAS, NER_MIL11,
     "On 15 March 2021, a suicide bomber blew herself up near an army post in Diffa (Diffa, Diffa); she was the only fatality."),
    ("2024-05-08", "NER", ERV, GREN, 0, NER_UAG, NER_CVL,
     "On 8 May 2024, a grenade was tossed into a crowded restaurant in Tahoua (Tahoua, Tahoua). 3 people were injured."),
    ("2021-02-24", "NER", P, INTERV, 0, NER_PRO, NER_POL21,
     "On 24 February 2021, police fired tear gas to disperse supporters of opposition candidate Mahamane Ousmane protesting the election results in Niamey (Niamey, Niamey). [size=hundreds]"),
    ("2021-11-27", "NER", P, EXCESS, 2, NER_MIL11, NER_PRO,
     "On 27 November 2021, French and Nigerien soldiers opened fire on protesters blocking a French convoy in Tera (Tera, Tillaberi), killing 2 protesters."),
    ("2022-08-17", "NER", P, PEACE, 0, NER_PRO, "",
     "On 17 August 2022, students held a sit-in in front of the university of Niamey (Niamey, Niamey) to demand the payment of their allowances."),
    ("2023-08-06", "NER", P, PEACE, 0, NER_PRO, "",
     "On 6 August 2023, around 30,000 supporters of the junta gathered at a stadium in Niamey (Niamey, Niamey) as the ECOWAS ultimatum expired. [size=around 30000]"),
    ("2021-02-25", "NER", R, VIOLDEM, 0, NER_RIOT, "",
     "On 25 February 2021, opposition supporters burned tyres and ransacked shops in Niamey (Niamey, Niamey) after the presidential election results were announced."),
    ("2022-02-12", "NER", R, MOB, 1, NER_RIOT, NER_CVL,
     "On 12 February 2022, a mob beat a suspected thief to death at the market of Maradi (Maradi, Maradi)."),
    ("2023-07-27", "NER", SD, OTHER, 0, NER_MIL, NER_GOV21,
     "On 27 July 2023, the army command declared its support for the putschists of the National Council for the Safeguard of the Homeland (CNSP) in Niamey (Niamey, Niamey)."),
    ("2023-08-25", "NER", SD, OTHER, 0, NER_GOV, FRA_MIL,
     "On 25 August 2023, the junta ordered the French ambassador Sylvain Itte to leave Niger within 48 hours, in Niamey (Niamey, Niamey)."),
    ("2023-07-28", "NER", SD, CHANGE, 0, NER_GOV, "",
     "On 28 July 2023, General Abdourahamane Tiani declared himself head of the CNSP and suspended the constitution, in Niamey (Niamey, Niamey)."),
    ("2021-04-23", "NER", SD, AGREE, 0, NER_GOV21, "",
     "On 23 April 2021, Fulani and Djerma community leaders signed a peace pact in Banibangou (Banibangou, Tillaberi) under the mediation of the government."),
    ("2024-01-16", "NER", SD, AGREE, 0, NER_GOV, "",
     "On 16 January 2024, the Nigerien junta and the Russian defence ministry agreed to strengthen their military cooperation, in Niamey (Niamey, Niamey)."),
    ("2023-08-02", "NER", SD, ARREST, 0, NER_MIL, NER_GOV21,
     "On 2 August 2023, the junta arrested the ministers of mines and of petroleum, both members of the ousted government, in Niamey (Niamey, Niamey)."),
    ("2024-09-30", "NER", SD, ARREST, 0, NER_POL, NER_CVL,
     "On 30 September 2024, police arrested a journalist in Niamey (Niamey, Niamey) over an article on the army."),
    ("2022-07-04", "NER", SD, DISR, 0, NER_MIL21, ISS,
     "On 4 July 2022, soldiers foiled an ambush and seized 3 motorbikes and a large quantity of ammunition from ISSP militants near Anzourou (Tillaberi, Tillaberi)."),
    ("2024-02-11", "NER", SD, DISR, 0, NER_MIL, "",
     "On 11 February 2024, the army defused an IED on the road between Tillaberi and Ayorou (coded as Ayorou at geoprecision 2)."),
    ("2024-08-05", "NER", SD, NVT, 0, NER_MIL, "",
     "On 5 August 2024, US forces completed their withdrawal from Air Base 201 in Agadez (Agadez, Agadez), handing it over to the Nigerien army."),
    ("2022-09-15", "NER", SD, HQ, 0, ISS, "",
     "On 15 September 2022, Islamic State (Sahel) militants were said to have set up a base near Tillia (Tillia, Tahoua)."),
    ("2023-09-10", "NER", SD, LOOT, 0, ISS, NER_CVL,
     "On 10 September 2023, ISSP militants stole hundreds of cattle from herders in Tillia (Tillia, Tahoua). No casualties were reported."),
    ("2024-11-14", "NER", SD, LOOT, 0, JNIM, NER_CVL,
     "Property destruction: On 14 November 2024, JNIM militants burned a school and a health centre in Makalondi (Torodi, Tillaberi)."),
    ("2021-06-21", "NER", B, CLASH, 5, NER_MIL21, JAS,
     "On 21 June 2021, soldiers repelled an attack by Boko Haram fighters on their base in Chetimari (Diffa, Diffa), killing 5 attackers."),
    ("2022-12-05", "NER", B, CLASH, 4, ISWAP, JAS,
     "On 5 December 2022, ISWAP and Boko Haram (JAS) fighters clashed on an island of Lake Chad near Bosso (Bosso, Diffa). 4 fighters were killed."),
]
