"""An eighth set of ACLED-style notes: Mali 2017-2019 only, written as an outside measure
(a data module like ``acled_notes7.py``, not a test module).

Who and how: written by the session 21 writer (helper "writer8") in one sitting, with its
labels, from ACLED's event and sub-event definitions (the names as
``tests/support/acled_labels.py`` spells them) and the labelling
conventions of ``tests/acled_notes7.py``, ``tests/acled_notes6.py`` and
``tests/acled_mali_notes5.py``. The writer did not read the product's coding code
(``src/crisisdesk/coding``, its lexicon and word lists) and committed the set before
anything was run on it. About 160 ``notes`` of the shared Mali 2017-2019 CSV were read
for style, and the actor columns of 400 sampled rows tallied for the spelling of actor
names, all through the lead's style sampler (training split only, seeds 60 and 1-4; a
copy whose only change reads the actor column the export has); none is copied or
paraphrased. Places, groups and kinds of
event are public facts of that time and place; some notes follow widely reported events
(Boulkessi March 2017, Soumpi January 2018, the Timbuktu airport camp April 2018, Sevare
June 2018, the Tenenkou prefect May 2018, the Farimake forest raid November 2018,
Koulogon January 2019, Aguelhok January 2019, Dioura and Ogossagou March 2019, Guire
April 2019, Sobane Da June 2019, Indelimane and Tabankort November 2019, the dissolution of
Dan Na Ambassagou March 2019, the referendum protests of June 2017, the election dispute
of August 2018) with text of the writer's own; their tolls are those most widely reported
or made up for the test where marked by a second source; the other events are made up.

What it covers: 200 notes about Mali 2017-2019, the distribution ACLED's held-out Mali split
measures: central Mali (Mopti, Segou: Dogon/Fulani communal violence, Dan Na Ambassagou,
Dozo hunters, Katiba Macina), Menaka and Gao (ISGS against MSA and GATIA, Ansongo, Tessit),
Timbuktu and Kidal (CMA, GATIA, JNIM attacks on MINUSMA and Barkhane, mortar and rocket
fire on camps, IEDs on convoys), FAMa operations, killings and disappearances by soldiers,
abductions, livestock theft, burnt villages, protests and riots in Bamako, Kayes, Sikasso,
Gao, Mopti and Timbuktu, an agreement, a decree, a mass defection, arrests, a defused IED.
Hard cases as real notes have them: 2017-style undated fragments, "On <month> <day>," and
"On <day> <month> <year>," openings, "Between X and Y", "Around <date> (between ...)",
"Reported on"; "suspected", "presumed", "reportedly"; armed victims (soldiers, gendarmes,
national guards, peacekeepers, Dozo, Dan Na Ambassagou, MSA, GATIA, a bodyguard) beside
unarmed ones (villagers, traders, herders, women, teachers, officials); tolls in words and
digits, from two sources, of two sides, "an unknown number", wounded only; property only
(huts burned, cattle driven off, shops looted) with nobody hurt; abductions ending in
release; a vehicle hitting a mine with its escort firing afterwards; mortar rounds on a
camp with no casualties; convoys attacked with their escort; soldiers executing
detainees; a mob lynching a thief; protests dispersed with tear gas; coder remarks in
brackets; "(coded as X at geoprecision 2)" and "[size=...]".

Proportions (those of the real file's training split, as the lead gave them):
- Violence against civilians 74 (Attack 60, Abduction/forced disappearance 12, Sexual
  violence 2); Battles 60 (Armed clash 58, Government regains territory 1, Non-state actor
  overtakes territory 1); Explosions/Remote violence 30 (Remote explosive/landmine/IED 22,
  Shelling/artillery/missile attack 6, Air/drone strike 2); Strategic developments 18
  (Looting/property destruction 12, Other 2, Agreement 1, Arrests 1, Disrupted weapons
  use 1, Change to group/activity 1); Protests 9 (Peaceful protest 7, Protest with
  intervention 2); Riots 9 (Violent demonstration 6, Mob violence 3);
- years: 2017 41, 2018 78, 2019 81.

Labels follow notes6's and notes7's conventions (fatalities: every reported death,
attackers included; two tolls for the same dead from two sources: the lower; tolls of
different sides add up; "at least N", "about N", "more than N" are N; "several"/"an
unknown number" 10, "dozens" 12, "a dozen" 12; a claimed toll the other side denies: 0;
wounded only or no toll: 0; a note telling several incidents is labelled with its first;
an IED or a car bomb followed by gunfire on the same target is Battles - Armed clash; an
attack on armed people is an Armed clash, on unarmed civilians Violence against civilians -
Attack, also when they are only beaten or wounded; Abduction for people seized by an armed
group and for detainees of soldiers taken to an unknown place; Arrests for arrests by state
forces; Looting/property destruction when only goods are taken or burned and nobody is
hurt; territory taken by fighting: Government regains territory / Non-state actor
overtakes territory, actor 1 the side that takes it; a device defused: Disrupted weapons
use; a decree, a government measure or a threat: Other; Change to group/activity: an armed
group changing itself (a defection, a merger, a mass surrender); ground troops with air
support a clash, aircraft alone an Air/drone strike; remote violence that kills the people
at the place has them as actor 2 (civilians when the dead are civilians), otherwise the
target; Protest with intervention when the police disperse or arrest without killing;
Violent demonstration when demonstrators burn, barricade, loot or throw stones; Mob
violence for a crowd attacking a person; actor 1 is the side that acted, ``""`` when the
note leaves a side open; Excessive force has the security force as actor 1). Dates: the
day named; a span, its last day; "Reported on" and undated 2017 fragments carry the
report's day.

Additions for this set: (1) an abduction whose victim is killed in the same incident or
found dead is an Attack with the dead counted, one later released is an Abduction with 0;
(2) a soldier, gendarme, national guard or armed bodyguard shot dead alone, off duty or
not, is an Armed clash (the victim is armed by profession), as the real notes code it;
(3) Riots - Violent demonstration has as actor 2 the force or body the rioters fight or
attack (the police, the gendarmerie, MINUSMA), ``""`` otherwise; Mob violence has the
victim's side as actor 2; a change to group/activity has ``""`` as actor 2;
(4) "presumed Katiba Macina (JNIM)", "Katiba Serma", "Ansar Dine (JNIM)" militants are
JNIM; "Fulani militiamen" the Fulani Ethnic Militia; "Dogon hunters/militiamen" before the
name Dan Na Ambassagou appears in the note the Dogon Ethnic Militia, and Dan Na Ambassagou
where the note names it; Dozo (Bambara) hunters the Dozo Communal Militia; (5) a note that
names two possible doers ("Katiba Macina militants or Fulani militiamen") has the
Unidentified Armed Group as actor 1; (6) Operation Barkhane is coded as "Military Forces
of France (2017-)" (ACLED's name in those years; all French events here are after May
2017), the G5 Sahel joint force as "G5S: G5 Sahel Force (2017-)".

Actor names as the style sample spells them for 2017-2019: "Military Forces of Mali
(2013-2020)" (the brief's "(2016-2021)" does not occur in the sample; the 2013-2020
regime name does), "Police Forces of Mali (2013-2020)" and "... Gendarmerie", "Government
of Mali (2013-2020)", MINUSMA "(2013-2020)", "CMA: Coordination of Movements of the
Azawad" (the sample's spelling, not "Coordination of Azawad Movements"). The Islamic
State's Sahel branch is "Islamic State (Greater Sahara)" to the end of February 2019 and
"Islamic State (West Africa) - Greater Sahara Faction" from March 2019, as in notes6.
Armed men the note does not name ("unknown gunmen", "presumed jihadists") are the
Unidentified Armed Group (Mali).

Row: ``(event_date, iso3, event_type, sub_event_type, fatalities, actor1, actor2, notes)``.
"""

