"""A seventh set of ACLED-style notes: Mali 2022-2025 and the Lake Chad basin 2018-2024,
written as an outside measure (a data module like ``acled_notes6.py``, not a test module).

Who and how: written by the session 20 writer in one sitting, with its labels, from the
ACLED codebook's event and sub-event definitions (``../shared/data/acled``, the pairs as
``src/crisisdesk/data/ontology/acled.yaml`` lists them) and the labelling conventions of
``tests/acled_notes6.py`` and ``tests/acled_mali_notes5.py``. The writer did not read the
product's coding code (``src/crisisdesk/coding``, its lexicon and word lists) and committed
the set before anything was run on it. About 50 ``notes`` of the shared Mali 2017-2019 CSV
(only rows of its first 40 % of lines) were read for style; none is copied or paraphrased.
Places, groups, dates and kinds of event are public facts of that time and place; many
notes follow widely reported events (Mondoro and Tessit 2022, the Kati camp July 2022,
Talataye September 2022, the Tombouctou boat September 2023, Bamako September 2024, the
Tinzaouaten drone strike August 2024, the FLA merger November 2024, the dissolution of
parties May 2025, Boulkessi June 2025, Kayes July 2025, JNIM's fuel blockade from
September 2025; Dapchi, Metele and Baga 2018, Rann and Konduga 2019, Bohoma, Auno,
Mozogo, Zabarmari and Toumour 2020, Marte, Damasak and Shekau's death 2021, Gwoza, Mafa
and Barkaram 2024) with text of the writer's own; their tolls are those most widely
reported or, where marked by a second source, made up for the test; the other events
are made up.

What it covers: 200 notes in ACLED's terse style with its hard cases: "On <date>,"
openings, "Between X and Y", "Around <date> (week of)", "Reported on"; "presumed" and
"suspected" doers, "reportedly"; two incidents in one note ("coded separately"); tolls from
two sources; a claimed toll the other side denies; tolls of two sides to add up; notes that
tell only the aftermath ("the bodies of ... were found"); coder remarks in brackets;
"(coded as X at geoprecision 2)"; armed victims (soldiers, gendarmes, Dozo hunters, Dan
Na Ambassagou, CJTF, vigilance committees, MSA fighters) beside unarmed civilians; joint
FAMa-Wagner and FAMa-Africa Corps operations; convoys and fuel tankers attacked with and
without escort; car bombs inside an assault; a suicide bomber who dies alone; a would-be
bomber shot before detonating; drone strikes on rebels and on civilians.

Proportions:
- regions: Mali 100 (2022-2025); Lake Chad basin 100 (2018-2024): Nigeria 59 (Borno,
  Yobe), Cameroon 16 (Far North), Chad 12 (Lac), Niger 13 (Diffa);
- event types, Mali: Battles 34, Violence against civilians 26, Explosions/Remote violence
  17, Strategic developments 14, Protests 6, Riots 3; Lake Chad: Battles 32, Violence
  against civilians 31, Explosions/Remote violence 18, Strategic developments 11,
  Protests 5, Riots 3;
- 24 of ACLED's 25 sub-event types (all but Chemical weapon).

Labels follow notes6's conventions (fatalities: every reported death, attackers included;
two tolls for the same dead from two sources: the lower; tolls of different sides add up;
"at least N", "about N", "more than N" are N; "several"/"an unknown number" 10, "dozens"
12; a claimed toll the other side denies: 0; wounded only or no toll: 0; a note telling
several incidents is labelled with its first; an IED or a car bomb followed by gunfire on
the same target is Battles - Armed clash; an attack on armed people is an Armed clash, on
unarmed civilians Violence against civilians - Attack, also when they are only beaten;
Abduction for people seized by an armed group and for detainees of soldiers taken to an
unknown place; Arrests for arrests by state forces; Looting/property destruction when only
goods are taken or burned and nobody is hurt; territory taken by fighting: Government
regains territory / Non-state actor overtakes territory, without fighting: Non-violent
transfer of territory, actor 1 the side that takes it; a device defused or a bomber stopped
before detonating: Disrupted weapons use; actor 1 is the side that acted, ``""`` when the
note leaves a side open; Excessive force has the security force as actor 1). Additions
for this set: a decree, a government measure, an expulsion or a threat is Other; Change
to group/activity is an armed group changing itself (a merger, a blockade it declares, a
mass surrender); ground troops with air support is a clash, a helicopter or drone alone
an Air/drone strike; remote violence that kills the people at the place is labelled with
them as actor 2 (civilians when most of the dead are civilians); a joint force of FAMa
and Russians is coded with the FAMa as the actor, the Russians alone as "Wagner Group"
(until June 2025) or "Africa Corps". Dates: the day named; a span, its last day;
"Reported on" carries the report's day.

Actor names follow ACLED's pattern as the earlier modules use them; names by regime
period (not checked against ACLED's data): Mali "(2021-)"; Nigeria "(2015-2023)" until
29 May 2023, "(2023-)" after; Cameroon "(1982-)"; Chad "(1990-2021)" until 20 April 2021,
"(2021-)" after; Niger "(2011-2021)" until 2 April 2021, "(2021-2023)" until 26 July 2023,
"(2023-)" after. The Islamic State's Sahel branch is "Islamic State (Sahel)" (ACLED's
name from March 2022; the set's earliest IS note in Mali is of 9 March 2022); around Lake
Chad "Islamic State (West Africa)" (ISWAP) and "Boko Haram - Jamaatu Ahli is-Sunnah
lid-Dawati wal-Jihad" (JAS) for "Boko Haram" with no faction named. The CSP-PSD is "FLA: Azawad Liberation Front" from its merger on 30
November 2024. MINUSMA "(2013-2023)". Foreign victims "Civilians (International)" as in
notes5. Armed men the note does not name are the country's Unidentified Armed Group.

Row: ``(event_date, iso3, event_type, sub_event_type, fatalities, actor1, actor2, notes)``.
"""

from __future__ import annotations

from tests.support.acled_labels import (
    B, VAC, ERV, P, R, SD, CLASH, ATTACK, ABDUCT, SEXV, GOVREG, NSAOT, AIR, IED, SHELL, SUIC, GREN,
    PEACE, INTERV, EXCESS, VIOLDEM, MOB, AGREE, ARREST, CHANGE, DISR, HQ, LOOT, NVT, OTHER
)

# ---------------------------------------------------------------- Mali
MLI_MIL, MLI_GOV = "Military Forces of Mali (2021-)", "Government of Mali (2021-)"
MLI_POL, MLI_GEND = "Police Forces of Mali (2021-)", "Police Forces of Mali (2021-) Gendarmerie"
MLI_CVL, MLI_PRO, MLI_RIOT = "Civilians (Mali)", "Protesters (Mali)", "Rioters (Mali)"
MLI_UAG = "Unidentified Armed Group (Mali)"
DOZO, DNA = "Dozo Communal Militia (Mali)", "Dan Na Ambassagou"
MSA, CSP, FLA = ("MSA: Movement for Azawad Salvation",
                 "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development",
                 "FLA: Azawad Liberation Front")
WAGNER, AFC = "Wagner Group", "Africa Corps"
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"
FRA_MIL, FRA_GOV = "Military Forces of France (2017-)", "Government of France (2017-)"
CIV_MIL, INTL_CVL = "Military Forces of Ivory Coast (2011-)", "Civilians (International)"
# ---------------------------------------------------------------- jihadist groups
JNIM = "JNIM: Group for Support of Islam and Muslims"
IS_SAHEL = "Islamic State (Sahel)"
ISWAP = "Islamic State (West Africa)"
JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
# ---------------------------------------------------------------- Nigeria
NGA_MIL15, NGA_MIL23 = "Military Forces of Nigeria (2015-2023)", "Military Forces of Nigeria (2023-)"
NGA_POL15, NGA_POL23 = "Police Forces of Nigeria (2015-2023)", "Police Forces of Nigeria (2023-)"
NGA_GOV15 = "Government of Nigeria (2015-2023)"
NGA_CVL, NGA_PRO, NGA_RIOT = "Civilians (Nigeria)", "Protesters (Nigeria)", "Rioters (Nigeria)"
CJTF, MNJTF = "CJTF: Civilian Joint Task Force", "MNJTF: Multinational Joint Task Force"
# ---------------------------------------------------------------- Cameroon
CMR_MIL, CMR_GEND = "Military Forces of Cameroon (1982-)", "Police Forces of Cameroon (1982-) Gendarmerie"
CMR_CVL, CMR_PRO, CMR_RIOT = "Civilians (Cameroon)", "Protesters (Cameroon)", "Rioters (Cameroon)"
CMR_UAG, CMR_VIG = "Unidentified Armed Group (Cameroon)", "Vigilance Committee (Cameroon)"
# ---------------------------------------------------------------- Chad
TCD_MIL90, TCD_MIL21 = "Military Forces of Chad (1990-2021)", "Military Forces of Chad (2021-)"
TCD_GOV21, TCD_CVL, TCD_PRO = "Government of Chad (2021-)", "Civilians (Chad)", "Protesters (Chad)"
# ---------------------------------------------------------------- Niger
NER_MIL11, NER_MIL21, NER_MIL23 = ("Military Forces of Niger (2011-2021)", "Military Forces of Niger (2021-2023)",
                                   "Military Forces of Niger (2023-)")
