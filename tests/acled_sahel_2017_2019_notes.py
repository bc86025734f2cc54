"""ACLED-style notes of the Sahel, Mali, Burkina Faso and Niger 2017-2019, the years and
the kind of the ACLED file the rules were grown on (not a test module: read by
``tests/test_coding_sahel_2017_2019_notes.py``).

Why: the issue's held-back sets are Sahel notes of 2017-2019 in ACLED's wording; the
shared file holds only Mali, and the earlier check sets cover later years, other regions
and the world. Every note is a sentence written for this fixture in the style of ACLED's
``notes`` column of those years (dates with or without the year, "presumed" and
"suspected" doers, "reportedly", "(coded as X at geoprecision 2)", "[size=...]" crowd
tags, "Looting:" / "Property destruction:" / "Agreement:" / "Non-violent activity:"
prefixes, "fatalities split between events", two incidents in one note, claims, tolls
given as ranges or as "several"); places, groups and the kinds of event are public facts
of that time and place (JNIM formed in March 2017, the Islamic State in the Greater
Sahara, Ansaroul Islam, Dan Na Ambassagou, Dozo hunters, Koglweogo, the CMA, Platform,
GATIA and MSA, FAMa, Operation Barkhane, MINUSMA, the G5 Sahel force; VDP volunteers do
not exist yet), the events themselves are made up. 200 notes (Mali 113, Burkina Faso 54,
Niger 33), written with their labels and committed before the product was run on them;
the sub-event types in about the training split's proportion (Attack 50, Armed clash 49,
IED 19, Peaceful protest 13, Looting 11, Abduction 11, Violent demonstration 6,
Shelling 4, Mob violence, Air/drone strike and Other 3 each), every rarer type twice.

Labels: what the ACLED Codebook (event and sub-event type definitions) would code:

- fatalities: every reported death, attackers included; the lowest figure of a range;
  "at least N" is N; "several" is 10 (the codebook's rule, and the one training note
  with "several ... killed" has 10); when the note says the toll is split between
  events, this event's share; 0 when the note gives none;
- Attack vs Armed clash: an attack on unarmed civilians is Violence against civilians;
  an attack on Dozo hunters, Dan Na Ambassagou, Koglweogo or an ethnic militia is an
  Armed clash (armed, organised civilians are combatants);
- Abduction vs Arrests: a detention by state forces that is an arrest is Arrests; a
  kidnapping by an armed group, or soldiers taking people to an unknown place, is
  Abduction/forced disappearance;
- Looting vs Attack: theft or burning with nobody harmed is Looting/property
  destruction; if people are killed or wounded in the raid, it is an Attack;
- remote violence (an IED, a mortar, an air strike) takes precedence over the kind of
  victim; a suicide bomber is Suicide bomb;
- a town taken by fighting: Government regains territory (the army) or Non-state actor
  overtakes territory (an armed group); a post or camp handed over or left with no
  fighting: Non-violent transfer of territory;
- Change to group/activity, Agreement, Headquarters or base established, Disrupted
  weapons use (an IED defused or a cache seized; militants killed while planting a
  device, as in the training split), Other (a government resigning, threats by an armed
  group: 8 of 8 training notes), as the codebook defines them.

Actors in ACLED's naming of those years, checked against the actor columns of the shared
2017-2019 CSV where the actor occurs there ("Military Forces of Mali (2013-2020)",
"Military Forces of Burkina Faso (2015-)", "Military Forces of Niger (2011-2021)",
"Islamic State (Greater Sahara)", "G5S: G5 Sahel Force (2017-)", "Ansaroul Islam"); not
in the CSV, by ACLED's pattern and **not checked against ACLED's data**: "Koglweogo
Militia", "Police Forces of Burkina Faso (2015-)", "Government of Burkina Faso
(2015-)", "Police Forces of Niger (2011-2021)", "Government of Niger (2011-2021)",
"Military Forces of the United States". Actor 1 is the side that acted (the attacker,
the protesters, the arresting force); ``""`` when the note leaves a side open.
``iso3``: the event's country.

Row: ``(event_date, iso3, event_type, sub_event_type, fatalities, actor1, actor2, notes)``.
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

# Mali
MLI_MIL, MLI_POL = "Military Forces of Mali (2013-2020)", "Police Forces of Mali (2013-2020)"
MLI_GEND, MLI_GOV = "Police Forces of Mali (2013-2020) Gendarmerie", "Government of Mali (2013-2020)"
MLI_CVL, MLI_PRO, MLI_RIOT = "Civilians (Mali)", "Protesters (Mali)", "Rioters (Mali)"
MLI_UAG = "Unidentified Armed Group (Mali)"
JNIM, ISGS = "JNIM: Group for Support of Islam and Muslims", "Islamic State (Greater Sahara)"
FUL, DOG = "Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)"
DNA, DOZO = "Dan Na Ambassagou", "Dozo Communal Militia (Mali)"
GATIA, CMA, MSA = ("GATIA: Imghad Tuareg and Allies Self-Defense Group", "CMA: Coordination of Movements of the Azawad",
                   "MSA: Movement for Azawad Salvation")
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2020)"
FRA, G5S = "Military Forces of France (2017-)", "G5S: G5 Sahel Force (2017-)"
ANSAR_DINE = "Ansar Dine"  # before JNIM's founding merger of March 2017
# Burkina Faso
BFA_MIL, BFA_POL, BFA_GOV = ("Military Forces of Burkina Faso (2015-)", "Police Forces of Burkina Faso (2015-)",
                             "Government of Burkina Faso (2015-)")
BFA_CVL, BFA_PRO, BFA_RIOT = "Civilians (Burkina Faso)", "Protesters (Burkina Faso)", "Rioters (Burkina Faso)"
BFA_UAG, ANSAROUL, KOGL = "Unidentified Armed Group (Burkina Faso)", "Ansaroul Islam", "Koglweogo Militia"
DOZO_BFA = "Dozo Communal Militia (Burkina Faso)"
# Niger
NER_MIL, NER_POL, NER_GOV = ("Military Forces of Niger (2011-2021)", "Police Forces of Niger (2011-2021)",
                             "Government of Niger (2011-2021)")
NER_CVL, NER_PRO, NER_RIOT = "Civilians (Niger)", "Protesters (Niger)", "Rioters (Niger)"
NER_UAG = "Unidentified Armed Group (Niger)"
ISWAP, JAS = "Islamic State (West Africa)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
USA = "Military Forces of the United States"

NOTES: list[tuple[str, str, str, str, int, str, str, str]] = [
    # ================================================================== Mali
    # ---------------------------------------------------- Violence against civilians
    ("2017-02-11", "MLI", VAC, ATTACK, 2, MLI_UAG, MLI_CVL,
     "On February 11, unidentified gunmen on motorbikes shot dead two traders on the road between Tenenkou and Diafarabe (coded as Diafarabe at geoprecision 2)."),
    ("2017-05-19", "MLI", VAC, ATTACK, 1, JNIM, MLI_CVL,
     "On May 19, presumed Katiba Macina (JNIM) militants killed the village chief of Sokoura in Mopti region, accusing him of informing the army."),
    ("2017-08-30", "MLI", VAC, ATTACK, 3, MLI_UAG, MLI_CVL,
     "On 30 August 2017, armed men attacked a wedding party near Lere (Niafunke, Timbuktu), killing three guests and stealing their motorbikes."),
    ("2018-01-25", "MLI", VAC, ATTACK, 26, MLI_UAG, MLI_CVL,
     "On January 25, unidentified gunmen fired on a passenger vehicle near Boni (Douentza, Mopti), 26 civilians including women and children were killed."),
    ("2018-03-14", "MLI", VAC, ATTACK, 5, DOZO, MLI_CVL,
     "On March 14, Dozo hunters reportedly killed five Fulani herders near Dogo (Djenne, Mopti) and burned their camp."),
    ("2018-05-20", "MLI", VAC, ATTACK, 12, MLI_MIL, MLI_CVL,
     "On 20 May 2018, Malian soldiers reportedly executed twelve civilians at the cattle market of Boulkessi (Douentza, Mopti) after one of their men was killed nearby. The army announced an investigation."),
    ("2018-06-23", "MLI", VAC, ATTACK, 16, DOZO, MLI_CVL,
     "On June 23, presumed Dozo militiamen attacked the Fulani village of Koumaga (Djenne, Mopti), killing at least 16 people; some sources put the toll at 32."),
    ("2018-07-08", "MLI", VAC, ATTACK, 1, JNIM, MLI_CVL,
     "On July 8, suspected JNIM militants shot and killed a teacher in front of his school in Dioungani. [coded as Dioungani at geoprecision 1]"),
    ("2018-09-14", "MLI", VAC, ATTACK, 4, ISGS, MLI_CVL,
     "On 14 September 2018, presumed ISGS militants raided a Dawsahak encampment near Inekar (Menaka, Menaka), killing four men."),
    ("2018-12-12", "MLI", VAC, ATTACK, 20, ISGS, MLI_CVL,
     "On December 11-12, suspected ISGS militants attacked Tuareg camps in two localities east of Menaka (coded as Menaka at geoprecision 2), killing around 40 civilians, fatalities split between events."),
    ("2019-01-01", "MLI", VAC, ATTACK, 37, DOG, MLI_CVL,
     "On 1 January 2019, Dogon militiamen dressed as Dozo hunters attacked the Fulani village of Koulogon Peul (Bankass, Mopti), killing 37 people and setting huts on fire."),
    ("2019-03-23", "MLI", VAC, ATTACK, 157, DNA, MLI_CVL,
     "On 23 March 2019, presumed Dan Na Ambassagou militiamen attacked the Fulani village of Ogossagou (Bankass, Mopti), killing at least 157 residents, including women and children, and burning much of the village."),
    ("2019-06-10", "MLI", VAC, ATTACK, 35, FUL, MLI_CVL,
     "On June 10, armed men suspected to be Fulani militiamen attacked the Dogon village of Sobane Da (Bandiagara, Mopti), between 35 and 95 residents were reportedly killed."),
    ("2019-07-01", "MLI", VAC, ATTACK, 23, MLI_UAG, MLI_CVL,
     "On 1 July 2019, unidentified gunmen attacked the villages of Bidi and Sankoro in Mopti region (coded as Bidi at geoprecision 2), killing 23 civilians. Two other villages were attacked the same night and are coded separately."),
    ("2019-02-03", "MLI", VAC, ATTACK, 1, JNIM, MLI_CVL,
     "On February 3, JNIM militants beheaded a man accused of collaborating with the French forces in Tonka, Timbuktu region."),
    ("2017-10-06", "MLI", VAC, ATTACK, 0, MLI_UAG, MLI_CVL,
     "On October 6, unknown gunmen broke into the home of a local councillor in Gourma-Rharous and beat him severely before fleeing with his phone and money."),
    ("2019-09-04", "MLI", VAC, ATTACK, 0, MLI_UAG, MLI_CVL,
     "On 4 September 2019, armed bandits stopped a public transport bus near Kouakourou (Djenne, Mopti), stripped the passengers of their belongings and wounded the driver."),
    ("2018-11-10", "MLI", VAC, ATTACK, 2, ISGS, MLI_CVL,
     "On November 10, presumed ISGS militants reportedly executed two young Dawsahak men near Tin Hama (Ansongo, Gao) whom they accused of helping the MSA."),
    ("2019-10-20", "MLI", VAC, ATTACK, 3, FUL, MLI_CVL,
     "Around October 20 (week of), Fulani gunmen reportedly killed three Bambara farmers in their fields near Macina (Macina, Segou)."),
    ("2017-12-08", "MLI", VAC, ATTACK, 1, MLI_UAG, MLI_CVL,
     "On 8 December 2017, the body of a trader abducted two days earlier was found near Douentza. He had been shot."),
    ("2019-05-17", "MLI", VAC, ATTACK, 4, MLI_MIL, MLI_CVL,
     "Reported on 17 May 2019, FAMa soldiers allegedly summarily executed four Fulani men they had detained in Nantaka (Mopti, Mopti), human rights groups said."),
    ("2018-04-27", "MLI", VAC, ATTACK, 40, ISGS, MLI_CVL,
     "On April 26-27, suspected ISGS militants killed about 40 Tuareg civilians in the area of Aklaz and Awakassa (coded as Aklaz at geoprecision 2), near the border with Niger."),
    ("2019-12-02", "MLI", VAC, ATTACK, 0, JNIM, MLI_CVL,
     "On 2 December 2019, suspected JNIM militants whipped several villagers in Dinangourou (Koro, Mopti) for smoking and warned them against joining the self-defense militias."),
    ("2018-08-05", "MLI", VAC, ATTACK, 1, MLI_UAG, MLI_CVL,
     "On August 5, a polling station agent was shot dead by unidentified assailants in the area of Niafunke during the second round of the presidential election."),
    ("2019-11-23", "MLI", VAC, ATTACK, 6, DOZO, MLI_CVL,
     "On 23 November 2019, Dozo hunters attacked Fulani herders at a watering point near Dogofry (Niono, Segou), killing six of them and taking their cattle."),
    ("2017-06-15", "MLI", VAC, ATTACK, 0, MLI_UAG, MLI_CVL,
     "On June 15, gunmen fired at a vehicle of a local NGO near Ber, the driver was wounded. No claim of responsibility."),
    ("2019-08-11", "MLI", VAC, ATTACK, 10, MLI_UAG, MLI_CVL,
     "On 11 August 2019, unidentified gunmen attacked a hamlet near Bankass (Bankass, Mopti), several civilians were killed and others wounded."),
    ("2018-02-18", "MLI", VAC, ATTACK, 1, JNIM, MLI_CVL,
     "On February 18, presumed JNIM militants killed an imam in Djibo village near Tenenkou, claiming he preached against them."),
    # sexual violence
    ("2018-10-14", "MLI", VAC, SEXV, 0, MLI_UAG, MLI_CVL,
     "On October 14, armed men raped two women who were collecting firewood near Gossi (Gourma-Rharous, Timbuktu)."),
    # abduction
    ("2017-04-12", "MLI", VAC, ABDUCT, 0, JNIM, MLI_CVL,
     "On April 12, suspected JNIM militants abducted the mayor of Boni and took him to an unknown destination."),
    ("2018-05-03", "MLI", VAC, ABDUCT, 0, MLI_UAG, MLI_CVL,
     "On 3 May 2018, gunmen kidnapped four employees of a local NGO on the road between Goundam and Timbuktu (coded as Goundam at geoprecision 2). They were released two days later."),
    ("2019-04-09", "MLI", VAC, ABDUCT, 0, MLI_MIL, MLI_CVL,
     "On April 9, the Malian army reportedly forcibly disappeared six Fulani men arrested at the weekly market of Sofara (Djenne, Mopti), their families have had no news since."),
    ("2019-07-22", "MLI", VAC, ABDUCT, 0, JNIM, MLI_CVL,
     "On 22 July 2019, presumed JNIM militants abducted three Dogon men travelling between Diallassagou and Bankass (coded as Diallassagou at geoprecision 2)."),
    ("2017-12-24", "MLI", VAC, ABDUCT, 0, MLI_UAG, MLI_CVL,
     "On December 24, a Swiss missionary was kidnapped in Gao by unidentified armed men. No group claimed the abduction."),
    ("2018-09-02", "MLI", VAC, ABDUCT, 0, DOZO, MLI_CVL,
     "On September 2, Dozo hunters reportedly seized a Fulani herder and his son at a checkpoint near Niono, they remain missing."),
    # ---------------------------------------------------------------- Battles
    ("2017-01-19", "MLI", B, CLASH, 2, ANSAR_DINE, MLI_MIL,
     "On January 19, presumed Ansar Dine militants attacked a FAMa checkpoint at the entrance of Tenenkou, two soldiers were killed."),
    ("2017-03-05", "MLI", B, CLASH, 11, JNIM, MLI_MIL,
     "On 5 March 2017, JNIM militants attacked the army post of Boulkessi (Douentza, Mopti) at dawn, killing 11 soldiers and wounding 5. JNIM claimed the attack two days later."),
    ("2017-07-20", "MLI", B, CLASH, 3, GATIA, CMA,
     "On July 20, GATIA and CMA fighters clashed near Anefis (Tessalit, Kidal), three combatants were killed according to local sources; each side claimed victory."),
    ("2017-07-27", "MLI", B, CLASH, 0, CMA, GATIA,
     "On July 27, new fighting erupted between the CMA and Platform groups near Takellote (coded as Anefis at geoprecision 2). Casualties unknown."),
    ("2017-08-14", "MLI", B, CLASH, 9, JNIM, MINUSMA,
     "On 14 August 2017, JNIM militants attacked the MINUSMA camp in Timbuktu and a nearby checkpoint of the gendarmerie; nine people including six attackers and a Blue Helmet were killed. The gendarmerie checkpoint attack is coded separately."),
    ("2017-11-24", "MLI", B, CLASH, 4, JNIM, MINUSMA,
     "On November 24, a MINUSMA convoy escorting a humanitarian mission was ambushed by suspected JNIM militants near Ndaki (Gourma-Rharous, Timbuktu). Three peacekeepers and one soldier of the Malian army were killed."),
    ("2018-01-27", "MLI", B, CLASH, 14, JNIM, MLI_MIL,
     "On 27 January 2018, JNIM militants attacked the military camp of Soumpi (Niafunke, Timbuktu), killing 14 soldiers and wounding 18 others; vehicles and weapons were taken."),
    ("2018-02-21", "MLI", B, CLASH, 20, FRA, JNIM,
     "On February 21, French forces of Operation Barkhane engaged militants near the Algerian border in the area of Tinzaouaten, about 20 militants were neutralised according to the French army."),
    ("2018-04-01", "MLI", B, CLASH, 30, FRA, ISGS,
     "Between 1 and 2 April 2018, Barkhane forces supported by GATIA and MSA fighters clashed with ISGS militants near Akabar (Menaka, Menaka), at least 30 militants were reportedly killed."),
    ("2018-04-14", "MLI", B, CLASH, 16, JNIM, MINUSMA,
     "On 14 April 2018, militants disguised as peacekeepers attacked the Super Camp of Timbuktu housing MINUSMA and Barkhane with rockets, car bombs and rifles; one peacekeeper and 15 attackers were killed. JNIM claimed the attack."),
    ("2018-05-16", "MLI", B, CLASH, 0, DOZO, FUL,
     "On May 16, Dozo hunters and Fulani armed men exchanged fire near Diafarabe (Tenenkou, Mopti). No casualties reported."),
    # a bombing followed by an armed assault is a Battle (the codebook: remote violence
    # followed by an engagement is coded as the engagement)
    ("2018-06-29", "MLI", B, CLASH, 6, JNIM, G5S,
     "On 29 June 2018, JNIM claimed a suicide and gun attack against the headquarters of the G5 Sahel joint force in Sevare (Mopti, Mopti). Two soldiers, a civilian and three attackers were killed."),
    ("2018-07-16", "MLI", B, CLASH, 2, FUL, DNA,
     "On July 16, Fulani armed men attacked a Dan Na Ambassagou position near Dinangourou (Koro, Mopti), two militiamen were killed."),
    ("2018-10-24", "MLI", B, CLASH, 5, FUL, DOZO,
     "On October 24, clashes between Fulani militiamen and Dozo hunters near Mourdiah (Nara, Koulikoro) left five dead, four of them Dozos."),
    ("2018-12-26", "MLI", B, CLASH, 5, MLI_MIL, JNIM,
     "On December 26, the Malian army repelled an attack by presumed JNIM militants on its post in Dialloube (Mopti, Mopti), five assailants were killed and weapons recovered."),
    ("2019-01-20", "MLI", B, CLASH, 11, JNIM, MINUSMA,
     "On 20 January 2019, JNIM militants attacked the MINUSMA camp of Aguelhok (Tessalit, Kidal), killing 10 Chadian peacekeepers and wounding 25. One attacker was reportedly killed. JNIM claimed responsibility."),
    ("2019-03-17", "MLI", B, CLASH, 26, JNIM, MLI_MIL,
     "On 17 March 2019, JNIM militants overran part of the military camp of Dioura (Tenenkou, Mopti), killing at least 26 soldiers. The group claimed the attack."),
    ("2019-05-06", "MLI", B, CLASH, 0, DNA, FUL,
     "On May 6, Dan Na Ambassagou militiamen and Fulani armed men exchanged gunfire near Yoro (Koro, Mopti) for several hours. Casualties unknown."),
    ("2019-06-04", "MLI", B, CLASH, 2, GATIA, ISGS,
     "On 4 June 2019, GATIA and MSA fighters clashed with presumed ISGS militants near Tin Hama (Ansongo, Gao), killing two of them according to the MSA."),
    ("2019-09-30", "MLI", B, CLASH, 40, JNIM, MLI_MIL,
     "On 30 September 2019, presumed JNIM militants attacked the camp of Boulkessi (Douentza, Mopti), 25 soldiers were killed and 60 missing according to the government, while 15 assailants were killed. The simultaneous attack on Mondoro is coded separately."),
    ("2019-11-01", "MLI", B, CLASH, 53, ISGS, MLI_MIL,
     "On 1 November 2019, ISGS militants attacked the military post of Indelimane (Ansongo, Menaka), killing 53 soldiers and one civilian. The Islamic State claimed the attack."),
    ("2019-11-18", "MLI", B, CLASH, 0, MLI_MIL, ISGS,
     "On November 18, a joint patrol of FAMa and Nigerien soldiers was ambushed by presumed ISGS militants near Tabankort (Ansongo, Gao). No casualties were reported on either side."),
    ("2018-03-03", "MLI", B, CLASH, 1, MLI_UAG, MLI_GEND,
     "On March 3, unidentified gunmen attacked a gendarmerie post in Sokolo (Niono, Segou), one gendarme was killed."),
    ("2019-02-16", "MLI", B, CLASH, 1, MSA, ISGS,
     "Around 16 February 2019, MSA combatants reportedly clashed with presumed ISGS militants near Inekar (coded as Inekar at geoprecision 2), one MSA fighter was killed."),
    ("2017-09-09", "MLI", B, CLASH, 0, MLI_UAG, MLI_MIL,
     "On September 9, a FAMa patrol came under fire from unknown gunmen near Nampala. The soldiers returned fire and the assailants fled. No casualties."),
    ("2019-08-15", "MLI", B, CLASH, 3, DOG, FUL,
     "On August 15, Dogon and Fulani militiamen clashed near the village of Ouenkoro (Bankass, Mopti), three people were killed."),
    ("2018-08-28", "MLI", B, CLASH, 0, FRA, JNIM,
     "On August 28, Barkhane forces conducted a raid against a JNIM camp in the area of Ndaki (Gourma-Rharous, Timbuktu); several militants were captured. No report of fatalities."),
    # territory
    ("2019-10-08", "MLI", B, GOVREG, 0, MLI_MIL, JNIM,
     "On 8 October 2019, the Malian army retook control of Boulkessi camp after fighting with JNIM militants who had occupied it, according to the army."),
    ("2017-07-28", "MLI", B, NSAOT, 0, CMA, GATIA,
     "On July 28, CMA fighters seized the town of Menaka from GATIA after a day of heavy fighting; GATIA fighters withdrew to the south."),
    # ---------------------------------------------------- Explosions/Remote violence
    ("2017-03-18", "MLI", ERV, IED, 2, MLI_UAG, MLI_MIL,
     "On March 18, a FAMa vehicle hit a landmine between Gossi and Hombori (coded as Gossi at geoprecision 2), two soldiers were killed and three injured."),
    ("2017-06-08", "MLI", ERV, IED, 0, MLI_UAG, MINUSMA,
     "On June 8, a MINUSMA convoy struck an IED near Aguelhok (Tessalit, Kidal), damaging a vehicle. No casualties were reported."),
    ("2017-10-27", "MLI", ERV, IED, 3, JNIM, MINUSMA,
     "On October 27, three Chadian peacekeepers were killed when their vehicle hit an explosive device near Aguelhok. JNIM claimed responsibility."),
    ("2018-01-10", "MLI", ERV, IED, 1, MLI_UAG, FRA,
     "On January 10, a Barkhane armoured vehicle was hit by an IED in the area of Indelimane (Ansongo, Menaka), one French soldier was killed."),
    ("2018-05-31", "MLI", ERV, IED, 0, MLI_UAG, MLI_CVL,
     "On May 31, a civilian truck transporting goods to the weekly market struck a landmine near Mondoro (Douentza, Mopti), the driver was injured."),
    ("2018-09-03", "MLI", ERV, IED, 3, JNIM, MLI_CVL,
     "On September 3, three civilians were killed when a donkey cart hit a mine near Boni (Douentza, Mopti), the device was likely planted by JNIM militants."),
    ("2018-11-21", "MLI", ERV, IED, 0, JNIM, FRA,
     "Reportedly on November 21, an IED exploded at the passage of a Barkhane patrol near Tin Hama without causing casualties. JNIM claimed the attack."),
    ("2019-01-26", "MLI", ERV, IED, 14, MLI_UAG, MLI_CVL,
     "On 26 January 2019, a passenger bus hit an explosive device on the Douentza-Boni axis (coded as Douentza at geoprecision 2), 14 passengers were killed and several injured. Fatalities reported between 14 and 18."),
    ("2019-04-02", "MLI", ERV, IED, 2, MLI_UAG, MLI_MIL,
     "On April 2, two soldiers were killed and four others injured when their vehicle hit an explosive device near Dialloube (Mopti, Mopti). On the same day, a second device was found on the same road and defused."),
    ("2019-06-26", "MLI", ERV, IED, 0, MLI_UAG, MLI_MIL,
     "On 26 June 2019, a FAMa convoy travelling from Sevare to Bandiagara hit an IED near Sangha, one vehicle was destroyed. No report of casualties."),
    ("2019-10-06", "MLI", ERV, IED, 1, MLI_UAG, MINUSMA,
     "On 6 October 2019, an IED hit a MINUSMA logistics convoy near Aguelhok (Tessalit, Kidal), killing one Chadian peacekeeper and injuring others."),
    ("2017-11-04", "MLI", ERV, SHELL, 0, JNIM, MINUSMA,
     "On November 4, suspected JNIM militants fired several rockets at the MINUSMA camp in Kidal. No casualties or damage were reported."),
    ("2018-07-25", "MLI", ERV, SHELL, 0, JNIM, FRA,
     "On July 25, several mortar shells landed near the Barkhane base in Tessalit (Tessalit, Kidal), without causing casualties. Presumed JNIM militants were blamed."),
    ("2019-05-10", "MLI", ERV, SHELL, 3, MLI_UAG, MINUSMA,
     "On May 10, unidentified assailants shelled the MINUSMA camp in Aguelhok, three peacekeepers were injured; a shell also fell in a nearby street and killed three civilians."),
    ("2018-11-01", "MLI", ERV, AIR, 15, FRA, JNIM,
     "On November 1, French forces carried out airstrikes in the Serma forest (Douentza, Mopti) followed by a ground operation, about 15 militants were neutralised according to the French army."),
    ("2019-02-22", "MLI", ERV, AIR, 0, MLI_MIL, JNIM,
     "On 22 February 2019, the Malian air force carried out a strike on a presumed JNIM position near Dogo (Djenne, Mopti). Casualties unknown."),
    ("2017-07-01", "MLI", ERV, SUIC, 1, JNIM, FRA,
     "On July 1, a suicide bomber drove an explosives-laden vehicle into a Barkhane convoy near Gao, the bomber was killed and three French soldiers wounded. JNIM claimed the attack."),
    ("2019-03-07", "MLI", ERV, GREN, 0, MLI_UAG, MLI_GEND,
     "On March 7, unknown assailants threw a grenade at the gendarmerie post of Gao, injuring two gendarmes."),
    ("2018-04-09", "MLI", ERV, CHEM, 0, MLI_UAG, MLI_CVL,
     "On April 9, unknown individuals reportedly released a toxic gas in a Koranic school in Niono (Niono, Segou), several pupils were hospitalised."),
    # ---------------------------------------------------------------- Protests
    ("2017-06-17", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On June 17, thousands of people marched in Bamako against the planned constitutional referendum at the call of the platform 'Antè A Bana'. [size=thousands]"),
    ("2017-09-11", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On September 11, teachers on strike held a sit-in in front of the regional education office in Segou to demand the payment of their bonuses. [size=no report]"),
    ("2018-02-06", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On February 6, residents of Kidal demonstrated against the poor supply of electricity and water in the town. [size=hundreds]"),
    ("2018-08-18", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On 18 August 2018, supporters of opposition candidate Soumaila Cisse protested in Bamako against the results of the presidential election. [size=no report]"),
    ("2019-02-10", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On 10 February 2019, tens of thousands of people gathered at the stadium in Bamako at the call of imam Mahmoud Dicko to denounce the government's handling of the crisis. [size=tens of thousands]"),
    ("2019-04-05", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On April 5, women from the Fulani community demonstrated in Mopti to demand justice for the victims of Ogossagou. [size=around 200]"),
    ("2019-11-08", "MLI", P, PEACE, 0, MLI_PRO, "",
     "On November 8, wives of soldiers held a sit-in in Sevare demanding the return of the army from the remote posts after a series of deadly attacks. [size=dozens]"),
    ("2017-07-15", "MLI", P, INTERV, 0, MLI_PRO, MLI_POL,
     "On July 15, police used tear gas to disperse a march against the constitutional reform in Bamako; several demonstrators were arrested. [size=hundreds]"),
    ("2019-11-12", "MLI", P, EXCESS, 1, MLI_POL, MLI_PRO,
     "On November 12, police opened fire on residents peacefully protesting the insecurity in front of the governor's office in Gao, one protester was killed and several wounded. [size=no report]"),
    # ---------------------------------------------------------------- Riots
    ("2018-03-22", "MLI", R, VIOLDEM, 0, MLI_RIOT, "",
     "On March 22, youths in Timbuktu blocked the roads with burning tyres and threw stones at the governor's office to protest the killing of a young man. [size=no report]"),
    ("2018-06-02", "MLI", R, VIOLDEM, 0, MLI_RIOT, MLI_POL,
     "On June 2, an opposition rally in Bamako turned violent when demonstrators clashed with police who fired tear gas; several people were injured and cars damaged. [size=thousands]"),
    ("2019-11-19", "MLI", R, VIOLDEM, 0, MLI_RIOT, MINUSMA,
     "On November 19, angry protesters in Menaka stormed and looted the MINUSMA camp before being dispersed. [size=several hundred]"),
    ("2017-05-26", "MLI", R, MOB, 1, MLI_RIOT, MLI_CVL,
     "On May 26, a mob lynched a suspected thief in the market of Kati, Koulikoro region. He died of his injuries."),
    ("2019-03-11", "MLI", R, MOB, 0, MLI_RIOT, MLI_CVL,
     "On March 11, residents of Sikasso beat a man suspected of abducting a child and set his motorbike on fire before the police intervened."),
    # ---------------------------------------------------------- Strategic developments
    ("2017-04-04", "MLI", SD, LOOT, 0, JNIM, MLI_CVL,
     "Looting: On April 4, presumed JNIM militants stole about a hundred head of cattle from herders near Nampala (Niono, Segou)."),
    ("2018-02-12", "MLI", SD, LOOT, 0, MLI_UAG, MLI_CVL,
     "On February 12, unidentified gunmen looted the shops of the weekly market in Tenenkou and left with money and fuel. No casualties."),
    ("2018-06-11", "MLI", SD, LOOT, 0, JNIM, MLI_GOV,
     "Property destruction: On June 11, suspected JNIM militants set fire to the town hall and burned the electoral materials in Dialloube (Mopti, Mopti)."),
    ("2019-01-15", "MLI", SD, LOOT, 0, DOZO, MLI_CVL,
     "On January 15, Dozo hunters entered the Fulani hamlet of Kowa near Djenne after its residents had fled and burned the granaries."),
    ("2019-07-13", "MLI", SD, LOOT, 0, MLI_UAG, MLI_CVL,
     "On July 13, armed men on motorbikes stole about 300 cattle from Dogon herders near Koro (Koro, Mopti)."),
    ("2019-09-19", "MLI", SD, LOOT, 0, JNIM, MLI_CVL,
     "On 19 September 2019, JNIM militants burned a school in Diafarabe (Tenenkou, Mopti) after teachers refused to close it."),
    ("2018-10-03", "MLI", SD, ARREST, 0, MLI_MIL, MLI_CVL,
     "On October 3, the Malian army arrested 18 suspected Katiba Macina militants during a search operation in Toguere Koumbe (Tenenkou, Mopti)."),
    ("2017-09-20", "MLI", SD, AGREE, 0, CMA, GATIA,
     "Agreement: On September 20, the CMA and the Platform signed a truce in Bamako, committing to end the fighting in Kidal region."),
    ("2018-08-28", "MLI", SD, AGREE, 0, FUL, DOG,
     "Agreement: On August 28, Fulani and Dogon community leaders of Koro signed a peace pact in Sevare under the mediation of the Centre for Humanitarian Dialogue."),
    ("2017-03-02", "MLI", SD, CHANGE, 0, JNIM, "",
     "On March 2, Ansar Dine, Katiba Macina, Al Mourabitoune and the Sahara emirate of AQIM announced their merger into a single group, the Group for Support of Islam and Muslims (JNIM), led by Iyad Ag Ghaly."),
    ("2019-12-16", "MLI", SD, DISR, 0, MLI_MIL, "",
     "On December 16, FAMa soldiers discovered and defused an IED planted on the road between Douentza and Boni (coded as Boni at geoprecision 2)."),
    ("2017-10-30", "MLI", SD, HQ, 0, G5S, "",
     "On 30 October 2017, the G5 Sahel joint force established its headquarters in Sevare (Mopti, Mopti)."),
    ("2018-05-14", "MLI", SD, NVT, 0, MLI_MIL, MINUSMA,
     "On May 14, MINUSMA handed over its camp in Tessit to the Malian army, no incident was reported."),
    ("2019-12-21", "MLI", SD, NVT, 0, MLI_UAG, MLI_MIL,
     "On December 21, the Malian army withdrew from its post in Indelimane, which was then occupied by suspected militants. No fighting was reported."),
    ("2019-04-18", "MLI", SD, OTHER, 0, MLI_GOV, "",
     "On April 18, prime minister Soumeylou Boubeye Maiga and his government resigned after weeks of protests over the security situation."),
    ("2018-07-28", "MLI", SD, OTHER, 0, JNIM, MLI_CVL,
     "Non-violent activity: On July 28, suspected JNIM militants threatened residents of several villages around Dioura with reprisals if they voted in the presidential election."),
    # ================================================================== Burkina Faso
    ("2017-03-03", "BFA", VAC, ATTACK, 2, ANSAROUL, BFA_CVL,
     "On March 3, presumed Ansaroul Islam militants shot dead a school director and a resident in Kourfayel (Soum, Sahel)."),
    ("2017-10-13", "BFA", VAC, ATTACK, 1, ANSAROUL, BFA_CVL,
     "On October 13, suspected Ansaroul Islam militants killed a municipal councillor in front of his house in Djibo (Soum, Sahel)."),
    ("2018-04-08", "BFA", VAC, ATTACK, 2, BFA_UAG, BFA_CVL,
     "On April 8, unidentified gunmen killed two civilians accused of being informants in the village of Bouro near Tongomayel (Soum, Sahel)."),
    ("2018-09-27", "BFA", VAC, ATTACK, 8, BFA_UAG, BFA_CVL,
     "Around 27 September 2018, gunmen attacked the villages of Diapaga area in Tapoa province (coded as Diapaga at geoprecision 2), killing eight civilians including a religious leader."),
    ("2019-01-01", "BFA", VAC, ATTACK, 7, BFA_UAG, BFA_CVL,
     "On 1 January 2019, unknown gunmen killed the village chief of Yirgou (Barsalogho, Centre-Nord) and six other residents."),
    ("2019-01-01", "BFA", VAC, ATTACK, 46, KOGL, BFA_CVL,
     "Between 1 and 3 January 2019, Koglweogo militiamen carried out reprisal killings against Fulani residents in Yirgou and surrounding villages (coded as Yirgou at geoprecision 2), 46 people were killed according to the government; civil society groups reported over 200 dead."),
    ("2019-02-04", "BFA", VAC, ATTACK, 12, BFA_MIL, BFA_CVL,
     "On February 4, a day after an attack on their post in Kain (Yatenga, Nord), Burkinabe soldiers reportedly rounded up and executed 12 Fulani civilians in the village, according to residents."),
    ("2019-04-28", "BFA", VAC, ATTACK, 6, BFA_UAG, BFA_CVL,
     "On 28 April 2019, gunmen attacked a Protestant church in Silgadji (Soum, Sahel) during Sunday service, killing the pastor and five worshippers."),
    ("2019-05-12", "BFA", VAC, ATTACK, 6, BFA_UAG, BFA_CVL,
     "On May 12, around 20 armed men stormed a Catholic church in Dablo (Sanmatenga, Centre-Nord) during mass, killing a priest and five faithful and setting the church on fire."),
    ("2019-08-19", "BFA", VAC, ATTACK, 0, ANSAROUL, BFA_CVL,
     "On August 19, suspected Ansaroul Islam militants beat several teachers and ordered the closure of schools in Nassoumbou (Soum, Sahel)."),
    ("2019-11-06", "BFA", VAC, ATTACK, 38, BFA_UAG, BFA_CVL,
     "On 6 November 2019, gunmen ambushed a convoy of buses carrying workers of the Boungou gold mine near Boungou (Gourma, Est), 38 civilians were killed and 60 wounded. The escort is coded separately."),
    ("2019-12-24", "BFA", VAC, ATTACK, 31, BFA_UAG, BFA_CVL,
     "On December 24, armed militants attacked Arbinda (Soum, Sahel) and killed 31 civilians, most of them women, who had taken refuge near the military base. The fighting with the army is coded separately."),
    ("2018-12-03", "BFA", VAC, ATTACK, 1, BFA_UAG, BFA_CVL,
     "On December 3, an employee of a mining company was shot dead by unknown gunmen on the road to Inata (Soum, Sahel)."),
    ("2017-12-16", "BFA", B, CLASH, 2, ANSAROUL, BFA_MIL,
     "On December 16, Ansaroul Islam militants attacked the army detachment of Nassoumbou (Soum, Sahel), killing two soldiers. The army said it killed none of the assailants."),
    ("2018-03-02", "BFA", B, CLASH, 12, JNIM, BFA_MIL,
     "On 2 March 2018, JNIM militants carried out coordinated attacks on the army headquarters and the French embassy in Ouagadougou, killing eight soldiers; four attackers were also killed at the headquarters. The embassy attack is coded separately."),
    ("2018-08-28", "BFA", B, CLASH, 7, BFA_UAG, BFA_MIL,
     "On August 28, gunmen attacked a military patrol near Pama (Kompienga, Est), seven soldiers were killed and a vehicle destroyed."),
    ("2018-10-04", "BFA", B, CLASH, 0, BFA_UAG, BFA_POL,
     "On October 4, unidentified gunmen attacked the gendarmerie brigade of Kompienga (Kompienga, Est), the gendarmes repelled the assault. No casualties reported."),
    ("2019-01-10", "BFA", B, CLASH, 10, KOGL, ANSAROUL,
     "On January 10, Koglweogo members clashed with suspected Ansaroul Islam militants near Arbinda (Soum, Sahel), between 10 and 20 people were killed."),
    ("2019-03-08", "BFA", B, CLASH, 4, BFA_UAG, BFA_MIL,
     "On March 8, the army convoy escorting food supplies was ambushed between Djibo and Arbinda (coded as Djibo at geoprecision 2), four soldiers were killed."),
    ("2019-05-10", "BFA", B, CLASH, 6, FRA, BFA_UAG,
     "On May 10, French special forces freed four hostages in a night raid near Gorom-Gorom; two French commandos and four kidnappers were killed."),
    ("2019-08-19", "BFA", B, CLASH, 24, JNIM, BFA_MIL,
     "On 19 August 2019, suspected JNIM militants attacked the military detachment of Koutougou (Soum, Sahel), killing 24 soldiers and wounding several others. JNIM later claimed the attack."),
    ("2019-10-14", "BFA", B, CLASH, 0, DOZO_BFA, BFA_UAG,
     "On October 14, Dozo hunters reportedly repelled an attack by gunmen on the village of Solenzo (Banwa, Boucle du Mouhoun). Casualties unknown."),
    ("2019-12-24", "BFA", B, CLASH, 87, BFA_UAG, BFA_MIL,
     "On December 24, hundreds of militants attacked the military base of Arbinda (Soum, Sahel), seven soldiers and 80 assailants were killed according to the army. Civilian victims are coded separately."),
    ("2018-11-02", "BFA", B, CLASH, 5, BFA_MIL, ANSAROUL,
     "On November 2, an army operation against suspected Ansaroul Islam militants near Baraboule (Soum, Sahel) reportedly left five militants dead."),
    ("2019-06-14", "BFA", B, CLASH, 3, KOGL, BFA_UAG,
     "On June 14, Koglweogo members pursuing cattle thieves exchanged fire with them near Dori (Seno, Sahel), three people were reportedly killed."),
    ("2019-04-19", "BFA", B, GOVREG, 0, BFA_MIL, BFA_UAG,
     "On April 19, Burkinabe soldiers retook control of the town of Mansila (Yagha, Sahel) after dislodging militants who had occupied it for two days."),
    ("2019-03-28", "BFA", B, NSAOT, 0, ANSAROUL, BFA_MIL,
     "On 28 March 2019, Ansaroul Islam militants attacked and took control of the gendarmerie post of Tongomayel (Soum, Sahel), raising their flag after the gendarmes fled."),
    ("2017-12-08", "BFA", ERV, IED, 0, BFA_UAG, BFA_MIL,
     "On December 8, a military vehicle hit a landmine near Baraboule (Soum, Sahel), three soldiers were injured."),
    ("2018-05-22", "BFA", ERV, IED, 2, BFA_UAG, BFA_POL,
     "On May 22, two gendarmes were killed when their vehicle struck an IED near Kompienga (Kompienga, Est)."),
    ("2018-10-30", "BFA", ERV, IED, 1, BFA_UAG, BFA_CVL,
     "On October 30, a civilian on a motorbike was killed by an explosive device on the road between Pama and Fada N'Gourma (coded as Pama at geoprecision 2)."),
    ("2019-01-19", "BFA", ERV, IED, 5, BFA_UAG, BFA_MIL,
     "On January 19, five soldiers were killed and several injured by the explosion of an IED at the passage of their convoy in the area of Nassoumbou (Soum, Sahel)."),
    ("2019-07-16", "BFA", ERV, IED, 0, JNIM, BFA_MIL,
     "On 16 July 2019, an IED targeted an army patrol near Djibo, no casualties were reported. JNIM reportedly claimed the attack."),
    ("2017-07-02", "BFA", P, PEACE, 0, BFA_PRO, "",
     "On July 2, hundreds of people marched in Ouagadougou to demand the truth about the assassination of journalist Norbert Zongo. [size=hundreds]"),
    ("2018-05-09", "BFA", P, PEACE, 0, BFA_PRO, "",
     "On May 9, teachers of the national education coordination held sit-ins in Ouagadougou and Bobo-Dioulasso as part of their strike (coded as Ouagadougou). [size=no report]"),
    ("2019-01-18", "BFA", P, PEACE, 0, BFA_PRO, "",
     "On January 18, members of the Fulani community protested in Ouagadougou against the killings of Yirgou. [size=around 1000]"),
    ("2019-09-16", "BFA", P, PEACE, 0, BFA_PRO, "",
     "On September 16, civil society groups held a march in Ouagadougou to support the army after the Koutougou attack. [size=thousands]"),
    ("2018-09-29", "BFA", P, INTERV, 0, BFA_PRO, BFA_POL,
     "On September 29, police dispersed a march of the opposition against the high cost of fuel in Ouagadougou with tear gas. [size=no report]"),
    ("2017-11-30", "BFA", P, EXCESS, 1, BFA_POL, BFA_PRO,
     "On November 30, gendarmes fired live ammunition at a peaceful sit-in of gold miners in Kalsaka (Yatenga, Nord), killing one demonstrator. [size=no report]"),
    ("2018-02-15", "BFA", R, VIOLDEM, 0, BFA_RIOT, BFA_POL,
     "On February 15, residents of Sabce burned the gendarmerie post and clashed with gendarmes after the death of a detainee in custody. [size=no report]"),
    ("2019-07-11", "BFA", R, VIOLDEM, 0, BFA_RIOT, "",
     "On July 11, angry youths in Kaya blocked the main road and vandalised public buildings to denounce the insecurity. [size=dozens]"),
    ("2018-06-04", "BFA", R, MOB, 1, BFA_RIOT, BFA_CVL,
     "On June 4, villagers in Nouna beat to death a man accused of stealing a motorbike."),
    ("2017-12-19", "BFA", SD, LOOT, 0, ANSAROUL, BFA_CVL,
     "On December 19, suspected Ansaroul Islam militants burned a school and seized the teaching materials in Baraboule (Soum, Sahel). No one was injured."),
    ("2018-11-16", "BFA", SD, LOOT, 0, BFA_UAG, BFA_CVL,
     "Looting: On November 16, armed men stole the cattle of several herders near Gayeri (Komondjari, Est)."),
    ("2019-06-25", "BFA", SD, LOOT, 0, BFA_UAG, BFA_CVL,
     "On 25 June 2019, gunmen set fire to a health centre and a pharmacy in Titao (Loroum, Nord) after chasing away the staff."),
    ("2018-10-16", "BFA", VAC, ABDUCT, 0, BFA_UAG, BFA_CVL,
     "On October 16, three employees of a gold mine were abducted near Inata (Soum, Sahel) by unidentified gunmen."),
    ("2019-01-15", "BFA", VAC, ABDUCT, 0, BFA_UAG, BFA_CVL,
     "On January 15, a Canadian geologist working for a mining company was kidnapped at the Tiabongou mining site near Mansila (Yagha, Sahel). He was later found dead; the killing is coded separately."),
    ("2019-09-02", "BFA", VAC, ABDUCT, 0, ANSAROUL, BFA_CVL,
     "Reportedly on September 2, Ansaroul Islam militants abducted a catechist in the area of Djibo (Soum, Sahel)."),
    ("2018-07-07", "BFA", VAC, SEXV, 0, BFA_UAG, BFA_CVL,
     "On July 7, armed men reportedly raped several women fleeing the violence near Barsalogho (Sanmatenga, Centre-Nord)."),
    ("2019-10-11", "BFA", SD, ARREST, 0, BFA_MIL, BFA_CVL,
     "On October 11, soldiers arrested around twenty men suspected of links with militants during a search operation in Djibo (Soum, Sahel)."),
    ("2019-02-17", "BFA", SD, CHANGE, 0, KOGL, "",
     "On February 17, the Koglweogo of the Centre-Nord region announced the suspension of their patrols following accusations of abuses."),
    ("2018-12-20", "BFA", SD, DISR, 0, BFA_MIL, "",
     "On December 20, the army seized a large cache of weapons and explosives during a search in a forest near Pama (Kompienga, Est)."),
    ("2019-06-03", "BFA", SD, HQ, 0, BFA_MIL, "",
     "On June 3, the Burkinabe army installed a new forward base in Arbinda (Soum, Sahel) to secure the area."),
    ("2018-09-10", "BFA", SD, OTHER, 0, ANSAROUL, BFA_CVL,
     "Non-violent activity: On September 10, suspected Ansaroul Islam militants distributed leaflets in Tongomayel threatening teachers who continue to work."),
    ("2019-11-14", "BFA", ERV, GREN, 0, BFA_UAG, BFA_POL,
     "On November 14, an unidentified man threw a grenade at a police post in Fada N'Gourma (Gourma, Est), one policeman was injured."),
    # ================================================================== Niger
    ("2017-06-28", "NER", VAC, ATTACK, 9, JAS, NER_CVL,
     "On June 28, Boko Haram militants attacked the village of Ngalewa (Diffa, Diffa), killing nine people and abducting 37 women and children. The abduction is coded separately."),
    ("2018-02-20", "NER", VAC, ATTACK, 3, JAS, NER_CVL,
     "On February 20, suspected Boko Haram (JAS) militants killed three fishermen on the shores of Lake Chad near Bosso (Bosso, Diffa)."),
    ("2018-05-18", "NER", VAC, ATTACK, 17, ISGS, NER_CVL,
     "On 18 May 2018, presumed ISGS militants attacked Tuareg camps near Aghay (Tillia, Tahoua), 17 civilians were killed."),
    ("2018-10-09", "NER", VAC, ATTACK, 2, NER_UAG, NER_CVL,
     "On October 9, unidentified gunmen killed two villagers in Tera (Tera, Tillaberi) and took their motorbikes."),
    ("2019-03-17", "NER", VAC, ATTACK, 10, JAS, NER_CVL,
     "On March 17, Boko Haram militants attacked Baroua (Diffa, Diffa), killing several civilians and wounding others. A local official said at least ten were killed."),
    ("2019-06-25", "NER", VAC, ATTACK, 1, ISWAP, NER_CVL,
     "Reportedly on June 25, ISWAP militants executed a village chief in Kabelawa (N'Guigmi, Diffa) for cooperating with the army."),
    ("2019-07-16", "NER", VAC, ATTACK, 0, NER_MIL, NER_CVL,
     "On July 16, soldiers reportedly beat several herders at a checkpoint near Ayorou (Tillaberi, Tillaberi), accusing them of supplying militants. No deaths were reported."),
    ("2019-10-30", "NER", VAC, ATTACK, 4, ISGS, NER_CVL,
     "On October 30, presumed ISGS militants killed four civilians including a village chief in Tondikiwindi (Ouallam, Tillaberi)."),
    ("2019-12-19", "NER", VAC, ATTACK, 14, JAS, NER_CVL,
     "On 19 December 2019, suspected Boko Haram militants raided the village of Toumour (Bosso, Diffa), killing 14 civilians and burning around 800 houses."),
    ("2017-02-22", "NER", B, CLASH, 16, NER_UAG, NER_MIL,
     "On February 22, gunmen ambushed a military patrol at Tiloa (Banibangou, Tillaberi), killing 15 soldiers. One attacker was also killed."),
    ("2017-10-04", "NER", B, CLASH, 9, ISGS, USA,
     "On 4 October 2017, ISGS militants ambushed a joint US-Nigerien patrol near Tongo Tongo (Ouallam, Tillaberi), four American and five Nigerien soldiers were killed."),
    ("2017-10-21", "NER", B, CLASH, 13, NER_UAG, NER_POL,
     "On October 21, armed men attacked the gendarmerie post of Ayorou (Tillaberi, Tillaberi), killing 13 gendarmes before fleeing towards Mali."),
    ("2018-03-26", "NER", B, CLASH, 0, NER_MIL, JAS,
     "On March 26, the army clashed with Boko Haram militants near Chetimari (Diffa, Diffa). No casualty figures were released."),
    ("2018-06-11", "NER", B, CLASH, 30, NER_MIL, JAS,
     "On June 11, the Nigerien army said it repelled a Boko Haram attack on its position in Bosso and killed around 30 militants."),
    ("2019-05-14", "NER", B, CLASH, 28, ISGS, NER_MIL,
     "On 14 May 2019, ISGS militants ambushed a military patrol near Tongo Tongo (Ouallam, Tillaberi), at least 28 soldiers were killed. The Islamic State claimed the attack."),
    ("2019-07-01", "NER", B, CLASH, 18, NER_UAG, NER_MIL,
     "On 1 July 2019, militants attacked the military camp of Inates (Ayorou, Tillaberi), 18 soldiers were killed according to the ministry of defense."),
    ("2019-12-10", "NER", B, CLASH, 128, ISGS, NER_MIL,
     "On 10 December 2019, ISGS militants attacked the military camp of Inates (Ayorou, Tillaberi), killing 71 soldiers; 14 soldiers were missing. The army said 57 attackers were killed."),
    ("2019-03-04", "NER", B, CLASH, 0, ISWAP, NER_MIL,
     "On March 4, ISWAP militants attacked a military post in Gueskerou (Diffa, Diffa); the soldiers repelled the assault. Casualties unknown."),
    ("2018-10-25", "NER", B, CLASH, 2, NER_MIL, NER_UAG,
     "On October 25, soldiers pursued cattle thieves near Abala (Filingue, Tillaberi) and exchanged fire with them, two bandits were killed."),
    ("2017-06-28", "NER", VAC, ABDUCT, 0, JAS, NER_CVL,
     "On June 28, Boko Haram militants abducted 37 women and children from Ngalewa (Diffa, Diffa) after killing nine people. The killings are coded separately."),
    ("2018-04-11", "NER", VAC, ABDUCT, 0, NER_UAG, NER_CVL,
     "On April 11, a German aid worker was kidnapped by armed men near Ayorou (Tillaberi, Tillaberi) and taken towards the Malian border."),
    ("2018-01-15", "NER", ERV, IED, 0, NER_UAG, NER_MIL,
     "On January 15, a military vehicle hit a landmine near Banibangou (Banibangou, Tillaberi), two soldiers were wounded."),
    ("2018-07-02", "NER", ERV, IED, 4, NER_UAG, NER_POL,
     "On July 2, four gendarmes were killed when their vehicle hit an explosive device near Makalondi (Say, Tillaberi)."),
    ("2019-08-21", "NER", ERV, IED, 0, NER_UAG, NER_MIL,
     "On August 21, an explosive device detonated at the passage of a military convoy near Tillia, damaging a vehicle. No victims reported."),
    ("2017-06-05", "NER", ERV, SUIC, 3, JAS, NER_CVL,
     "On June 5, two female suicide bombers blew themselves up in the Kabelawa IDP camp (N'Guigmi, Diffa), killing themselves and one civilian; 11 others were wounded."),
    ("2019-03-28", "NER", ERV, SHELL, 0, JAS, NER_MIL,
     "On March 28, Boko Haram militants fired mortar shells at the military base in Bosso (Bosso, Diffa). No casualties were reported."),
    ("2019-04-15", "NER", ERV, AIR, 20, NER_MIL, JAS,
     "On April 15, the Nigerien air force conducted airstrikes against Boko Haram positions on islands of Lake Chad near Bosso, killing about 20 militants according to the army."),
    ("2019-09-09", "NER", ERV, CHEM, 0, NER_UAG, NER_CVL,
     "On September 9, unknown assailants reportedly sprayed a chemical substance in a crowded market of Diffa, causing breathing problems to dozens of people."),
    ("2018-03-25", "NER", P, PEACE, 0, NER_PRO, "",
     "On March 25, thousands marched in Niamey against the 2018 finance law at the call of civil society organisations. [size=thousands]"),
    ("2019-05-05", "NER", P, PEACE, 0, NER_PRO, "",
     "On May 5, students of the University of Zinder held a peaceful sit-in to demand the payment of their grants. [size=hundreds]"),
    ("2018-04-15", "NER", R, VIOLDEM, 0, NER_RIOT, NER_POL,
     "On April 15, demonstrators defying a ban threw stones at the police in Niamey, who responded with tear gas; several shops were vandalised. [size=no report]"),
    ("2017-09-12", "NER", SD, LOOT, 0, NER_UAG, NER_CVL,
     "Looting: On September 12, armed men stole dozens of camels from nomads near Banibangou (Banibangou, Tillaberi)."),
    ("2019-02-08", "NER", SD, LOOT, 0, JAS, NER_CVL,
     "Property destruction: On February 8, Boko Haram militants burned houses and granaries in the village of Gadira (Diffa, Diffa) after the residents fled."),
]