from __future__ import annotations

from tests.support.acled_labels import (
    B, VAC, ERV, P, R, SD, CLASH, ATTACK, ABDUCT, SEXV, GOVREG, NSAOT, AIR, IED, SHELL,
    PEACE, INTERV, VIOLDEM, MOB, AGREE, ARREST, CHANGE, DISR, LOOT, OTHER
)

MLI_MIL, MLI_GOV = "Military Forces of Mali (2013-2020)", "Government of Mali (2013-2020)"
MLI_POL, MLI_GEND = "Police Forces of Mali (2013-2020)", "Police Forces of Mali (2013-2020) Gendarmerie"
MLI_CVL, MLI_PRO, MLI_RIOT = "Civilians (Mali)", "Protesters (Mali)", "Rioters (Mali)"
MLI_UAG = "Unidentified Armed Group (Mali)"
FUL, DOG = "Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)"
DNA, DOZO = "Dan Na Ambassagou", "Dozo Communal Militia (Mali)"
GATIA, CMA, MSA = ("GATIA: Imghad Tuareg and Allies Self-Defense Group", "CMA: Coordination of Movements of the Azawad",
                   "MSA: Movement for Azawad Salvation")
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2020)"
FRA, G5S = "Military Forces of France (2017-)", "G5S: G5 Sahel Force (2017-)"
JNIM = "JNIM: Group for Support of Islam and Muslims"
ISGS = "Islamic State (Greater Sahara)"
ISGS19 = "Islamic State (West Africa) - Greater Sahara Faction"