NER_POL11, NER_POL21 = "Police Forces of Niger (2011-2021)", "Police Forces of Niger (2021-2023)"
NER_CVL, NER_PRO = "Civilians (Niger)", "Protesters (Niger)"
NER_UAG = "Unidentified Armed Group (Niger)"

NOTES: list[tuple[str, str, str, str, int, str, str, str]] = [
    # ############################################################## MALI 2022-2025 (100)
    # ================================================================== Battles (34)
    # ---------------------------------------------------- Armed clash (30)
    ("2022-01-13", "MLI", B, CLASH, 4, JNIM, MLI_MIL,
     "On 13 January 2022, presumed Katiba Macina (JNIM) militants raided the army post of Dinangourou (Koro, Mopti) early in the morning. Two soldiers and two assailants were killed; the militants withdrew toward the Burkinabe border."),
    ("2022-03-04", "MLI", B, CLASH, 97, JNIM, MLI_MIL,
     "On 4 March 2022, JNIM militants launched a complex assault on the FAMa camp of Mondoro (Douentza, Mopti) with car bombs, heavy weapons and fighters on motorbikes. The army reported 27 soldiers killed, 33 wounded and 70 assailants neutralised."),
    ("2022-04-19", "MLI", B, CLASH, 1, MLI_UAG, MLI_MIL,
     "On 19 April 2022, a FAMa column accompanied by Russian instructors was ambushed by armed men near Hombori (Douentza, Mopti). One Russian national killed. The army said it later arrested 18 suspects in the area. [Killings reported in Hombori the next day coded separately.]"),
    ("2022-08-07", "MLI", B, CLASH, 79, IS_SAHEL, MLI_MIL,
     "On 7 August 2022, IS Sahel militants attacked the army camp of Tessit (Ansongo, Gao) using car bombs, artillery and drones according to the government. Official toll: 42 soldiers killed, 22 wounded, 37 assailants neutralised."),
    ("2022-05-24", "MLI", B, CLASH, 10, MSA, IS_SAHEL,
     "Between 23 and 24 May 2022, MSA and GATIA combatants clashed with IS Sahel militants around Inekar (Menaka, Menaka). Local sources reported several dead on each side; the MSA gave no figure."),
    ("2022-10-02", "MLI", B, CLASH, 7, JNIM, DOZO,
     "On 2 October 2022, suspected JNIM militants attacked Dozo hunters manning a checkpoint at the entrance of Sokoura (Niono, Segou). 7 hunters killed, according to their association. The militants left with the hunters' motorbikes and shotguns."),
    ("2022-07-22", "MLI", B, CLASH, 8, JNIM, MLI_MIL,
     "On 22 July 2022, Katiba Macina (JNIM) militants launched an attack on the Kati military camp (Kati, Koulikoro), two explosives-laden vehicles followed by gunfire. One soldier and 7 assailants killed, according to the army. [Coded as one armed clash, the car bombs being part of the assault.]"),
    ("2023-02-21", "MLI", B, CLASH, 4, MLI_UAG, MLI_MIL,
     "On 21 February 2023, gunmen ambushed a FAMa patrol on the Diafarabe-Tenenkou road (coded as Diafarabe at geoprecision 2). 4 soldiers killed according to a local elected official, 6 according to a military source."),
    ("2023-10-01", "MLI", B, CLASH, 56, CSP, MLI_MIL,
     "On 1 October 2023, CSP-PSD fighters attacked the army camp in Bourem (Bourem, Gao). The army said 10 soldiers and 46 assailants were killed and the attack repelled; the CSP claimed to have taken the camp, which the army denied."),
    ("2023-08-11", "MLI", B, CLASH, 30, JNIM, MLI_MIL,
     "On 11 August 2023, JNIM militants attacked a FAMa convoy heading for Ber (Timbuktu, Timbuktu) ahead of the handover of the MINUSMA camp there. The army said 6 soldiers were killed and 4 wounded, and that about 24 assailants were neutralised."),
    ("2024-02-18", "MLI", B, CLASH, 10, DOZO, JNIM,
     "On 18 February 2024, Dozo hunters and suspected JNIM militants clashed in the bush near Kokry (Macina, Segou) after the hunters tried to dislodge the militants from a camp. An unknown number killed on both sides."),
    ("2024-03-09", "MLI", B, CLASH, 20, JNIM, IS_SAHEL,
     "Around 9 March 2024 (week of), JNIM and IS Sahel militants fought in the area of Ouatagouna (Ansongo, Gao). About 20 dead according to local sources, most of them IS Sahel fighters."),
    ("2024-04-27", "MLI", B, CLASH, 3, WAGNER, JNIM,
     "On 27 April 2024, Wagner Group personnel escorting a supply convoy exchanged fire with presumed JNIM militants near Dioura (Tenenkou, Mopti). Reportedly 3 militants killed; no figures on the Russian side."),
    ("2024-09-17", "MLI", B, CLASH, 77, JNIM, MLI_GEND,
     "On 17 September 2024, JNIM fighters stormed the gendarmerie school at Faladie and the air base next to the airport in Bamako. Officials admitted 'some losses'; security sources counted at least 77 dead, mostly trainee gendarmes. Several aircraft were set on fire."),
    ("2025-03-22", "MLI", B, CLASH, 0, FLA, MLI_MIL,
     "On 22 March 2025, FLA rebels ambushed a FAMa and Wagner column between Anefis and Tarkint (coded as Anefis at geoprecision 2). The FLA claimed 5 soldiers killed and two vehicles seized; the army denied any losses."),
    ("2025-06-01", "MLI", B, CLASH, 30, JNIM, MLI_MIL,
     "On 1 June 2025, JNIM militants stormed positions in the Boulkessi military camp (Douentza, Mopti) before withdrawing with weapons and vehicles. Security sources put the toll at more than 30 soldiers killed; JNIM claimed over 100. The army reported 'significant losses' without a figure."),
    ("2025-07-01", "MLI", B, CLASH, 21, JNIM, MLI_MIL,
     "On 1 July 2025, JNIM militants attacked military positions in Kayes (Kayes, Kayes) at dawn, one of seven coordinated attacks in the west that day (the others coded separately). The army said the attacks were repelled and 80 assailants killed across all sites, 21 of them in Kayes."),
    ("2025-09-14", "MLI", B, CLASH, 0, JNIM, MLI_MIL,
     "On 14 September 2025, JNIM militants ambushed a convoy of some 40 fuel tankers under FAMa escort between Kayes and Diboli (coded as Kayes at geoprecision 2). The escort returned fire; about 20 tankers were set alight. No casualty figures."),
    ("2025-10-09", "MLI", B, CLASH, 12, JNIM, MLI_MIL,
     "On 9 October 2025, presumed JNIM militants attacked a fuel convoy and its army escort on the Bougouni-Sikasso road (coded as Koumantou at geoprecision 2). 8 soldiers and 4 tanker drivers killed according to the drivers' union; the army spoke of limited losses."),
    ("2022-11-26", "MLI", B, CLASH, 2, MLI_UAG, MLI_GEND,
     "Reported on 26 November 2022, gunmen raided the gendarmerie brigade of Kimparana (San, Segou) overnight; 2 gendarmes killed and the station's weapons store emptied."),
    ("2023-03-19", "MLI", B, CLASH, 14, MLI_MIL, JNIM,
     "On 19 March 2023, the army reported that an air-land operation in the area of Macina (Macina, Segou) had neutralised 14 terrorists and destroyed a logistics base. Local sources identified the dead as Katiba Macina (JNIM) members."),
    ("2025-08-03", "MLI", B, CLASH, 15, MLI_MIL, JNIM,
     "On 3 August 2025, FAMa soldiers and Africa Corps troops clashed with JNIM militants near Boni (Douentza, Mopti). The army announced 15 assailants killed; JNIM said it destroyed two armoured vehicles."),
    ("2022-12-03", "MLI", B, CLASH, 3, JNIM, DNA,
     "On 3 December 2022, Dan Na Ambassagou militiamen protecting fields near Sangha (Bandiagara, Mopti) came under attack by suspected JNIM militants; 3 militiamen killed."),
    ("2022-06-22", "MLI", B, CLASH, 0, MLI_UAG, MINUSMA,
     "On 22 June 2022, unidentified gunmen opened fire on MINUSMA peacekeepers escorting a water tanker at the exit of Menaka (Menaka, Menaka). One peacekeeper wounded; the assailants fled."),
    ("2025-06-20", "MLI", B, CLASH, 10, IS_SAHEL, AFC,
     "On 20 June 2025, IS Sahel militants attacked an Africa Corps supply convoy between Ansongo and Menaka (coded as Ansongo at geoprecision 2). Several Russian soldiers reportedly killed, according to local sources; no official toll."),
    ("2025-06-02", "MLI", B, CLASH, 14, JNIM, MLI_MIL,
     "On 2 June 2025, JNIM fighters hit the Timbuktu military camp with a car bomb, then assaulted it on foot. The army reported 14 attackers killed and several captured; a few soldiers wounded."),
    ("2024-11-03", "MLI", B, CLASH, 7, IS_SAHEL, MLI_MIL,
     "On 3 November 2024, IS Sahel militants attacked the army post at Tidermene (Menaka, Menaka); 2 soldiers and 5 assailants killed according to the army."),
    ("2024-05-17", "MLI", B, CLASH, 10, MLI_UAG, MLI_MIL,
     "On 17 May 2024, soldiers and Wagner personnel escorting trucks came under fire from militants on motorbikes near Diabaly (Niono, Segou). The army said 9 attackers were killed; one soldier died of his wounds the next day."),
    ("2025-10-23", "MLI", B, CLASH, 3, JNIM, MLI_MIL,
     "On 23 October 2025, JNIM militants attacked a National Guard post in Kolokani (Kolokani, Koulikoro), killing 3 guards, and looted its armoury."),
    ("2022-04-27", "MLI", B, CLASH, 2, JNIM, MLI_MIL,
     "On 27 April 2022, presumed Katiba Macina (JNIM) militants attacked the army camp of Niono (Niono, Segou) with mortars and small arms; 2 soldiers killed. Attacks the same day on Sevare and Bapho are coded separately."),
    # ---------------------------------------------------- territory by fighting (4)
    ("2022-09-06", "MLI", B, NSAOT, 12, IS_SAHEL, MSA,
     "On 6 September 2022, IS Sahel militants attacked Talataye (Ansongo, Gao), held by MSA and GATIA fighters, and took control of the town after several hours of fighting. About 12 MSA fighters killed. Killings of civilians in the town are coded separately."),
    ("2025-08-19", "MLI", B, NSAOT, 0, JNIM, MLI_MIL,
     "On 19 August 2025, JNIM militants attacked and took over the army post of Farabougou (Niono, Segou); the soldiers fell back toward Niono. Unverified reports of soldiers killed; no toll given."),
    ("2023-10-07", "MLI", B, GOVREG, 0, MLI_MIL, CSP,
     "On 7 October 2023, a FAMa column supported by Wagner and drones entered Anefis (Kidal, Kidal) after clashes with CSP-PSD fighters, who withdrew toward Kidal. No toll given by either side."),
    ("2025-08-24", "MLI", B, GOVREG, 6, MLI_MIL, JNIM,
     "On 24 August 2025, the army announced it had retaken Dogofry (Niono, Segou) after fighting with JNIM militants who had set up there weeks earlier; 6 militants killed according to the army."),
    # ================================================================== Violence against civilians (26)
    # ---------------------------------------------------- Attack (18)
    ("2022-04-20", "MLI", VAC, ATTACK, 10, MLI_MIL, MLI_CVL,
     "Reported on 20 April 2022, soldiers and Russian personnel reportedly killed several civilians at the Hombori market (Douentza, Mopti) after the ambush of the previous day, according to residents. The army said suspects had been arrested."),
    ("2022-09-06", "MLI", VAC, ATTACK, 30, IS_SAHEL, MLI_CVL,
     "On 6 September 2022, after taking Talataye (Ansongo, Gao), IS Sahel militants killed civilians and set the market and houses on fire. At least 30 civilians killed according to local officials, 42 according to an MSA statement."),
    ("2022-03-09", "MLI", VAC, ATTACK, 12, IS_SAHEL, MLI_CVL,
     "Between 8 and 9 March 2022, IS Sahel militants raided Daoussahak camps around Tamalat and Inchinane (Menaka, Menaka), killing dozens of civilians according to community leaders."),
    ("2023-01-25", "MLI", VAC, ATTACK, 4, DOZO, MLI_CVL,
     "On 25 January 2023, Dozo hunters reportedly shot dead 4 Fulani herders near Diabaly (Niono, Segou) and drove off their cattle."),
    ("2023-05-14", "MLI", VAC, ATTACK, 2, JNIM, MLI_CVL,
     "On 14 May 2023, suspected JNIM militants executed two municipal councillors of Ngouma (Douentza, Mopti) whom they accused of informing the army."),
    ("2023-07-03", "MLI", VAC, ATTACK, 7, MLI_MIL, MLI_CVL,
     "Reported on 3 July 2023, the bodies of 7 men with their hands tied were found in a dry riverbed near Sofara (Djenne, Mopti). Relatives said the men had been detained two days earlier at a checkpoint held by soldiers and Wagner personnel."),
    ("2024-03-05", "MLI", VAC, ATTACK, 1, WAGNER, MLI_CVL,
     "On 5 March 2024, Wagner Group personnel searching the weekly market of Ansongo (Ansongo, Gao) beat several traders and shot dead one who tried to run away, according to local sources."),
    ("2024-04-21", "MLI", VAC, ATTACK, 6, JNIM, MLI_CVL,
     "On 21 April 2024, JNIM-affiliated militants stopped a passenger bus between Bandiagara and Bankass (coded as Bandiagara at geoprecision 2), separated the Dogon men from the other passengers and shot them. At least 6 killed, 11 according to a local youth association."),
    ("2024-07-01", "MLI", VAC, ATTACK, 40, JNIM, MLI_CVL,
     "On 1 July 2024, presumed JNIM militants surrounded Djiguibombo (Bandiagara, Mopti) during a wedding and opened fire on the guests. Around 40 civilians killed, according to local officials."),
    ("2025-09-22", "MLI", VAC, ATTACK, 2, JNIM, MLI_CVL,
     "On 22 September 2025, JNIM militants stopped three tanker trucks on the Kayes-Bamako road near Sandare (Nioro, Kayes), shot dead two drivers and set the trucks on fire. The trucks were travelling without escort."),
    ("2025-10-16", "MLI", VAC, ATTACK, 0, JNIM, MLI_CVL,
     "Reported on 16 October 2025, JNIM militants stopped a bus near Kolokani (Kolokani, Koulikoro) and whipped several passengers found carrying fuel in jerrycans, in line with the group's blockade. Nobody killed."),
    ("2022-12-18", "MLI", VAC, ATTACK, 2, MLI_MIL, MLI_CVL,
     "On 18 December 2022, soldiers at a checkpoint at the entrance of Niono (Niono, Segou) fired on a pick-up that did not stop, killing the driver and a passenger. The army said the vehicle had ignored warnings."),
    ("2024-01-08", "MLI", VAC, ATTACK, 1, MLI_UAG, MLI_CVL,
     "On 8 January 2024, the imam of Kouakourou (Djenne, Mopti) was killed on his way back from evening prayers by armed men on motorbikes."),
    ("2025-05-17", "MLI", VAC, ATTACK, 20, MLI_MIL, MLI_CVL,
     "Reported on 17 May 2025, residents of Diafarabe (Tenenkou, Mopti) said about 20 Fulani men detained by soldiers at the weekly fair on 12 May had been killed and buried near the river. The army announced an investigation."),
    ("2023-03-30", "MLI", VAC, ATTACK, 5, IS_SAHEL, MLI_CVL,
     "On 30 March 2023, suspected IS Sahel militants shot dead 5 Tuareg herders near Inekar (Menaka, Menaka) and took their animals."),
    ("2022-02-17", "MLI", VAC, ATTACK, 2, MLI_UAG, MLI_CVL,
     "On 17 February 2022, gunmen raided a gold panning site near Kenieba (Kenieba, Kayes), killing 2 miners and taking gold and phones."),
    ("2023-08-07", "MLI", VAC, ATTACK, 10, JNIM, MLI_CVL,
     "On 7 August 2023, JNIM militants attacked two villages in the commune of Ouenkoro (Bankass, Mopti), killing several civilians and burning granaries. [Coded as one event; sources do not name the second village.]"),
    ("2024-09-09", "MLI", VAC, ATTACK, 0, MLI_UAG, MLI_CVL,
     "On 9 September 2024, unidentified armed men shot and wounded a trader and his apprentice on the Koutiala-Koury road (coded as Koutiala at geoprecision 2) and took their motorbike."),
    # ---------------------------------------------------- Abduction/forced disappearance (6)
    ("2025-07-01", "MLI", VAC, ABDUCT, 0, JNIM, INTL_CVL,
     "On 1 July 2025, during the attacks on the Kayes region, armed men abducted three Indian workers at a cement plant near Diamou (Kayes, Kayes). Security sources attributed the kidnapping to JNIM."),
    ("2022-08-28", "MLI", VAC, ABDUCT, 0, DOZO, MLI_CVL,
     "On 28 August 2022, Dozo militiamen reportedly took away 5 Fulani traders returning from the fair of Saye (Macina, Segou). Their families have had no news of them."),
    ("2024-01-30", "MLI", VAC, ABDUCT, 0, MLI_MIL, MLI_CVL,
     "On 30 January 2024, soldiers and Wagner personnel rounded up about 15 men at the fair of Nampala (Niono, Segou) and took them to an unknown destination; relatives have had no news since. [Coded as forced disappearance, not arrest.]"),
    ("2025-05-08", "MLI", VAC, ABDUCT, 0, MLI_UAG, MLI_CVL,
     "On 8 May 2025, a leader of a political party due to be dissolved was taken from his home in Kati (Kati, Koulikoro) by hooded men who presented themselves as gendarmes. His whereabouts remained unknown for days."),
    ("2025-10-05", "MLI", VAC, ABDUCT, 0, JNIM, MLI_CVL,
     "On 5 October 2025, JNIM militants stopped a column of 12 tanker trucks near Diema (Diema, Kayes), set the trucks on fire and took the drivers away."),
    ("2022-11-21", "MLI", VAC, ABDUCT, 0, IS_SAHEL, MLI_CVL,
     "Reported on 21 November 2022, IS Sahel militants abducted the nurse of the community health centre of Anderamboukane (Menaka, Menaka) and his wife. [health worker targeted]"),
    # ---------------------------------------------------- Sexual violence (2)
    ("2023-11-12", "MLI", VAC, SEXV, 0, MLI_UAG, MLI_CVL,
     "Reported on 12 November 2023, armed men raped four women who were collecting firewood near Boni (Douentza, Mopti). [women targeted: women gathering firewood]"),
    ("2024-02-03", "MLI", VAC, SEXV, 0, JNIM, MLI_CVL,
     "Between 2 and 3 February 2024, presumed JNIM militants who occupied a hamlet near Dioura (Tenenkou, Mopti) raped several women, according to a local women's association. No deaths reported. [women targeted: villagers]"),
    # ================================================================== Explosions/Remote violence (17)
    ("2024-08-25", "MLI", ERV, AIR, 21, MLI_MIL, MLI_CVL,
     "On 25 August 2024, FAMa drones reportedly struck Tinzaouaten (Abeibara, Kidal) several times, one strike landing near a pharmacy. The FLA and local officials counted 21 civilian dead, 11 of them children; the army said it had hit terrorist targets."),
    ("2024-12-01", "MLI", ERV, AIR, 8, MLI_MIL, FLA,
     "On 1 December 2024, a FAMa drone strike hit a vehicle near Tinzaouaten (Abeibara, Kidal), killing 8 people, among them a senior FLA commander, according to the rebels."),
    ("2023-05-16", "MLI", ERV, AIR, 20, MLI_MIL, JNIM,
     "On 16 May 2023, the air force said it had struck a gathering of JNIM militants in the Wagadou forest (coded as Nara at geoprecision 2), killing about 20."),
    ("2024-03-17", "MLI", ERV, AIR, 13, MLI_MIL, MLI_CVL,
     "On 17 March 2024, a drone strike attributed to the army hit Amasrakad (Gao, Gao), killing at least 13 civilians including 7 children, according to local sources."),
    ("2022-11-05", "MLI", ERV, AIR, 30, MLI_MIL, IS_SAHEL,
     "Around 5 November 2022 (week of), the air force struck IS Sahel hideouts between Menaka and Anderamboukane (coded as Menaka at geoprecision 2); the army reported about 30 militants killed."),
    ("2025-09-11", "MLI", ERV, AIR, 12, MLI_MIL, JNIM,
     "On 11 September 2025, a FAMa drone struck JNIM fighters regrouping after an attack on a fuel convoy near Didieni (Kolokani, Koulikoro); the army said 12 were killed."),
    ("2023-07-09", "MLI", ERV, AIR, 0, MLI_MIL, MLI_UAG,
     "On 9 July 2023, an army helicopter fired on suspected militants travelling on motorbikes near Mondoro (Douentza, Mopti). No toll given."),
    ("2022-07-05", "MLI", ERV, IED, 2, MLI_UAG, MINUSMA,
     "On 5 July 2022, a MINUSMA vehicle struck an explosive device near Tessalit (Tessalit, Kidal) during a logistics escort; 2 Egyptian peacekeepers killed, 5 wounded."),
    ("2023-03-08", "MLI", ERV, IED, 3, MLI_UAG, MLI_CVL,
     "On 8 March 2023, a cart taking women to the Boni market set off a mine on a track outside the town (coded as Boni at geoprecision 2); 3 women killed."),
    ("2024-01-19", "MLI", ERV, IED, 4, MLI_UAG, MLI_MIL,
     "On 19 January 2024, an IED destroyed a FAMa vehicle of a convoy escorted by Wagner near Dioura (Tenenkou, Mopti); 4 soldiers killed. No gunfire followed."),
    ("2025-09-27", "MLI", ERV, IED, 1, JNIM, MLI_CVL,
     "On 27 September 2025, a fuel tanker hit a mine presumably laid by JNIM on the road between Niono and Diabaly (coded as Niono at geoprecision 2); the driver was killed and the truck burned."),
    ("2022-10-15", "MLI", ERV, IED, 3, MLI_UAG, WAGNER,
     "Reportedly on 15 October 2022, an explosive device destroyed a Wagner Group pick-up near Bandiagara (Bandiagara, Mopti); 3 Russians killed according to a local source. Not confirmed by the authorities."),
    ("2023-09-07", "MLI", ERV, SHELL, 64, JNIM, MLI_CVL,
     "On 7 September 2023, the passenger boat 'Tombouctou' was hit by at least three rockets on the Niger river upstream of Bamba (coded as Bamba at geoprecision 2). The government said 49 civilians and 15 soldiers on board were killed and blamed JNIM. [An attack on the Bamba camp the same day is coded separately.]"),
    ("2023-10-03", "MLI", ERV, SHELL, 2, JNIM, MLI_CVL,
     "On 3 October 2023, shells fired from outside Timbuktu and aimed at the airport camp fell on a neighbourhood of the town; 2 civilians killed, 5 wounded. JNIM, which had declared a blockade of the town, was blamed."),
    ("2022-04-27", "MLI", ERV, SUIC, 1, JNIM, MLI_MIL,
     "On 27 April 2022, a suicide attacker drove an explosives-laden vehicle to the entrance of the Sevare military camp (Mopti, Mopti) and set it off; the bomber was killed and about ten soldiers wounded. No ground assault followed. Attributed to Katiba Macina (JNIM). Attacks on Niono and Bapho the same day are coded separately."),
    ("2024-02-12", "MLI", ERV, SUIC, 3, IS_SAHEL, MLI_MIL,
     "On 12 February 2024, a suicide bomber riding a motorcycle detonated his charge beside soldiers checking vehicles on the eastern road into Gao (Gao, Gao); he and 2 soldiers died. Presumed IS Sahel."),
    ("2022-12-30", "MLI", ERV, GREN, 0, MLI_UAG, MLI_CVL,
     "On 30 December 2022, a grenade tossed from a passing motorbike exploded outside a drinking spot in Ansongo (Ansongo, Gao); 3 customers wounded, nobody killed."),
    # ================================================================== Strategic developments (14)
    ("2022-07-10", "MLI", SD, ARREST, 0, MLI_GOV, CIV_MIL,
     "On 10 July 2022, the Malian authorities arrested 49 Ivorian soldiers on their arrival at Bamako airport, calling them mercenaries; Abidjan said they were deployed in support of the UN mission."),
    ("2025-08-14", "MLI", SD, ARREST, 0, MLI_GOV, MLI_MIL,
     "On 14 August 2025, the government announced the arrest of a group of officers, two generals among them, and of a French national, accused of plotting to destabilise the transition."),
    ("2022-09-13", "MLI", SD, ARREST, 0, MLI_POL, MLI_CVL,
     "On 13 September 2022, police in Bamako arrested a social media activist who had criticised the transition in online videos; he was charged with undermining the credibility of the state."),
    ("2022-01-31", "MLI", SD, OTHER, 0, MLI_GOV, FRA_GOV,
     "On 31 January 2022, Bamako ordered France's ambassador out of the country within three days, citing hostile remarks by French ministers about the junta."),
    ("2025-05-13", "MLI", SD, OTHER, 0, MLI_GOV, "",
     "On 13 May 2025, a decree of the transitional president dissolved every political party and organisation of a political character in the country."),
    ("2025-10-27", "MLI", SD, OTHER, 0, MLI_GOV, "",
     "On 27 October 2025, the government announced the closure of all schools and universities for two weeks because fuel shortages prevented teachers and pupils from travelling."),
    ("2025-09-03", "MLI", SD, CHANGE, 0, JNIM, "",
     "On 3 September 2025, JNIM declared a blockade on the regions of Kayes and Nioro du Sahel and warned transporters against bringing fuel into Mali from Senegal and Guinea. [Coded at Kayes.]"),
    ("2024-11-30", "MLI", SD, CHANGE, 0, FLA, "",
     "On 30 November 2024, the armed movements of the CSP-PSD announced their dissolution and merger into a single group, the Azawad Liberation Front (FLA), at a meeting near Tinzaouaten (Abeibara, Kidal)."),
    ("2025-09-16", "MLI", SD, LOOT, 0, JNIM, MLI_CVL,
     "Property destruction: on 16 September 2025, presumed JNIM militants stopped about 15 fuel tankers between Kita and Kati (coded as Kati at geoprecision 2), ordered the drivers out and set the trucks alight. No casualties."),
    ("2023-05-04", "MLI", SD, LOOT, 0, MLI_UAG, MLI_CVL,
     "Looting: on 4 May 2023, armed men emptied the shops of the weekly market of Dallah (Douentza, Mopti) and carried off the stock of the cereal bank; nobody was hurt."),
    ("2022-08-15", "MLI", SD, NVT, 0, MLI_MIL, FRA_MIL,
     "On 15 August 2022, the last French soldiers of Barkhane left the Gao base (Gao, Gao), handed over to the Malian army, and crossed into Niger, ending the French deployment in Mali."),
    ("2022-01-06", "MLI", SD, HQ, 0, WAGNER, "",
     "Around 6 January 2022 (week of), Russian personnel identified as Wagner Group settled in the former Barkhane base at Timbuktu airport (Timbuktu, Timbuktu), according to local sources; the government described them as instructors."),
    ("2023-06-02", "MLI", SD, DISR, 0, MLI_MIL, "",
     "On 2 June 2023, a FAMa engineering team found and defused two IEDs planted on the Douentza-Boni road (coded as Douentza at geoprecision 2)."),
    ("2025-03-23", "MLI", SD, AGREE, 0, JNIM, MLI_CVL,
     "Agreement: around 23 March 2025 (week of), notables of villages of the commune of Kolongo (Macina, Segou) reached a local accord with JNIM militants: farmers may return to their fields in exchange for paying zakat, according to local sources."),
    # ================================================================== Protests (6)
    ("2022-01-14", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On 14 January 2022, a crowd of tens of thousands filled Bamako's Independence Square at the transitional authorities' call, to denounce the ECOWAS sanctions. Rallies in other towns coded separately. [size=tens of thousands]"),
    ("2025-10-06", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On 6 October 2025, motorbike taxi drivers sat in outside the Sikasso governorate over fuel shortages; no incident. [size=no report]"),
    ("2024-05-02", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On 2 May 2024, residents of Koutiala marched to the town hall to demand an end to daily power cuts. [size=hundreds]"),
    ("2025-05-04", "MLI", P, INTERV, 0, MLI_PRO, MLI_POL,
     "On 4 May 2025, at the Palais de la Culture in Bamako, police used tear gas against party supporters who had gathered to oppose the planned dissolution of parties; several arrests. [size=hundreds]"),
    ("2023-02-08", "MLI", P, INTERV, 0, MLI_PRO, MLI_GEND,
     "On 8 February 2023, gendarmes broke up a sit-in of youths in front of the prefecture of Kenieba demanding jobs at the gold mine and arrested 6 of them. [size=about 100]"),
    ("2022-11-12", "MLI", P, EXCESS, 1, MLI_MIL, MLI_PRO,
     "On 12 November 2022, soldiers fired on residents of Ansongo (Ansongo, Gao) who were protesting against insecurity in front of the military camp; one protester killed, 3 wounded. [size=hundreds]"),
    # ================================================================== Riots (3)
    ("2024-03-22", "MLI", R, VIOLDEM, 0, MLI_RIOT, "",
     "On 22 March 2024, in Kayes, young people angered by days without electricity barricaded the bridge with burning tyres and pelted the offices of the power utility with stones. [size=no report]"),
    ("2025-11-02", "MLI", R, VIOLDEM, 0, MLI_RIOT, MLI_POL,
     "On 2 November 2025, residents of Kalaban Coro (Kati, Koulikoro) attacked the police station after a motorbike taxi driver died in custody; police fired tear gas and shots in the air. [size=no report]"),
    ("2023-02-15", "MLI", R, MOB, 1, MLI_RIOT, MLI_CVL,
     "On 15 February 2023, villagers at the weekly fair of Fana (Dioila, Koulikoro) set upon two men suspected of stealing cattle, beating one to death; the other was handed to the gendarmerie."),

    # ############################################################## LAKE CHAD BASIN 2018-2024 (100)
    # ================================================================== Battles (32)
    # ---------------------------------------------------- territory by fighting (5)
    ("2018-11-18", "NGA", B, NSAOT, 23, ISWAP, NGA_MIL15,
     "On 18 November 2018, ISWAP fighters overran the base of the army's 157 Task Force Battalion at Metele (Guzamala, Borno). The army acknowledged 23 soldiers killed; accounts by soldiers put the toll above 100."),
    ("2018-12-26", "NGA", B, NSAOT, 0, ISWAP, MNJTF,
     "On 26 December 2018, ISWAP fighters attacked and seized the MNJTF base and the town of Baga (Kukawa, Borno) after several hours of fighting; troops fell back toward Monguno. No reliable toll."),
    ("2021-04-17", "NGA", B, NSAOT, 10, ISWAP, NGA_MIL15,
     "Between 16 and 17 April 2021, ISWAP fighters overran the army base in Marte (Marte, Borno) and held the town after troops withdrew toward Dikwa. Several soldiers reportedly killed."),
    ("2021-04-23", "NGA", B, GOVREG, 12, NGA_MIL15, ISWAP,
     "On 23 April 2021, the army said troops backed by air strikes had retaken Marte (Marte, Borno) from ISWAP fighters, killing 12 of them."),
    ("2024-11-09", "TCD", B, GOVREG, 15, TCD_MIL21, JAS,
     "Reported on 9 November 2024, the army said its operation on the Lake Chad islands had driven Boko Haram fighters from the islands around Barkaram (coded as Ngouboua at geoprecision 2), killing dozens of them; it lost 3 soldiers."),
    # ---------------------------------------------------- Armed clash (27)
    ("2024-10-27", "TCD", B, CLASH, 40, JAS, TCD_MIL21,
     "On 27 October 2024, Boko Haram fighters attacked the army base on the island of Barkaram (coded as Ngouboua at geoprecision 2, Lac) at night. About 40 soldiers killed, according to the presidency."),
    ("2020-03-23", "TCD", B, CLASH, 92, JAS, TCD_MIL90,
     "On 23 March 2020, JAS fighters attacked the army position on the Bohoma peninsula (coded as Kaiga Kindjiria at geoprecision 2, Lac) in an assault that lasted several hours; 92 soldiers killed, according to the president."),
    ("2022-03-28", "TCD", B, CLASH, 16, JAS, TCD_MIL21,
     "On 28 March 2022, Boko Haram fighters arriving by canoe attacked a military post on an island of the lake (coded as Baga Sola at geoprecision 2); 4 soldiers and 12 assailants killed according to the army."),
    ("2021-04-14", "NGA", B, CLASH, 10, ISWAP, NGA_MIL15,
     "Between 13 and 14 April 2021, ISWAP fighters attacked Damasak (Mobbar, Borno), exchanged fire with troops and burned a UN warehouse and NGO offices; thousands of residents fled. Several soldiers killed according to security sources."),
    ("2021-05-19", "NGA", B, CLASH, 1, ISWAP, JAS,
     "Around 19 May 2021, ISWAP fighters surrounded JAS leader Abubakar Shekau in the Sambisa forest (coded as Bama at geoprecision 2); he set off explosives on himself rather than surrender, according to ISWAP. Other losses unknown."),
    ("2023-03-28", "NGA", B, CLASH, 12, JAS, ISWAP,
     "Around 28 March 2023 (week of), JAS fighters loyal to Bakura and ISWAP fighters fought over fishing islands near Kukawa (Kukawa, Borno). Dozens killed, mostly ISWAP according to sources close to JAS."),
    ("2019-07-21", "NGA", B, CLASH, 7, JAS, CJTF,
     "On 21 July 2019, CJTF members repelled a JAS raid on Dalwa (Konduga, Borno); 2 CJTF and 5 attackers killed."),
    ("2020-01-02", "NGA", B, CLASH, 6, ISWAP, NGA_MIL15,
     "On 2 January 2020, ISWAP fighters ambushed a troop convoy on the Maiduguri-Damboa road (coded as Damboa at geoprecision 2). 6 soldiers killed, military sources said; ISWAP claimed 15."),
    ("2018-09-08", "NGA", B, CLASH, 13, ISWAP, NGA_MIL15,
     "On 8 September 2018, ISWAP fighters attacked the military base in Gudumbali (Guzamala, Borno) in the evening and burned parts of the town before withdrawing. 2 soldiers and 11 insurgents killed according to the army."),
    ("2022-08-08", "NGA", B, CLASH, 17, NGA_MIL15, JAS,
     "On 8 August 2022, troops of Operation Hadin Kai supported by the air component cleared JAS camps in the Sambisa forest (coded as Gwoza at geoprecision 2), neutralising 17 terrorists and rescuing 9 women and children."),
    ("2022-05-12", "NGA", B, CLASH, 2, ISWAP, NGA_POL15,
     "On 12 May 2022, ISWAP fighters attacked the police division in Gajiram (Nganzai, Borno); 2 policemen killed and a patrol vehicle burned."),
    ("2023-01-30", "NGA", B, CLASH, 9, MNJTF, ISWAP,
     "On 30 January 2023, MNJTF troops clashed with ISWAP fighters on the Tumbun islands (coded as Kukawa at geoprecision 2); 7 militants and 2 soldiers killed."),
    ("2024-01-10", "NGA", B, CLASH, 5, ISWAP, NGA_MIL23,
     "On 10 January 2024, troops repelled an ISWAP attack on their base in Buni Yadi (Gujba, Yobe); 4 assailants and 1 soldier killed."),
    ("2023-09-02", "NGA", B, CLASH, 6, JAS, CJTF,
     "On 2 September 2023, JAS fighters killed 6 CJTF members and hunters who had pursued them after a cattle raid near Kawuri (Konduga, Borno)."),
    ("2023-02-27", "NGA", B, CLASH, 3, ISWAP, NGA_MIL15,
     "On 27 February 2023, a roadside bomb struck an army convoy near Ngamdu (Kaga, Borno), after which ISWAP fighters opened fire on it; 3 soldiers killed, 2 trucks burned."),
    ("2019-06-14", "NGA", B, CLASH, 4, ISWAP, NGA_MIL15,
     "On 14 June 2019, ISWAP fighters attacked the army base in Kareto (Mobbar, Borno), killing 4 soldiers. The same day, an army patrol was ambushed near Gajiram; coded separately."),
    ("2024-05-21", "NGA", B, CLASH, 14, ISWAP, NGA_MIL23,
     "On 21 May 2024, ISWAP fighters attacked troops in Malam Fatori (Abadam, Borno). 2 soldiers and 3 civilians caught in the crossfire killed; the army said 9 attackers were neutralised."),
    ("2024-03-24", "NGA", B, CLASH, 6, ISWAP, MNJTF,
     "On 24 March 2024, ISWAP fighters attacked the base of the Cameroonian MNJTF contingent at Wulgo (Ngala, Borno); 6 Cameroonian soldiers killed."),
    ("2018-07-14", "NGA", B, CLASH, 3, ISWAP, NGA_MIL15,
     "On 14 July 2018, ISWAP fighters stormed the army base in Jilli (Geidam, Yobe). The army said 3 soldiers were killed and others were missing; soldiers' accounts spoke of dozens killed."),
    ("2024-12-05", "NGA", B, CLASH, 3, JAS, NGA_MIL23,
     "On 5 December 2024, troops and CJTF members repelled a JAS attack on a forward base near Pulka (Gwoza, Borno); 3 militants killed, no losses on the army side."),
    ("2021-08-01", "CMR", B, CLASH, 18, JAS, CMR_MIL,
     "On 1 August 2021, Boko Haram fighters attacked the army post of Sagme near Fotokol (Logone-et-Chari, Far North); 8 soldiers killed, and about 10 assailants according to the army."),
    ("2022-05-16", "CMR", B, CLASH, 2, JAS, CMR_VIG,
     "On 16 May 2022, Boko Haram raiders attacked members of a vigilance committee guarding the village of Tourou (Mayo-Tsanaga, Far North); 2 vigilantes killed."),
    ("2019-03-05", "CMR", B, CLASH, 8, CMR_MIL, JAS,
     "On 5 March 2019, Cameroonian troops of Operation Emergence 4 killed 8 Boko Haram fighters near Tolkomari (Mayo-Sava, Far North)."),
    ("2019-02-12", "CMR", B, CLASH, 24, ISWAP, CMR_MIL,
     "On 12 February 2019, ISWAP fighters attacked the army post of Darak (Logone-et-Chari, Far North); 3 soldiers and 21 assailants killed according to the army."),
    ("2019-10-16", "NER", B, CLASH, 7, JAS, NER_MIL11,
     "On 16 October 2019, Boko Haram fighters attacked the army post of Chetimari (Diffa, Diffa); 1 soldier and 6 assailants killed according to the defence ministry."),
    ("2021-06-02", "NER", B, CLASH, 3, ISWAP, NER_MIL21,
     "On 2 June 2021, ISWAP fighters ambushed a Nigerien patrol near Bosso (Bosso, Diffa); 3 soldiers killed. ISWAP claimed 10."),
    ("2023-09-03", "NER", B, CLASH, 2, NER_MIL23, JAS,
     "On 3 September 2023, soldiers on patrol clashed with suspected Boko Haram militants near the lake shore at Bilabrim (N'Guigmi, Diffa); 2 militants killed, 1 soldier wounded."),
    # ================================================================== Violence against civilians (31)
    # ---------------------------------------------------- Attack (20)
    ("2019-01-28", "NGA", VAC, ATTACK, 60, JAS, NGA_CVL,
     "On 28 January 2019, JAS fighters entered Rann (Kala/Balge, Borno), a day after the troops posted there had left, and killed at least 60 residents according to a rights group; houses were burned. [Withdrawal of troops coded separately.]"),
    ("2020-02-09", "NGA", VAC, ATTACK, 30, ISWAP, NGA_CVL,
     "On 9 February 2020, ISWAP fighters attacked travellers stranded for the night outside Auno (Konduga, Borno), killing 30 people, many burned inside their vehicles. Abductions during the raid are coded separately."),
    ("2020-11-28", "NGA", VAC, ATTACK, 43, JAS, NGA_CVL,
     "On 28 November 2020, JAS fighters rounded up rice farmers working in fields near Koshobe (coded as Zabarmari at geoprecision 2, Jere, Borno) and killed them. The government put the toll at 43; the UN spoke of at least 110."),
    ("2020-12-12", "NER", VAC, ATTACK, 28, JAS, NER_CVL,
     "On 12 December 2020, the eve of local elections, Boko Haram fighters raided Toumour (Bosso, Diffa), killing 28 people and burning hundreds of houses and the market."),
    ("2024-09-01", "NGA", VAC, ATTACK, 34, JAS, NGA_CVL,
     "On 1 September 2024, suspected Boko Haram fighters on motorbikes attacked Mafa (Tarmuwa, Yobe), shooting villagers at the market and burning shops. Police gave a toll of 34; local leaders said more than 100 were killed."),
    ("2021-01-10", "CMR", VAC, ATTACK, 4, JAS, CMR_CVL,
     "On 10 January 2021, Boko Haram fighters raided a hamlet near Mora (Mayo-Sava, Far North) at night, killing 4 villagers and stealing goats."),
    ("2021-04-12", "CMR", VAC, ATTACK, 0, JAS, CMR_CVL,
     "Reported on 12 April 2021, Boko Haram fighters cut off the ears of 7 villagers of the Mayo-Moskota area (Mayo-Tsanaga, Far North) whom they accused of helping the army."),
    ("2023-06-04", "TCD", VAC, ATTACK, 4, TCD_MIL21, TCD_CVL,
     "On 4 June 2023, soldiers reportedly shot dead 4 fishermen on an island near Bol (Mamdi, Lac), suspecting them of supplying Boko Haram. The army made no comment."),
    ("2019-11-05", "NGA", VAC, ATTACK, 1, CJTF, NGA_CVL,
     "On 5 November 2019, CJTF members beat to death a man they suspected of spying for JAS at a checkpoint in Konduga (Konduga, Borno)."),
    ("2018-10-15", "NGA", VAC, ATTACK, 1, ISWAP, NGA_CVL,
     "On 15 October 2018, ISWAP executed a midwife working for the ICRC, held since the raid on Rann in March (place unknown, coded as Rann at geoprecision 3). [health worker targeted]"),
    ("2023-03-20", "NGA", VAC, ATTACK, 9, ISWAP, NGA_CVL,
     "Reported on 20 March 2023, the bodies of 9 firewood collectors were found in the bush outside Ngala (Ngala, Borno), two days after they left the IDP camp; residents blamed ISWAP fighters."),
    ("2022-08-17", "NGA", VAC, ATTACK, 13, JAS, NGA_CVL,
     "On 17 August 2022, JAS fighters attacked fishermen on the lake shore near Doron Baga (Kukawa, Borno); 13 killed."),
    ("2019-03-23", "NER", VAC, ATTACK, 4, JAS, NER_CVL,
     "On 23 March 2019, suspected Boko Haram militants killed 4 villagers and drove off livestock near N'Guigmi (N'Guigmi, Diffa)."),
    ("2021-08-03", "TCD", VAC, ATTACK, 5, JAS, TCD_CVL,
     "Reported on 3 August 2021, suspected Boko Haram militants killed 5 civilians on an island of the lake (coded as Ngouboua at geoprecision 2)."),
    ("2022-02-15", "NGA", VAC, ATTACK, 0, ISWAP, NGA_CVL,
     "On 15 February 2022, ISWAP fighters flogged 12 traders at a market near Marte (Marte, Borno) for refusing to pay their 'zakat'. None seriously hurt."),
    ("2020-07-09", "CMR", VAC, ATTACK, 0, CMR_UAG, CMR_CVL,
     "On 9 July 2020, unidentified gunmen shot and wounded two motorbike taxi drivers on the road out of Kousseri (Logone-et-Chari, Far North)."),
    ("2023-10-17", "NGA", VAC, ATTACK, 2, NGA_MIL23, NGA_CVL,
     "On 17 October 2023, soldiers at a checkpoint in Monguno (Monguno, Borno) opened fire on motorcyclists who failed to stop after curfew, killing 2 and wounding one."),
    ("2020-06-09", "NGA", VAC, ATTACK, 81, JAS, NGA_CVL,
     "On 9 June 2020, Boko Haram fighters attacked Foduma Kolomaiya near Gubio (Gubio, Borno), shooting villagers and herders; at least 81 killed according to local officials, and about 1200 cattle taken."),
    ("2022-11-14", "NER", VAC, ATTACK, 1, NER_UAG, NER_CVL,
     "On 14 November 2022, unidentified gunmen shot dead the village chief of a settlement near Gueskerou (Diffa, Diffa) in his courtyard."),
    ("2023-06-06", "CMR", VAC, ATTACK, 2, JAS, CMR_CVL,
     "On 6 June 2023, Boko Haram fighters killed the chief of Kordo (Mayo-Sava, Far North) and his son in their home."),
    # ---------------------------------------------------- Abduction/forced disappearance (9)
    ("2018-02-19", "NGA", VAC, ABDUCT, 0, ISWAP, NGA_CVL,
     "On 19 February 2018, ISWAP fighters stormed the Government Girls' Science and Technical College in Dapchi (Bursari, Yobe) and abducted 110 schoolgirls. [women targeted: girls]"),
    ("2020-02-09", "NGA", VAC, ABDUCT, 0, ISWAP, NGA_CVL,
     "On 9 February 2020, ISWAP fighters abducted women and children from vehicles stranded outside Auno (Konduga, Borno) after the checkpoint closed for the night. The killings during the same raid are coded separately."),
    ("2022-01-11", "NGA", VAC, ABDUCT, 0, ISWAP, NGA_CVL,
     "On 11 January 2022, ISWAP fighters set up a checkpoint on the Maiduguri-Damaturu road near Jakana (Konduga, Borno) and abducted 6 travellers, among them a civil servant."),
    ("2019-07-18", "NGA", VAC, ABDUCT, 1, ISWAP, NGA_CVL,
     "On 18 July 2019, ISWAP fighters abducted six aid workers of an NGO on the road near Damasak (Mobbar, Borno); their driver was killed."),
    ("2022-11-09", "CMR", VAC, ABDUCT, 0, CMR_UAG, CMR_CVL,
     "On 9 November 2022, unidentified gunmen abducted 7 children of herders near Mokolo (Mayo-Tsanaga, Far North) and demanded a ransom."),
    ("2021-09-15", "TCD", VAC, ABDUCT, 0, JAS, TCD_CVL,
     "Reported on 15 September 2021, suspected Boko Haram militants abducted 5 women gathering firewood near a displacement camp (coded as Baga Sola at geoprecision 2). [women targeted: displaced women]"),
    ("2020-10-02", "NER", VAC, ABDUCT, 0, JAS, NER_CVL,
     "On 2 October 2020, suspected Boko Haram fighters abducted 8 people, 4 of them women, from a village near Chetimari (Diffa, Diffa)."),
    ("2024-02-29", "NGA", VAC, ABDUCT, 0, JAS, NGA_CVL,
     "Around 29 February 2024 (week of), suspected JAS militants abducted dozens of women and children collecting firewood near Ngala (Ngala, Borno); the UN put the number above 200, local officials at 47. [women targeted: displaced women]"),
    ("2023-04-05", "NGA", VAC, ABDUCT, 0, JAS, NGA_CVL,
     "On 5 April 2023, suspected Boko Haram fighters abducted 4 farmers working near Geidam (Geidam, Yobe)."),
    # ---------------------------------------------------- Sexual violence (2)
    ("2023-05-04", "CMR", VAC, SEXV, 0, JAS, CMR_CVL,
     "On 4 May 2023, Boko Haram fighters raped two women collecting firewood near Mora (Mayo-Sava, Far North). [women targeted: women gathering firewood]"),
    ("2022-01-12", "NGA", VAC, SEXV, 0, NGA_MIL15, NGA_CVL,
     "Reported on 12 January 2022, a 15-year-old girl in an IDP camp in Maiduguri (Maiduguri, Borno) accused a soldier of raping her; the army said the soldier had been detained. [women targeted: girls]"),
    # ================================================================== Explosions/Remote violence (18)
    ("2019-06-16", "NGA", ERV, SUIC, 33, JAS, NGA_CVL,
     "On 16 June 2019, three suicide bombers blew themselves up outside a hall where people were watching a football match in Konduga (Konduga, Borno), killing 30 people besides themselves."),
    ("2024-06-29", "NGA", ERV, SUIC, 18, JAS, NGA_CVL,
     "On 29 June 2024, female suicide bombers struck a wedding, a funeral and a hospital in Gwoza (Gwoza, Borno) within hours. The state emergency agency put the toll at 18; local officials later spoke of 32. [Coded as one event.]"),
    ("2020-08-02", "CMR", ERV, SUIC, 17, JAS, CMR_CVL,
     "On 2 August 2020, a suicide bomber blew himself up at night among displaced people sleeping in the Nguetechewe camp near Mozogo (Mayo-Tsanaga, Far North), killing 16 people and himself."),
    ("2019-07-14", "TCD", ERV, SUIC, 4, JAS, TCD_CVL,
     "On 14 July 2019, a woman blew herself up at the entrance of a mosque in Kaiga Kindjiria (Fouli, Lac), killing 3 worshippers and wounding 8. The bomber also died."),
    ("2018-06-20", "NER", ERV, SUIC, 8, JAS, NER_CVL,
     "On 20 June 2018, two women carrying explosives set them off in the market of Diffa (Diffa, Diffa); 6 people died besides the bombers."),
    ("2021-03-02", "NGA", ERV, SUIC, 1, JAS, NGA_CVL,
     "On 2 March 2021, a suicide bomber set off his vest at the gate of a mosque on the outskirts of Maiduguri (coded as Jere at geoprecision 2), killing only himself; 3 worshippers wounded."),
    ("2019-10-08", "NGA", ERV, IED, 4, JAS, NGA_MIL15,
     "On 8 October 2019, an army vehicle struck a landmine on the Bama-Banki road (coded as Bama at geoprecision 2); 4 soldiers killed. Presumed JAS."),
    ("2023-12-17", "NGA", ERV, IED, 8, JAS, NGA_CVL,
     "On 17 December 2023, a commercial vehicle hit an IED between Gwoza and Pulka (coded as Gwoza at geoprecision 2); at least 8 passengers killed. Suspected Boko Haram."),
    ("2021-11-14", "CMR", ERV, IED, 2, JAS, CMR_MIL,
     "On 14 November 2021, an IED exploded under an army vehicle near Amchide (Mayo-Sava, Far North); 2 soldiers killed. Presumed Boko Haram."),
    ("2024-04-03", "TCD", ERV, IED, 3, JAS, TCD_MIL21,
     "On 3 April 2024, a vehicle of the Chadian army hit a mine near Ngouboua (Kaya, Lac), presumably planted by Boko Haram; 3 soldiers killed."),
    ("2022-03-06", "NER", ERV, IED, 2, ISWAP, NER_MIL21,
     "On 6 March 2022, a mine laid by ISWAP according to the army exploded under a patrol vehicle near Bosso (Bosso, Diffa); 2 soldiers killed."),
    ("2022-06-24", "NGA", ERV, AIR, 12, NGA_MIL15, ISWAP,
     "On 24 June 2022, the air component of Operation Hadin Kai struck a meeting of ISWAP commanders on an island near Kukawa (coded as Kukawa at geoprecision 2), killing dozens according to the military."),
    ("2021-09-15", "NGA", ERV, AIR, 9, NGA_MIL15, NGA_CVL,
     "On 15 September 2021, an air force strike hit Buwari (Yunusari, Yobe), killing 9 villagers; the military said it was investigating."),
    ("2020-04-02", "TCD", ERV, AIR, 0, TCD_MIL90, JAS,
     "On 2 April 2020, Chadian aircraft bombed Boko Haram positions on islands near Kaiga Kindjiria (Fouli, Lac). No toll given."),
    ("2022-03-05", "NER", ERV, AIR, 20, NER_MIL21, ISWAP,
     "On 5 March 2022, Nigerien aircraft struck ISWAP fighters gathered on an island near N'Guigmi (N'Guigmi, Diffa); around 20 killed according to the army."),
    ("2021-02-23", "NGA", ERV, SHELL, 10, ISWAP, NGA_CVL,
     "On 23 February 2021, ISWAP fighters fired rocket-propelled grenades and mortar rounds into Maiduguri from outside the town; at least 10 killed, 16 according to residents."),
    ("2020-06-28", "NGA", ERV, SHELL, 2, ISWAP, NGA_CVL,
     "On 28 June 2020, ISWAP fighters fired mortar bombs into Monguno (Monguno, Borno) from the outskirts; 2 children killed. No ground assault."),
    ("2018-07-04", "CMR", ERV, GREN, 2, JAS, CMR_CVL,
     "On 4 July 2018, a man threw a grenade into the crowd at the weekly market of Kolofata (Mayo-Sava, Far North), killing 2 and wounding 11. Suspected Boko Haram."),
    # ================================================================== Strategic developments (11)
    ("2019-05-07", "NER", SD, ARREST, 0, NER_POL11, NER_CVL,
     "On 7 May 2019, police in Diffa arrested 2 traders accused of supplying fuel and spare parts to Boko Haram."),
    ("2022-07-05", "NGA", SD, ARREST, 0, NGA_MIL15, NGA_CVL,
     "On 5 July 2022, troops arrested 3 suspected ISWAP logistics suppliers with fuel and drugs at the market of Monguno (Monguno, Borno)."),
    ("2019-10-26", "NGA", SD, DISR, 1, NGA_MIL15, JAS,
     "On 26 October 2019, soldiers at a checkpoint in Konduga (Konduga, Borno) shot dead a female suicide bomber before she could set off her vest; nobody else hurt. Presumed Boko Haram."),
    ("2022-02-18", "CMR", SD, DISR, 0, CMR_MIL, "",
     "On 18 February 2022, army engineers defused an IED found on the road between Mora and Kolofata (coded as Mora at geoprecision 2)."),
    ("2021-12-06", "NGA", SD, LOOT, 0, ISWAP, NGA_CVL,
     "Looting: on 6 December 2021, ISWAP fighters stopped 4 trucks carrying food on the Maiduguri-Monguno road (coded as Monguno at geoprecision 2) and drove off with them; the drivers were let go unharmed."),
    ("2019-04-14", "NER", SD, LOOT, 0, JAS, NER_CVL,
     "Property destruction: on 14 April 2019, suspected Boko Haram fighters set fire to about 40 houses in a village near Gueskerou (Diffa, Diffa) after the residents had fled; no casualties."),
    ("2021-08-02", "NGA", SD, CHANGE, 0, JAS, "",
     "Around 2 August 2021 (week of), hundreds of JAS fighters and their families surrendered to troops in Bama and Konduga after Shekau's death, the army said (coded as Bama at geoprecision 2)."),
    ("2022-11-14", "NGA", SD, HQ, 0, ISWAP, "",
     "Reported on 14 November 2022, ISWAP fighters established a camp with checkpoints near Kareto (Mobbar, Borno), from which they tax herders and fishermen."),
    ("2020-04-06", "NGA", SD, NVT, 0, ISWAP, NGA_MIL15,
     "Reported on 6 April 2020, ISWAP fighters entered the village of Cross Kauwa (Kukawa, Borno) and raised their flag after troops pulled out of their position there; no fighting."),
    ("2018-03-21", "NGA", SD, AGREE, 0, ISWAP, NGA_GOV15,
     "Agreement: on 21 March 2018, ISWAP fighters drove most of the abducted Dapchi schoolgirls back to the town (Bursari, Yobe) after back-channel talks with the federal government, which said no ransom was paid."),
    ("2024-11-03", "TCD", SD, OTHER, 0, TCD_GOV21, MNJTF,
     "On 3 November 2024, President Mahamat Deby threatened to withdraw Chad from the MNJTF, saying its members had not acted together after the Barkaram attack."),
    # ================================================================== Protests (5)
    ("2021-09-23", "NGA", P, PEACE, 0, NGA_PRO, "",
     "On 23 September 2021, several hundred displaced people marched from the Dalori camp to the governor's office in Maiduguri to protest against cuts in food rations. [size=several hundred]"),
    ("2019-09-10", "TCD", P, PEACE, 0, TCD_PRO, "",
     "On 10 September 2019, fishermen and traders held a sit-in in Bol (Mamdi, Lac) against the army's ban on fishing around the islands. [size=no report]"),
    ("2024-08-01", "NGA", P, INTERV, 0, NGA_PRO, NGA_POL23,
     "On 1 August 2024, police fired tear gas to disperse youths marching in Maiduguri against hardship on the first day of the #EndBadGovernance protests; several were arrested. [size=hundreds]"),
    ("2020-06-15", "CMR", P, INTERV, 0, CMR_PRO, CMR_GEND,
     "On 15 June 2020, gendarmes dispersed traders protesting in Kousseri (Logone-et-Chari, Far North) against the closure of the border with Chad, and arrested 5. [size=no report]"),
    ("2022-03-14", "NER", P, EXCESS, 2, NER_POL21, NER_PRO,
     "On 14 March 2022, police fired on residents of Kabelawa (N'Guigmi, Diffa) protesting after the killing of a herder; 2 protesters killed. [size=no report]"),
    # ================================================================== Riots (3)
    ("2023-04-30", "NGA", R, VIOLDEM, 0, NGA_RIOT, NGA_POL15,
     "On 30 April 2023, youths in Damaturu (Damaturu, Yobe) burned tyres and set a police patrol vehicle on fire after a motorcyclist was hit by a police truck. [size=no report]"),
    ("2018-10-12", "NGA", R, MOB, 1, NGA_RIOT, NGA_CVL,
     "On 12 October 2018, a mob in the Gwange area of Maiduguri (Maiduguri, Borno) set fire to a man accused of being a Boko Haram informant; he died at the scene."),
    ("2022-09-19", "CMR", R, MOB, 2, CMR_RIOT, CMR_CVL,
     "On 19 September 2022, villagers near Mokolo (Mayo-Tsanaga, Far North) lynched two men they suspected of kidnapping children."),
]