NOTES: list[tuple[str, str, str, str, int, str, str, str]] = [
    # ================================================================== Battles (60)
    # ---------------------------------------------------- Armed clash (58)
    ("2017-02-03", "MLI", B, CLASH, 2, MLI_UAG, MLI_MIL,
     "Overnight attack on the FAMa post of Tarkint (Bourem, Gao) by unidentified gunmen; 2 soldiers killed and a pick-up carried off."),
    ("2017-03-05", "MLI", B, CLASH, 11, JNIM, MLI_MIL,
     "Army post in Boulkessi near the Burkina Faso border attacked at dawn by heavily armed militants: 11 soldiers killed and 5 wounded according to the defence ministry. JNIM later claimed the attack."),
    ("2017-04-16", "MLI", B, CLASH, 2, MLI_UAG, MLI_GEND,
     "Gendarmerie of Macina attacked during the night by armed men on motorbikes, 2 gendarmes killed, weapons taken."),
    ("2017-06-11", "MLI", B, CLASH, 3, MLI_UAG, MLI_MIL,
     "Suspected jihadists ambushed a FAMa escort on the Douentza-Boni axis this morning. Provisional toll: 3 soldiers killed, 4 wounded."),
    ("2017-07-27", "MLI", B, CLASH, 8, CMA, GATIA,
     "Between 26 and 27 July 2017, heavy fighting between CMA and GATIA combatants in the area of Anefis (Tin-Essako, Kidal). The CMA said it killed about twenty GATIA fighters; GATIA admitted 8 dead in its ranks."),
    ("2017-08-21", "MLI", B, CLASH, 3, CMA, GATIA,
     "CMA fighters attacked GATIA positions at Amassine, south of Anefis. GATIA reported 3 of its men killed, the CMA claimed 10."),
    ("2017-09-18", "MLI", B, CLASH, 1, MLI_UAG, MLI_MIL,
     "A National Guard was shot dead by two men on a motorbike at the market of Lere (Niafunke, Timbuktu). The attackers took his weapon."),
    ("2017-10-13", "MLI", B, CLASH, 0, MLI_UAG, MINUSMA,
     "MINUSMA patrol came under fire at the entrance of Ber, peacekeepers returned fire. One assailant reportedly wounded, no losses among the peacekeepers."),
    ("2017-11-23", "MLI", B, CLASH, 15, FRA, JNIM,
     "Barkhane forces supported by FAMa units carried out an operation against presumed Katiba Serma (JNIM) militants in the Serma forest (coded as Boni at geoprecision 2), about 15 militants killed according to the French army."),
    ("2017-12-04", "MLI", B, CLASH, 2, MLI_UAG, MLI_GEND,
     "Unknown gunmen opened fire on the car of a businessman at the exit of Gao, killing him and his bodyguard, a gendarme in civilian clothes."),
    ("2018-01-27", "MLI", B, CLASH, 14, JNIM, MLI_MIL,
     "On January 27, presumed JNIM militants overran the FAMa camp of Soumpi (Niafunke, Timbuktu), 14 soldiers were killed and 18 wounded according to the army. The assailants left with vehicles and weapons."),
    ("2018-01-28", "MLI", B, CLASH, 2, MLI_UAG, DOZO,
     "On January 28, presumed jihadists attacked the village of Kerena (Macina, Segou), Dozo hunters repelled the attack and two assailants were killed."),
    ("2018-02-22", "MLI", B, CLASH, 10, DOG, FUL,
     "On February 22, Dogon hunters and Fulani militiamen exchanged fire for several hours near Gondogourou (Bankass, Mopti), an unknown number of people killed on both sides."),
    ("2018-03-04", "MLI", B, CLASH, 1, MLI_MIL, MLI_UAG,
     "On March 4, soldiers at a checkpoint in Boni (Douentza, Mopti) exchanged fire with armed men on motorbikes who refused to stop, one assailant was killed and the others fled."),
    ("2018-03-22", "MLI", B, CLASH, 8, ISGS, MSA,
     "On March 22, presumed ISGS militants attacked an MSA position at Tinabaw (Menaka, Menaka). Three MSA combatants and five assailants were killed according to the MSA."),
    ("2018-04-01", "MLI", B, CLASH, 30, ISGS, FRA,
     "On April 1, French forces of Operation Barkhane and FAMa soldiers on a joint patrol came under attack by presumed ISGS militants near Akabar (Menaka, Menaka). The French army reported about thirty militants killed; two French soldiers wounded."),
    ("2018-04-14", "MLI", B, CLASH, 16, JNIM, MINUSMA,
     "On April 14, JNIM militants, some wearing FAMa and UN uniforms, attacked the MINUSMA and Barkhane camp at the Timbuktu airport with mortars, rockets and two explosives-laden vehicles before an assault on foot. One peacekeeper and about 15 assailants killed, several French soldiers wounded. [car bombs part of the assault: coded as one armed clash]"),
    ("2018-05-01", "MLI", B, CLASH, 30, MSA, ISGS,
     "Around 1 May 2018 (between 26 April and 1 May), MSA and GATIA combatants clashed repeatedly with ISGS militants in the area of Aklaz and Awakassa (Menaka, Menaka). The MSA reported more than 30 assailants killed."),
    ("2018-05-19", "MLI", B, CLASH, 3, DOZO, JNIM,
     "On May 19, Dozos and presumed Katiba Macina (JNIM) militants clashed near Ke-Macina (Macina, Segou), 3 Dozos were killed."),
    ("2018-06-16", "MLI", B, CLASH, 3, DOG, FUL,
     "On June 16, Dogon hunters attacked a group of armed Fulani youths camped near Dioungani (Koro, Mopti), killing three of them."),
    ("2018-06-29", "MLI", B, CLASH, 5, JNIM, G5S,
     "On June 29, a JNIM suicide driver blew up his vehicle at the gate of the G5 Sahel Force headquarters in Sevare (Mopti, Mopti) while gunmen tried to force their way in. Two soldiers, a civilian and two assailants killed."),
    ("2018-07-02", "MLI", B, CLASH, 2, MLI_UAG, DOZO,
     "On July 2, unknown gunmen killed two Dozos manning a checkpoint near Monimpebougou (Macina, Segou) and burned their motorbikes."),
    ("2018-08-12", "MLI", B, CLASH, 2, JNIM, MLI_MIL,
     "On August 12, during the second round of the presidential election, presumed Katiba Macina militants opened fire on soldiers securing the voting in Arkodia (Niafunke, Timbuktu); a soldier and the head of a polling station were killed."),
    ("2018-08-26", "MLI", B, CLASH, 2, JNIM, MINUSMA,
     "On August 26, a MINUSMA logistics convoy was hit by an IED and then fired on between Douentza and Boni (coded as Douentza at geoprecision 2). Two peacekeepers were killed and three wounded. JNIM claimed the ambush."),
    ("2018-09-28", "MLI", B, CLASH, 3, MLI_UAG, MLI_MIL,
     "On September 28, a FAMa vehicle struck an explosive device near Dialloube (Mopti, Mopti) and the convoy then came under small-arms fire, three soldiers killed and two wounded."),
    ("2018-10-12", "MLI", B, CLASH, 5, G5S, JNIM,
     "On October 12, soldiers of the G5 Sahel Force clashed with presumed JNIM militants near Boulkessi (Douentza, Mopti), one soldier and four assailants killed."),
    ("2018-10-27", "MLI", B, CLASH, 2, ISGS, MSA,
     "On October 27, two MSA combatants were killed and one wounded when presumed ISGS militants opened fire on their vehicle near Anderamboukane."),
    ("2018-11-23", "MLI", B, CLASH, 30, FRA, JNIM,
     "Between 22 and 23 November, Barkhane forces supported by FAMa attacked a Katiba Macina (JNIM) base in the Farimake forest (coded as Dialloube at geoprecision 2) with helicopters and ground troops. About thirty militants killed according to the French army, which said Amadou Koufa was probably among them; he later appeared in a video."),
    ("2018-11-30", "MLI", B, CLASH, 5, DNA, JNIM,
     "On November 30, Dan Na Ambassagou militiamen ambushed presumed Katiba Macina militants on the Bankass-Segue road, 5 militants killed according to the militia."),
    ("2018-12-08", "MLI", B, CLASH, 1, MLI_UAG, MLI_GEND,
     "On December 8, presumed jihadists attacked the gendarmerie post of Heremakono near the Burkina Faso border (Sikasso, Sikasso), one gendarme was killed and the post set on fire."),
    ("2018-12-12", "MLI", B, CLASH, 6, FUL, DNA,
     "On December 12, Fulani militiamen and Dan Na Ambassagou fighters clashed for several hours around Diankabou (Koro, Mopti), at least six killed, four of them Dogon militiamen."),
    ("2019-01-20", "MLI", B, CLASH, 20, JNIM, MINUSMA,
     "On 20 January 2019, JNIM militants in vehicles and on motorbikes stormed the MINUSMA camp of Aguelhok (Tessalit, Kidal). Ten Chadian peacekeepers were killed and 25 wounded; MINUSMA said several assailants were killed as the attack was repelled."),
    ("2019-01-27", "MLI", B, CLASH, 8, ISGS, MSA,
     "On January 27, presumed ISGS militants attacked a camp of MSA combatants in Tamalat (Menaka, Menaka), the MSA said it lost two men and killed six assailants."),
    ("2019-02-16", "MLI", B, CLASH, 7, MLI_UAG, MLI_MIL,
     "On February 16, a FAMa patrol was attacked by armed men on motorbikes near Nampala (Niono, Segou). Two soldiers were killed; the army said five assailants were neutralised."),
    ("2019-02-27", "MLI", B, CLASH, 6, FUL, DNA,
     "On February 27, presumed Fulani militiamen attacked Dan Na Ambassagou hunters guarding the fields of Dinangourou (Koro, Mopti), four hunters and two assailants were killed."),
    ("2019-03-17", "MLI", B, CLASH, 23, JNIM, MLI_MIL,
     "On March 17, JNIM militants led by a deserter attacked the military camp of Dioura (Tenenkou, Mopti) at dawn. The army reported 23 soldiers killed, local sources 26; vehicles and weapons were taken."),
    ("2019-04-06", "MLI", B, CLASH, 1, MLI_UAG, MINUSMA,
     "On April 6, MINUSMA peacekeepers on patrol near Douentza were fired on by suspected militants; one peacekeeper wounded, one assailant killed and another arrested."),
    ("2019-04-21", "MLI", B, CLASH, 11, JNIM, MLI_MIL,
     "On April 21, presumed JNIM militants attacked the FAMa post of Guire (Nara, Koulikoro) early in the morning, eleven soldiers were killed."),
    ("2019-05-09", "MLI", B, CLASH, 3, MLI_UAG, MLI_MIL,
     "On May 9, militants on motorbikes raided the National Guard post of Lere (Niafunke, Timbuktu); two guards and one assailant were killed."),
    ("2019-05-20", "MLI", B, CLASH, 4, JNIM, DOZO,
     "On May 20, presumed Katiba Macina (JNIM) militants attacked a Dozo checkpoint at the entrance of Sokolo (Niono, Segou), killing four Dozos."),
    ("2019-06-08", "MLI", B, CLASH, 2, ISGS19, GATIA,
     "On June 8, suspected ISGS militants ambushed a GATIA patrol near Inekar (Menaka, Menaka), two GATIA combatants killed."),
    ("2019-06-22", "MLI", B, CLASH, 10, MLI_UAG, MLI_MIL,
     "On June 22, FAMa soldiers deployed in Yoro (Koro, Mopti) repelled an attack by armed men. The army said ten attackers were neutralised; one soldier wounded."),
    ("2019-07-10", "MLI", B, CLASH, 7, MLI_MIL, JNIM,
     "On July 10, FAMa soldiers engaged presumed Katiba Macina (JNIM) militants near Dinangourou (Koro, Mopti). The army reported 7 terrorists neutralised and two soldiers wounded."),
    ("2019-07-27", "MLI", B, CLASH, 10, DOZO, JNIM,
     "Around 27 July 2019 (between 22 and 27 July), Dozos and presumed Katiba Macina militants fought several times in the area of Sokolo (Niono, Segou). An unknown number of casualties on both sides."),
    ("2019-08-18", "MLI", B, CLASH, 0, ISGS19, MSA,
     "On August 18, MSA fighters repelled an attack by suspected ISGS militants on their base in Inchinane (Menaka, Menaka), no casualties reported."),
    ("2019-09-05", "MLI", B, CLASH, 3, MLI_UAG, MLI_MIL,
     "On 5 September 2019, two FAMa soldiers were killed when their escort was ambushed near Ndaki (Gourma-Rharous, Timbuktu); the army said the assailants left one body behind."),
    ("2019-11-01", "MLI", B, CLASH, 54, ISGS19, MLI_MIL,
     "On 1 November 2019, militants attacked the FAMa post of Indelimane (Ansongo, Gao) at midday with mortars, vehicles and motorbikes. The government reported 53 soldiers and one civilian killed and several soldiers missing. The Islamic State claimed the attack."),
    ("2019-11-18", "MLI", B, CLASH, 41, ISGS19, MLI_MIL,
     "On 18 November 2019, suspected ISGS militants attacked a FAMa convoy escorting Nigerien troops near Tabankort (Ansongo, Gao). 24 soldiers were killed and 29 wounded; the army said 17 assailants were neutralised."),
    ("2019-12-14", "MLI", B, CLASH, 4, MLI_UAG, MLI_MIL,
     "On 14 December 2019, unknown gunmen attacked the FAMa camp at Tenenkou (Tenenkou, Mopti) with small arms and rocket launchers. Four soldiers killed according to a military source, seven according to local residents."),
    ("2017-05-28", "MLI", B, CLASH, 1, MLI_UAG, MLI_POL,
     "Police officer shot dead in front of his house in Sevare by two unidentified men on a motorbike."),
    ("2017-08-30", "MLI", B, CLASH, 0, JNIM, MINUSMA,
     "Presumed JNIM militants attacked a MINUSMA water point near Douentza, the peacekeepers returned fire and the attackers fled; no casualties."),
    ("2017-12-29", "MLI", B, CLASH, 4, GATIA, ISGS,
     "On December 29, GATIA combatants pursued armed men who had stolen camels near Tin-Hama (Ansongo, Gao); the men were presumed ISGS militants. Four of them were killed, according to GATIA."),
    ("2018-07-19", "MLI", B, CLASH, 12, FUL, DOZO,
     "On July 19, Fulani militiamen attacked Dozos in the area of Kokry (Macina, Segou), killing at least four of them, 8 assailants were also killed when Dozos from neighbouring villages arrived."),
    ("2018-09-09", "MLI", B, CLASH, 2, MLI_UAG, MLI_MIL,
     "On September 9, a FAMa soldier on leave and his brother, a customs officer, were shot dead by unknown gunmen on the road between Konna and Mopti (coded as Konna at geoprecision 2)."),
    ("2019-03-30", "MLI", B, CLASH, 3, JNIM, FRA,
     "On March 30, Barkhane helicopters and commandos intervened after presumed JNIM militants attacked a French patrol near Hombori (Douentza, Mopti). Three militants were killed; no French casualties."),
    ("2019-09-30", "MLI", B, CLASH, 1, MLI_UAG, DNA,
     "On 30 September 2019, unknown gunmen attacked Dan Na Ambassagou militiamen escorting women to the market of Bankass, one militiaman killed and two wounded."),
    ("2019-10-21", "MLI", B, CLASH, 0, MLI_UAG, MLI_GEND,
     "On 21 October 2019, armed men on motorbikes fired on the gendarmerie of Sofara (Djenne, Mopti) during the night; the gendarmes returned fire. No casualties reported."),
    ("2019-12-27", "MLI", B, CLASH, 16, MLI_MIL, ISGS19,
     "On 27 December 2019, FAMa and Barkhane troops engaged suspected ISGS militants near Labbezanga (Ansongo, Gao); 16 militants reportedly killed."),
    # ---------------------------------------------------- territory by fighting (2)
    ("2018-02-09", "MLI", B, GOVREG, 2, MLI_MIL, JNIM,
     "On February 9, a FAMa column retook control of Dioungani (Koro, Mopti), which presumed Katiba Macina (JNIM) militants had held since the army left in January, after brief fighting. Two militants killed."),
    ("2019-08-25", "MLI", B, NSAOT, 3, ISGS19, GATIA,
     "On August 25, suspected ISGS militants attacked and took control of the GATIA position at Ikadewane (Menaka, Menaka); GATIA fighters withdrew toward Menaka after losing three men."),
    # ================================================================== Violence against civilians (74)
    # ---------------------------------------------------- Attack (60)
    ("2019-01-01", "MLI", VAC, ATTACK, 37, DOG, MLI_CVL,
     "On 1 January 2019, Dogon hunters (donzos) surrounded the Fulani hamlet of Koulogon-Peul (Bankass, Mopti) at dawn, killing 37 civilians, among them women and children, and burning huts."),
    ("2019-03-23", "MLI", VAC, ATTACK, 157, DNA, MLI_CVL,
     "On March 23, armed men dressed as traditional hunters, whom survivors identified as Dan Na Ambassagou militiamen, attacked the Fulani village of Ogossagou-Peul and the hamlet of Welingara (Bankass, Mopti). The government put the toll at 157 dead, the UN at 160."),
    ("2019-06-10", "MLI", VAC, ATTACK, 35, FUL, MLI_CVL,
     "Between 9 and 10 June 2019, suspected Fulani militiamen attacked the Dogon village of Sobane Da (Bandiagara, Mopti) at night, shooting residents and burning houses and granaries. Initial reports spoke of 95 dead; the government later gave 35."),
    ("2018-06-23", "MLI", VAC, ATTACK, 16, DOZO, MLI_CVL,
     "On June 23, Dozos attacked the Fulani quarter of Koumaga (Djenne, Mopti), killing at least 16 civilians according to local officials, 32 according to a Fulani association."),
    ("2018-05-19", "MLI", VAC, ATTACK, 12, MLI_MIL, MLI_CVL,
     "On May 19, FAMa soldiers of the G5 Sahel Force shot dead twelve civilians at the cattle market of Boulkessi (Douentza, Mopti) after one of their comrades was killed nearby, according to the defence ministry."),
    ("2018-06-19", "MLI", VAC, ATTACK, 25, MLI_MIL, MLI_CVL,
     "Reported on June 19, the government confirmed that mass graves found near Nantaka and Kobaka (Mopti, Mopti) held the bodies of 25 men whom soldiers had arrested in the area a week earlier. [date of the report; killings undated]"),
    ("2018-04-27", "MLI", VAC, ATTACK, 40, ISGS, MLI_CVL,
     "Between 26 and 27 April, presumed ISGS militants killed at least 40 Daoussahak civilians in nomadic camps at Aklaz and Awakassa (Menaka, Menaka) according to local officials; the MSA gave 47."),
    ("2018-12-11", "MLI", VAC, ATTACK, 9, ISGS, MLI_CVL,
     "On December 11, suspected ISGS militants executed nine Daoussahak men in a nomadic camp near Inekar (Menaka, Menaka)."),
    ("2017-02-24", "MLI", VAC, ATTACK, 2, MLI_UAG, MLI_CVL,
     "2 herders killed by unidentified armed men near Ouatagouna on Friday, their animals driven off."),
    ("2017-03-14", "MLI", VAC, ATTACK, 1, MLI_UAG, MLI_CVL,
     "Village chief of Dogo (Youwarou, Mopti) killed in front of his family by presumed jihadists who accused him of collaborating with the army."),
    ("2017-04-09", "MLI", VAC, ATTACK, 0, MLI_UAG, MLI_CVL,
     "Armed men stopped a passenger bus between Gossi and Hombori, robbed the travellers and beat the driver. No deaths."),
    ("2017-05-02", "MLI", VAC, ATTACK, 3, MLI_UAG, MLI_CVL,
     "Three traders killed by bandits on the road between Tenenkou and Dioura (coded as Tenenkou at geoprecision 2) on May 2; their goods and motorbikes taken."),
    ("2017-06-06", "MLI", VAC, ATTACK, 1, JNIM, MLI_CVL,
     "The imam of Barkerou near Dioura was shot dead in his home by suspected Katiba Macina (JNIM) militants who reproached him for preaching against them."),
    ("2017-07-15", "MLI", VAC, ATTACK, 0, MLI_UAG, MLI_CVL,
     "Presumed jihadists whipped a young man in the market of Toguere-Coumbe for smoking in public."),
    ("2017-08-04", "MLI", VAC, ATTACK, 4, MLI_UAG, MLI_CVL,
     "On 4 August 2017, unidentified gunmen attacked a Fulani camp near Ndaki (Gourma-Rharous, Timbuktu), four herders killed."),
    ("2017-09-12", "MLI", VAC, ATTACK, 2, GATIA, MLI_CVL,
     "Two young men from the Idnane community were reportedly executed by GATIA elements near Tin-Essako; GATIA denied any involvement."),
    ("2017-10-20", "MLI", VAC, ATTACK, 1, MLI_MIL, MLI_CVL,
     "A Fulani man arrested by FAMa soldiers at the fair of Sofara was found dead the following day near the army camp, according to relatives."),
    ("2017-11-02", "MLI", VAC, ATTACK, 0, MLI_UAG, MLI_CVL,
     "A teacher was shot and wounded by unknown gunmen in his classroom in Dioungani; the attackers ordered the school to close."),
    ("2017-12-18", "MLI", VAC, ATTACK, 5, MLI_UAG, MLI_CVL,
     "Five bodies, those of Bella men who had gone to collect wood, found on December 18 in the bush near Gossi; relatives blamed armed men seen in the area."),
    ("2018-01-12", "MLI", VAC, ATTACK, 3, DOZO, MLI_CVL,
     "On January 12, Dozos stopped a cart near Macina (Macina, Segou) and shot dead three Fulani men who were in it."),
    ("2018-02-14", "MLI", VAC, ATTACK, 6, DOG, MLI_CVL,
     "On February 14, Dogon militiamen attacked a Fulani hamlet near Dioungani (Koro, Mopti), killing six villagers and setting the huts on fire."),
    ("2018-02-28", "MLI", VAC, ATTACK, 1, JNIM, MLI_CVL,
     "On February 28, presumed Katiba Macina (JNIM) militants slit the throat of a village councillor of Kouakourou (Djenne, Mopti) accused of informing the army."),
    ("2018-03-17", "MLI", VAC, ATTACK, 2, MLI_UAG, MLI_CVL,
     "On March 17, armed men on motorbikes opened fire on marketgoers returning from the fair of Konna, killing two women."),
    ("2018-04-02", "MLI", VAC, ATTACK, 0, MLI_UAG, MLI_CVL,
     "On April 2, unknown gunmen attacked the village of Ende (Bankass, Mopti); villagers fled, no casualties reported."),
    ("2018-05-07", "MLI", VAC, ATTACK, 2, MSA, MLI_CVL,
     "On May 7, presumed MSA and GATIA combatants arrested two Fulani herders near Tinabaw (Menaka, Menaka) and executed them, according to a Fulani association."),
    ("2018-05-30", "MLI", VAC, ATTACK, 2, MLI_UAG, MLI_CVL,
     "On May 30, unknown gunmen attacked a vehicle on the Bourem-Gao road, killing the driver and a passenger and seizing the vehicle."),
    ("2018-07-07", "MLI", VAC, ATTACK, 7, MLI_UAG, MLI_CVL,
     "On July 7, presumed Katiba Macina militants or Fulani militiamen, according to the sources, killed seven Dogon villagers working in their fields near Mondoro."),
    ("2018-07-26", "MLI", VAC, ATTACK, 1, MLI_UAG, MLI_CVL,
     "On July 26, an election official was killed by unknown gunmen in the area of Mariko (Niono, Segou) while transporting voting material."),
    ("2018-08-21", "MLI", VAC, ATTACK, 0, MLI_UAG, MLI_CVL,
     "On August 21, armed men beat the imam and the village chief of Femaye (Djenne, Mopti) for refusing to pay zakat. Both were wounded."),
    ("2018-09-08", "MLI", VAC, ATTACK, 12, FUL, MLI_CVL,
     "On September 8, Fulani militiamen attacked the Dogon village of Tori (Bankass, Mopti), killing a dozen people and stealing cattle."),
    ("2018-09-21", "MLI", VAC, ATTACK, 4, DOZO, MLI_CVL,
     "On September 21, Dozos detained four Fulani men at a checkpoint near Niono and executed them outside the town."),
    ("2018-10-09", "MLI", VAC, ATTACK, 1, ISGS, MLI_CVL,
     "On October 9, presumed ISGS militants killed a Tuareg chief of fraction near Tessit (Ansongo, Gao)."),
    ("2018-11-02", "MLI", VAC, ATTACK, 3, MLI_MIL, MLI_CVL,
     "On November 2, FAMa soldiers reportedly shot dead three Fulani herders near Dogo (Youwarou, Mopti) whom they suspected of being militants. Relatives said the men were unarmed."),
    ("2018-11-17", "MLI", VAC, ATTACK, 0, JNIM, MLI_CVL,
     "On November 17, presumed Katiba Macina (JNIM) militants whipped women for not wearing veils at the market of Dialloube."),
    ("2018-12-24", "MLI", VAC, ATTACK, 10, DNA, MLI_CVL,
     "On December 24, Dan Na Ambassagou militiamen attacked the Fulani hamlets around Gondo-Ogourou (Koro, Mopti). An unknown number of civilians killed, houses burned and cattle taken."),
    ("2019-01-14", "MLI", VAC, ATTACK, 2, MLI_UAG, MLI_CVL,
     "On January 14, unknown gunmen killed a trader and his apprentice on the road between Sevare and Bandiagara (coded as Sevare at geoprecision 2) and burned their truck."),
    ("2019-02-03", "MLI", VAC, ATTACK, 1, JNIM, MLI_CVL,
     "On February 3, presumed Katiba Macina (JNIM) militants assassinated the head of a village development association in Diafarabe."),
    ("2019-02-19", "MLI", VAC, ATTACK, 5, ISGS, MLI_CVL,
     "On February 19, suspected ISGS militants shot dead five Daoussahak civilians and wounded two others at a well near Tamalat (Menaka, Menaka)."),
    ("2019-03-11", "MLI", VAC, ATTACK, 0, DOZO, MLI_CVL,
     "On March 11, Dozos beat and robbed several Fulani women returning from the market of Ke-Macina; one was hospitalised."),
    ("2019-04-07", "MLI", VAC, ATTACK, 3, MLI_MIL, MLI_CVL,
     "On April 7, soldiers who had arrested six men in the area of Dialloube (Mopti, Mopti) reportedly executed three of them; the three others were released."),
    ("2019-05-15", "MLI", VAC, ATTACK, 11, FUL, MLI_CVL,
     "On May 15, suspected Fulani militiamen attacked the Dogon village of Dimbal (Bankass, Mopti), killing eleven villagers and wounding others."),
    ("2019-05-28", "MLI", VAC, ATTACK, 6, MLI_UAG, MLI_CVL,
     "On May 28, armed men stopped a minibus between Bankass and Koro, separated the passengers and shot dead six of them."),
    ("2019-06-17", "MLI", VAC, ATTACK, 23, MLI_UAG, MLI_CVL,
     "On June 17, unidentified gunmen attacked the Dogon villages of Yoro and Gangafani II (Koro, Mopti), killing 38 civilians in all; 23 of them in Yoro. [fatalities split between two events; Gangafani coded separately]"),
    ("2019-07-03", "MLI", VAC, ATTACK, 1, ISGS19, MLI_CVL,
     "On July 3, suspected ISGS militants killed a village councillor in Ouatagouna (Ansongo, Gao) and seized his motorbike."),
    ("2019-07-22", "MLI", VAC, ATTACK, 0, MLI_UAG, MLI_CVL,
     "On July 22, unknown gunmen shot and wounded a nurse on his way to the health centre of Sokoura (Bankass, Mopti)."),
    ("2019-08-14", "MLI", VAC, ATTACK, 4, JNIM, MLI_CVL,
     "On August 14, presumed JNIM militants stopped a tricycle near Boni, killed four Dogon passengers and let the others go."),
    ("2019-09-02", "MLI", VAC, ATTACK, 2, DNA, MLI_CVL,
     "On September 2, suspected Dan Na Ambassagou militiamen shot dead two Fulani herders watering their animals near Sangha (Bandiagara, Mopti)."),
    ("2019-10-08", "MLI", VAC, ATTACK, 3, MLI_MIL, MLI_CVL,
     "On 8 October 2019, three detainees held by the army in Tenenkou (Tenenkou, Mopti) were found dead, a human rights group accused soldiers of summary execution; the army opened an inquiry."),
    ("2019-10-30", "MLI", VAC, ATTACK, 1, MLI_UAG, MLI_CVL,
     "On 30 October 2019, unknown gunmen assassinated a Tuareg notable in front of his shop in Gao."),
    ("2019-11-24", "MLI", VAC, ATTACK, 12, MLI_UAG, MLI_CVL,
     "On 24 November 2019, armed men attacked the Dogon quarter of Diankabou (Koro, Mopti), killing a dozen civilians according to the local mayor."),
    ("2019-12-06", "MLI", VAC, ATTACK, 0, ISGS19, MLI_CVL,
     "On 6 December 2019, suspected ISGS militants beat the village chief of Tin-Hama (Ansongo, Gao) and took his cattle; no deaths."),
    ("2019-12-19", "MLI", VAC, ATTACK, 14, ISGS19, MLI_CVL,
     "Between 17 and 19 December 2019, suspected ISGS militants killed 14 civilians in three nomadic camps around Anderamboukane (Menaka, Menaka), according to local officials."),
    ("2018-03-29", "MLI", VAC, ATTACK, 1, MLI_UAG, MLI_CVL,
     "On March 29, the body of a Dogon trader who had been taken from his cart the day before by armed men was found near Bankass with gunshot wounds."),
    ("2018-10-25", "MLI", VAC, ATTACK, 2, JNIM, MLI_CVL,
     "On October 25, presumed Katiba Macina militants abducted two Bambara farmers near Niono; their bodies were found the next day. [abducted then killed: coded as attack]"),
    ("2017-07-30", "MLI", VAC, ATTACK, 0, MLI_UAG, MLI_CVL,
     "Armed men burned the school of Dallah (Douentza, Mopti) and beat the teacher, who fled to Douentza."),
    ("2018-01-31", "MLI", VAC, ATTACK, 4, MLI_UAG, MLI_CVL,
     "On January 31, four civilians, among them two children, were killed when gunmen fired on a vehicle carrying a family near Diondiori (coded as Tenenkou at geoprecision 2)."),
    ("2019-04-27", "MLI", VAC, ATTACK, 0, MLI_POL, MLI_CVL,
     "On April 27, police officers in Kati beat a motorcycle taxi driver who refused to pay a bribe; he was hospitalised with a broken arm."),
    ("2019-08-31", "MLI", VAC, ATTACK, 1, MLI_UAG, MLI_CVL,
     "On August 31, unknown gunmen shot dead a gold miner at an artisanal mining site near Kenieba (Kenieba, Kayes) and stole his gold."),
    ("2018-08-06", "MLI", VAC, ATTACK, 3, GATIA, MLI_CVL,
     "On August 6, GATIA militiamen reportedly killed three Fulani civilians near Tin-Hama (Ansongo, Gao) during an operation against ISGS. The militia said they were armed."),
    ("2019-02-10", "MLI", VAC, ATTACK, 1, JNIM, MLI_CVL,
     "On February 10, presumed Katiba Macina (JNIM) militants shot dead the son of the village chief of Farabougou (Niono, Segou) while he was working in the rice fields."),
    # ---------------------------------------------------- Abduction/forced disappearance (12)
    ("2018-05-08", "MLI", VAC, ABDUCT, 0, JNIM, MLI_CVL,
     "On May 8, presumed Katiba Macina (JNIM) militants abducted the prefect of Tenenkou and his driver on the road between Tenenkou and Diafarabe (coded as Tenenkou at geoprecision 2). The driver was released a few days later."),
    ("2017-03-22", "MLI", VAC, ABDUCT, 0, MLI_UAG, MLI_CVL,
     "A teacher of the community school of Toguere-Coumbe was abducted by armed men on Wednesday night. He was released safe a week later."),
    ("2017-10-07", "MLI", VAC, ABDUCT, 0, DOZO, MLI_CVL,
     "Reportedly, Dozo hunters took away three Fulani men from the weekly fair of Sokolo on 7 October; their families have had no news since."),
    ("2018-03-11", "MLI", VAC, ABDUCT, 0, MLI_MIL, MLI_CVL,
     "On March 11, soldiers rounded up nine men during a search of the village of Sokoura (Mopti, Mopti) and took them to an unknown destination. Relatives said the army denied holding them. [forced disappearance]"),
    ("2018-07-14", "MLI", VAC, ABDUCT, 0, ISGS, MLI_CVL,
     "On July 14, presumed ISGS militants abducted four Tuareg herders near Tessit (Ansongo, Gao); they were freed two weeks later against payment of a ransom, according to their community."),
    ("2018-10-03", "MLI", VAC, ABDUCT, 0, MLI_UAG, MLI_CVL,
     "On October 3, unknown gunmen abducted four staff of a local NGO and seized their vehicle between Tessalit and Aguelhok (coded as Aguelhok at geoprecision 2). They were released the next day without the vehicle."),
    ("2018-12-19", "MLI", VAC, ABDUCT, 0, JNIM, MLI_CVL,
     "On December 19, presumed Katiba Macina (JNIM) militants abducted the village chief of Nouh-Bozo (Djenne, Mopti) and two of his sons."),
    ("2019-01-09", "MLI", VAC, ABDUCT, 0, MLI_UAG, MLI_CVL,
     "On January 9, gunmen stopped a bus near Dialloube and took away 14 passengers, all men; the women and children were left on the road."),
    ("2019-04-16", "MLI", VAC, ABDUCT, 0, FUL, MLI_CVL,
     "On April 16, presumed Fulani militiamen abducted five Dogon villagers collecting firewood near Dinangourou (Koro, Mopti). They were released on April 19 after negotiations led by the village chiefs."),
    ("2019-06-03", "MLI", VAC, ABDUCT, 0, MLI_UAG, MLI_CVL,
     "On June 3, unknown gunmen abducted the deputy mayor of Ouenkoro (Bankass, Mopti) from his home at night."),
    ("2019-09-17", "MLI", VAC, ABDUCT, 0, ISGS19, MLI_CVL,
     "On 17 September 2019, suspected ISGS militants abducted a Daoussahak notable and his nephew near Inekar (Menaka, Menaka)."),
    ("2019-11-09", "MLI", VAC, ABDUCT, 0, JNIM, MLI_CVL,
     "On 9 November 2019, presumed JNIM militants abducted a health worker of the community health centre of Mondoro (Douentza, Mopti). [health worker targeted]"),
    # ---------------------------------------------------- Sexual violence (2)
    ("2018-09-15", "MLI", VAC, SEXV, 0, MLI_UAG, MLI_CVL,
     "Reported on September 15, armed men raped three women who were travelling on a cart between Macina and Monimpebougou (coded as Macina at geoprecision 2). [women targeted: travellers]"),
    ("2019-07-06", "MLI", VAC, SEXV, 0, DOZO, MLI_CVL,
     "On July 6, Dozos reportedly raped two Fulani girls near Diabaly (Niono, Segou) after stopping their family's cart. [women targeted: girls]"),
    # ================================================================== Explosions/Remote violence (30)
    # ---------------------------------------------------- Remote explosive/landmine/IED (22)
    ("2017-01-29", "MLI", ERV, IED, 0, MLI_UAG, MINUSMA,
     "MINUSMA armoured vehicle hit a mine on the road between Aguelhok and Anefis this morning, 3 peacekeepers slightly wounded."),
    ("2017-04-23", "MLI", ERV, IED, 4, MLI_UAG, MLI_MIL,
     "4 FAMa soldiers killed and 2 wounded when their vehicle hit an explosive device near Dialloube."),
    ("2017-06-02", "MLI", ERV, IED, 3, MLI_UAG, MLI_CVL,
     "A civilian truck struck a landmine near Gossi; 3 passengers killed, several wounded."),
    ("2017-08-19", "MLI", ERV, IED, 0, JNIM, FRA,
     "Barkhane vehicle hit by an IED north of Tessalit, two French soldiers wounded; JNIM claimed responsibility."),
    ("2017-11-12", "MLI", ERV, IED, 1, MLI_UAG, MINUSMA,
     "On 12 November 2017, a MINUSMA vehicle escorting a convoy hit a mine near Douentza. One peacekeeper killed. The escort then fired on a motorbike approaching the convoy, wounding its two riders."),
    ("2018-01-25", "MLI", ERV, IED, 26, MLI_UAG, MLI_CVL,
     "On January 25, a public transport vehicle struck a landmine on the road between Boni and Hombori (coded as Boni at geoprecision 2). At least 26 civilians killed, including Burkinabe nationals and children."),
    ("2018-02-28", "MLI", ERV, IED, 4, JNIM, MLI_MIL,
     "On February 28, a FAMa vehicle was struck by an IED near Dialloube, four soldiers killed and five wounded. JNIM claimed the attack."),
    ("2018-04-21", "MLI", ERV, IED, 0, MLI_UAG, MLI_MIL,
     "On April 21, an army truck hit a mine between Konna and Boré (coded as Konna at geoprecision 2), the vehicle was destroyed and two soldiers wounded."),
    ("2018-06-12", "MLI", ERV, IED, 2, JNIM, MLI_CVL,
     "On June 12, a cart carrying villagers to the market struck an IED between Dioungani and Koro (coded as Dioungani at geoprecision 2), two women killed. The device was most likely planted by Katiba Macina (JNIM) militants."),
    ("2018-07-21", "MLI", ERV, IED, 0, MLI_UAG, MINUSMA,
     "On July 21, an IED exploded as a MINUSMA patrol passed near Kidal (Kidal, Kidal), no casualties, the vehicle slightly damaged."),
    ("2018-08-30", "MLI", ERV, IED, 0, MLI_UAG, FRA,
     "On August 30, a Barkhane armoured vehicle hit an IED near Menaka; three French soldiers wounded and evacuated. The convoy continued toward Ansongo."),
    ("2018-10-15", "MLI", ERV, IED, 1, MLI_UAG, MLI_CVL,
     "On October 15, a tricycle carrying Fulani herders hit a landmine near Mondoro, killing one and wounding three."),
    ("2018-11-26", "MLI", ERV, IED, 0, MLI_UAG, G5S,
     "On November 26, a vehicle of the G5 Sahel Force struck an IED near Boulkessi (Douentza, Mopti), no casualties reported."),
    ("2018-12-22", "MLI", ERV, IED, 3, MLI_UAG, MINUSMA,
     "On December 22, a MINUSMA vehicle struck a mine near Tessalit; three peacekeepers killed, two wounded. [Chadian contingent]"),
    ("2019-02-24", "MLI", ERV, IED, 2, MLI_UAG, MINUSMA,
     "On February 24, two peacekeepers were killed and five wounded by an IED on the road between Douentza and Boni (coded as Douentza at geoprecision 2)."),
    ("2019-03-12", "MLI", ERV, IED, 2, JNIM, MLI_CVL,
     "On March 12, a minibus hit an explosive device presumably planted by JNIM militants between Mondoro and Douentza (coded as Mondoro at geoprecision 2), two civilians killed and five wounded."),
    ("2019-04-02", "MLI", ERV, IED, 1, MLI_UAG, FRA,
     "On April 2, a French doctor of Operation Barkhane was killed when his armoured vehicle hit an IED in the area of Gossi (Gourma-Rharous, Timbuktu)."),
    ("2019-05-24", "MLI", ERV, IED, 0, MLI_UAG, MLI_MIL,
     "On May 24, an army vehicle escorting a water tanker hit an IED near Hombori; two soldiers wounded. The escort then fired in the air to keep onlookers away."),
    ("2019-06-25", "MLI", ERV, IED, 3, MLI_UAG, MLI_CVL,
     "On June 25, three children were killed when a device they had picked up exploded in a field near Ansongo (Ansongo, Gao). [explosive remnant; coded as remote explosive]"),
    ("2019-08-29", "MLI", ERV, IED, 0, JNIM, MINUSMA,
     "On 29 August 2019, a MINUSMA logistics convoy hit an IED near Aguelhok (Tessalit, Kidal), one truck destroyed and a peacekeeper wounded. Ansar Dine (JNIM) was suspected."),
    ("2019-10-23", "MLI", ERV, IED, 1, MLI_UAG, MLI_MIL,
     "On 23 October 2019, a FAMa soldier was killed and two others injured when their vehicle struck a mine near Ber (Timbuktu, Timbuktu)."),
    ("2019-12-03", "MLI", ERV, IED, 0, MLI_UAG, MLI_CVL,
     "On 3 December 2019, a truck carrying goods from Mopti hit an IED near Bandiagara; the driver and his apprentice were injured."),
    # ---------------------------------------------------- Shelling/artillery/missile attack (6)
    ("2017-05-22", "MLI", ERV, SHELL, 0, MLI_UAG, MINUSMA,
     "Several mortar rounds fired at the MINUSMA camp in Kidal overnight, no casualties; one shell landed near the water reservoir."),
    ("2017-10-04", "MLI", ERV, SHELL, 0, JNIM, MINUSMA,
     "Rockets fired at the joint MINUSMA/Barkhane camp in Tessalit this evening, landing outside the perimeter. JNIM claimed the attack, no damage reported."),
    ("2018-03-03", "MLI", ERV, SHELL, 1, JNIM, MINUSMA,
     "On March 3, presumed JNIM militants fired mortar shells at the MINUSMA camp in Aguelhok, one peacekeeper killed and four wounded."),
    ("2018-09-19", "MLI", ERV, SHELL, 0, MLI_UAG, MINUSMA,
     "On September 19, three mortar shells hit the airport area of Gao where the MINUSMA and Barkhane camps are located; two shells landed inside the MINUSMA camp, no casualties."),
    ("2019-05-04", "MLI", ERV, SHELL, 0, MLI_UAG, MLI_MIL,
     "On May 4, unknown assailants fired rockets at the FAMa camp in Menaka; the army reported material damage only."),
    ("2019-10-19", "MLI", ERV, SHELL, 0, JNIM, MINUSMA,
     "On 19 October 2019, presumed JNIM militants launched mortar rounds against the MINUSMA camp in Timbuktu airport, two civilian contractors wounded."),
    # ---------------------------------------------------- Air/drone strike (2)
    ("2018-06-02", "MLI", ERV, AIR, 8, FRA, ISGS,
     "On June 2, French fighter jets struck a group of presumed ISGS militants on motorbikes near Akabar (Menaka, Menaka), eight militants killed according to the French army."),
    ("2019-12-21", "MLI", ERV, AIR, 7, FRA, JNIM,
     "On 21 December 2019, a French armed drone struck presumed Katiba Macina (JNIM) militants in the Mopti region (coded as Mopti at geoprecision 3), seven militants killed according to the French defence ministry; the first strike by an armed French drone in the Sahel."),
    # ================================================================== Strategic developments (18)
    # ---------------------------------------------------- Looting/property destruction (12)
    ("2017-02-17", "MLI", SD, LOOT, 0, MLI_UAG, MLI_CVL,
     "Looting: armed men took about 200 head of cattle from Fulani herders near Nampala; no victims reported."),
    ("2017-06-25", "MLI", SD, LOOT, 0, MLI_UAG, MLI_CVL,
     "Property destruction: presumed jihadists burned the town hall and the school of Dogo (Youwarou, Mopti) during the night. No one was hurt."),
    ("2017-09-03", "MLI", SD, LOOT, 0, MLI_UAG, MLI_CVL,
     "Unidentified armed men stole a vehicle of an international NGO in Timbuktu after threatening the driver, who was left unharmed."),
    ("2018-01-19", "MLI", SD, LOOT, 0, DOZO, MLI_CVL,
     "On January 19, Dozos burned a Fulani hamlet near Kokry (Macina, Segou) whose residents had fled the day before; huts and granaries destroyed."),
    ("2018-04-25", "MLI", SD, LOOT, 0, JNIM, MLI_CVL,
     "Looting: On April 25, presumed Katiba Macina (JNIM) militants seized a truck loaded with rice near Tenenkou; the driver was released unharmed."),
    ("2018-07-29", "MLI", SD, LOOT, 0, MLI_UAG, MLI_CVL,
     "On July 29, first round of the presidential election, unknown gunmen burned the ballot boxes and voting material of two polling stations in the commune of Ouro-Guire (coded as Tenenkou at geoprecision 2). Election officials were chased away."),
    ("2018-11-08", "MLI", SD, LOOT, 0, FUL, MLI_CVL,
     "On November 8, Fulani militiamen drove off livestock from the Dogon village of Ende (Bankass, Mopti); villagers fled and no casualties were reported."),
    ("2019-01-23", "MLI", SD, LOOT, 0, MLI_UAG, MLI_CVL,
     "On January 23, armed men looted shops at the weekly market of Tin-Hama (Ansongo, Gao) and left with motorbikes and phones, nobody was hurt."),
    ("2019-04-13", "MLI", SD, LOOT, 0, DNA, MLI_CVL,
     "On April 13, suspected Dan Na Ambassagou militiamen set fire to the abandoned Fulani hamlet of Sare-Dina near Segue (Bankass, Mopti), whose inhabitants had fled to Bankass."),
    ("2019-06-29", "MLI", SD, LOOT, 0, JNIM, MLI_CVL,
     "Property destruction: On June 29, presumed JNIM militants destroyed a telecommunications antenna near Dialloube."),
    ("2019-09-13", "MLI", SD, LOOT, 0, ISGS19, MLI_CVL,
     "Looting: On 13 September 2019, suspected ISGS militants collected zakat by force from herders near Tessit (Ansongo, Gao), taking goats and sheep."),
    ("2019-11-27", "MLI", SD, LOOT, 0, MLI_UAG, MLI_CVL,
     "On 27 November 2019, unknown gunmen looted the community health centre of Dinangourou (Koro, Mopti) and burned the ambulance; the staff had fled."),
    # ---------------------------------------------------- Other (2)
    ("2019-03-24", "MLI", SD, OTHER, 0, MLI_GOV, DNA,
     "On March 24, following the Ogossagou massacre, the council of ministers dissolved the Dan Na Ambassagou association and dismissed several army chiefs."),
    ("2018-10-18", "MLI", SD, OTHER, 0, JNIM, MLI_CVL,
     "On October 18, presumed Katiba Macina (JNIM) militants gave the residents of several Bambara villages around Dogofry (Niono, Segou) three days to hand over their hunters' guns, under threat of reprisals."),
    # ---------------------------------------------------- Agreement, Arrests, Disrupted weapons use, Change to group/activity (4)
    ("2018-09-28", "MLI", SD, AGREE, 0, DNA, FUL,
     "Agreement: On September 28, Dan Na Ambassagou and representatives of Fulani self-defence groups of the Koro and Bankass circles signed a commitment to cease hostilities in Sevare (Mopti, Mopti), under international mediation."),
    ("2019-07-12", "MLI", SD, ARREST, 0, MLI_GEND, MLI_CVL,
     "On July 12, gendarmes arrested eleven men in Kayes suspected of belonging to a cattle rustling network operating along the border with Senegal."),
    ("2018-02-19", "MLI", SD, DISR, 0, MINUSMA, "",
     "Defusal: On February 19, MINUSMA deminers found and defused an IED buried on the road between Gao and Ansongo (coded as Gao at geoprecision 2)."),
    ("2019-08-20", "MLI", SD, CHANGE, 0, FUL, "",
     "On August 20, about eighty young Fulani who had joined self-defence groups in the Mopti region handed over their weapons to the authorities in Sevare and joined a disarmament programme."),
    # ================================================================== Protests (9)
    # ---------------------------------------------------- Peaceful protest (7)
    ("2017-06-17", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On June 17, tens of thousands marched in Bamako at the call of the platform 'An tè A Bana' against the planned constitutional referendum. [size=tens of thousands]"),
    ("2017-11-16", "MLI", P, PEACE, 0, MLI_PRO, "",
     "Students marched in Sikasso to demand the payment of their grants; they dispersed after meeting the governor. [size=hundreds]"),
    ("2018-08-18", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On August 18, supporters of opposition candidate Soumaila Cisse gathered in Bamako to reject the official results of the presidential election, alleging fraud. [size=thousands]"),
    ("2019-01-24", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On January 24, striking teachers marched in Kayes to demand the application of their statute and the payment of allowances. [size=hundreds]"),
    ("2019-02-12", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On February 12, residents of Gao held a sit-in in front of the MINUSMA camp to denounce the insecurity in the region and the inaction of the peacekeepers. [size=several hundred]"),
    ("2019-06-15", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On June 15, Dogon youth marched in Bandiagara to denounce the massacre of Sobane Da and demand the protection of villages. [size=thousands]"),
    ("2019-10-25", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On 25 October 2019, women in Timbuktu demonstrated peacefully against the kidnapping of traders on the roads of the region. [size=no report]"),
    # ---------------------------------------------------- Protest with intervention (2)
    ("2017-06-08", "MLI", P, INTERV, 0, MLI_PRO, MLI_POL,
     "On June 8, police fired tear gas to disperse youths demonstrating in Bamako against the constitutional revision; several were arrested. [size=hundreds]"),
    ("2019-03-04", "MLI", P, INTERV, 0, MLI_PRO, MLI_POL,
     "On March 4, police broke up a march of students in Bamako demanding the resumption of classes, using tear gas and batons; a dozen injured. [size=hundreds]"),
    # ================================================================== Riots (9)
    # ---------------------------------------------------- Violent demonstration (6)
    ("2017-07-11", "MLI", R, VIOLDEM, 0, MLI_RIOT, "",
     "Youths in Kayes burned tyres and blocked the main roads to protest repeated power cuts, the office of the electricity company was stoned. [size=no report]"),
    ("2018-03-15", "MLI", R, VIOLDEM, 0, MLI_RIOT, MLI_POL,
     "On March 15, students of a high school in Sikasso threw stones at police who tried to stop their march over exam results; police responded with tear gas and arrested five. [size=hundreds]"),
    ("2018-10-02", "MLI", R, VIOLDEM, 0, MLI_RIOT, "",
     "On October 2, residents of Gao set up barricades and burned tyres after a trader was killed by armed men in the town, demanding more security. [size=hundreds]"),
    ("2019-01-08", "MLI", R, VIOLDEM, 0, MLI_RIOT, MINUSMA,
     "On January 8, demonstrators in Kidal threw stones at the MINUSMA camp and set a generator on fire, protesting against an agreement between the CMA and MINUSMA on security in the town. [size=hundreds]"),
    ("2019-05-13", "MLI", R, VIOLDEM, 0, MLI_RIOT, MLI_GEND,
     "On May 13, youths in Bougouni attacked the gendarmerie brigade with stones after a gendarme shot a motorcyclist who failed to stop at a checkpoint; gendarmes fired tear gas. [size=dozens]"),
    ("2019-11-25", "MLI", R, VIOLDEM, 0, MLI_RIOT, MINUSMA,
     "On 25 November 2019, demonstrators in Sevare broke into a MINUSMA warehouse and looted it, accusing the mission of inaction after the attacks on the army. [size=hundreds]"),
    # ---------------------------------------------------- Mob violence (3)
    ("2018-05-05", "MLI", R, MOB, 1, MLI_RIOT, MLI_CVL,
     "On May 5, a suspected thief caught stealing a motorbike in Bamako (Commune VI) was lynched and burned to death by a crowd."),
    ("2019-02-05", "MLI", R, MOB, 0, MLI_RIOT, MLI_CVL,
     "On February 5, residents of Sikasso beat a man they accused of trying to kidnap a child; police rescued him, seriously injured. [size=no report]"),
    ("2019-08-09", "MLI", R, MOB, 1, MLI_RIOT, MLI_CVL,
     "On August 9, a man suspected of being a jihadist informant was beaten to death by a crowd at the market of Mopti."),
]
