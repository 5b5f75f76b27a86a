"""Vocabulary tables: the words that say what a count of people is about.

Each table is plain data, edited by hand; `rules` compiles them into patterns. Entries
are regex fragments matched case-insensitively on word boundaries.
"""

from __future__ import annotations

# Words after a number (subject position, passive or adjectival): "114 people were KILLED".
# Order matters inside a metric only for readability; longest alternatives are tried first
# because each list is sorted by length when compiled.
# Where kidnappers take people from: "300 girls were seized from a school" is an abduction.
_TAKEN_FROM = (
    r"(?:their |a |the |an )?(?:[\w-]+ )?(?:schools?|homes?|dormitor(?:y|ies)|villages?|churche?s?|mosques?|buses|bus|"
    r"farms?|camps?)"
)

PASSIVE = {
    "killed": [
        "killed", "shot dead", "shot and killed", "gunned down", "slain", "murdered",
        "massacred", "executed", "hanged", "beaten to death", "burned to death",
        "burnt to death", "burned alive", "tortured to death", "stabbed to death",
        "hacked to death", "crushed to death", "drowned", "dead", "died", "perished", "electrocuted", "die",
        "lost their lives", "lost his life", "lost her life", "confirmed dead", "neutrali[sz]ed",
        "martyred", "declared dead", "executions", "(?:confirmed |declared )?deceased",
        "feared dead", "presumed dead", "fatally shot", "fatally wounded", "succumbed",
        "among (?:the )?dead", "among those killed", "buried", "fatalities", "martyrs",
        "deaths?(?![\\w-]| (?:sentences?|penalt|row|warrants?))",  # not "37 death sentences"
        "found dead", "found shot dead", "reported dead", "confirmed killed", "drowned",
        "(?:[a-z-]+ )?bodies", "killings", "death toll", "victims were killed",
        "brought in dead", "strangled", "lynched", "beheaded", "suffocated", "asphyxiated",
    ],
    "injured": [
        "injured", "wounded", "hurt", "hospitali[sz]ed", "maimed", "shot and wounded", "sickened", "poisoned",
        "shot and injured", "shot", "suffered (?:[\\w-]+ ){0,2}?(?:wounds|injuries)",
        "treated for (?:[\\w-]+ ){0,4}?(?:wounds|injuries|burns)", "injuries", "casualties",
        "admitted with", "treated (?:in|at) (?:the |a |local )?"
        "(?:[\\w'’-]+ ){0,2}?(?:hospitals?|clinics?|emergency (?:department|room|ward)s?)",
        "sustained (?:serious )?injuries",
        "survived with (?:[\\w-]+ )?(?:injuries|wounds|burns)", "needed treatment", "in critical condition",
        "in (?:its|their|intensive) care",
        "(?:needed|required|received|sought) (?:medical|hospital) (?:attention|treatment|care)",
        "in (?:a )?(?:serious|critical|grave) condition", "in (?:a )?life-threatening condition",
        "treated in (?:a )?hospitals?",
        "(?:had|have|has|bore) (?:visible |serious |severe )?(?:(?:gunshot|bullet|stab|knife|shrapnel|burn) )?"
        "(?:wounds|injuries)",
        "being treated", "taken to (?:the |a )?hospital(?! (?:mortuary|morgue))",
        "lost (?:an|one|both|their|his|her) eyes?",
        "receiving (?:medical |hospital )?treatment",
        "(?:transported|rushed|admitted|airlifted|evacuated) to (?:the |a )?(?:[\\w-]+ ){0,2}?"
        "(?:hospitals?|health (?:facilities|centres|centers))",
        "taken to (?:[\\w-]+ ){0,4}?hospitals?(?! (?:mortuary|morgue))", "nursing (?:their )?(?:injuries|wounds)",
        "hit by (?:stray |rubber |live |police )?(?:bullets|gunfire|shrapnel|pellets|rubber bullets)",
        "admitted to (?:a )?hospitals?", "sought (?:medical )?treatment",
        "brought in with (?:[\\w-]+ )?(?:wounds|injuries|burns)", "brought in (?:wounded|injured)",
        "(?:receiving|undergoing) (?:medical )?treatment",
        "(?:remain|remained|remains|still) in hospitals?", "lost their sight", "blinded", "received treatment",
        "sought medical (?:help|treatment|care|attention)", "needed medical (?:help|treatment|care)",
        "rushed to hospital", "suffered burns", "required (?:medical )?treatment",
        "among (?:those|the people|the) (?:injured|wounded|hurt)",
    ],
    "arrested": [
        "arrested", "detained", "re-?arrested", "rounded up", "taken into custody", "apprehended", "recaptured",
        "among (?:those|the people) (?:arrested|detained|held|rounded up)",
        "picked up", "taken away", f"seized(?! from {_TAKEN_FROM})", "nabbed", "held(?! hostage| captive)", "arrests",
        "captured",
        "detentions", "under arrest", "taken in", "deprived of (?:their )?liberty",
    ],
    "detained": [
        "(?:remain|remained|remaining|are still|were still|still|currently|now)"
        r" (?:being )?(?:detained|held|in (?:provisional |preventive |pre-?trial )?detention|"
        r"in (?:police |military |pre-?trial )?custody|in the custody of|"
        r"behind bars|imprisoned|jailed|in prison|in jail|incarcerated|locked up|under detention)",
        "(?:are|is|were|was) being (?:detained|held)",  # still in custody as the report is written
        "held incommunicado", "held without (?:charge|trial)",
        "remain under detention", "under detention", "political prisoners",
        "prisoners of conscience", "detainees", "in jail", "in prison", "behind bars",
        "taken to (?:prisons?|jails?|detention (?:centres?|centers?|facilities))",
        "in detention", "in custody", "remanded", "remanded in (?:judicial |police )?custody", "on death row",
        "placed under (?:a )?committal order",
        "held in (?:pre-?trial )?(?:detention|custody)", "in pre-?trial detention",
        "sent to (?:jail|prison)", "(?:are|were|is|was) (?:still )?being held", "(?:to )?still be held",
        "placed in (?:pre-?trial |preventive )?(?:detention|custody)",
        "(?:jailed|held|locked up) pending (?:trial|investigation)",
    ],
    "released": [
        "released", "freed", "set free", "pardoned", "granted amnesty", "let go",
        "freed on bail", "released on bail", "discharged from prison", "releases",
        "walked free", "walked out of (?:[\\w'-]+ ){0,3}?(?:prisons?|jails?)",
        "set at liberty", "granted bail", "bailed", "exchanged", "swapped",
        "among (?:those|the people) (?:released|freed|pardoned)", "returned to their families",
        "returned in (?:a|the) (?:prisoner )?(?:swap|exchange)", "brought home from captivity",
        "brought home", "regain(?:ed|s)? (?:their )?freedom", "(?:out )?on bail",
        "(?:came|come|returned|return) home from (?:[\\w-]+ )?captivity",
    ],
    "charged": [
        "charged", "indicted", "prosecuted", "fac(?:e|ed|ing) (?:[\\w-]+ )?charges", "formally accused",
        "(?:have|has|had) faced (?:criminal )?(?:prosecution|trial)",
        "(?:been )?named (?:as )?suspects",
        "booked", "charges", "put on trial", "arraigned", "face trial", "facing trial", "tried(?! to| in absentia)",
        "appeared in court",
        "appeared (?:in|before) (?:a |the )?(?:[A-Z][\\w-]* ){0,3}(?:courts?|judges?|magistrates?)",
        "brought before (?:a |the )?(?:[A-Z][\\w-]* ){0,2}(?:courts?|judges?|magistrates?|prosecutors?)",
        "stand trial", "standing trial", "stood trial", "on trial", "indicted", "named in cases",
        "accused in cases", "sued", "in the dock", "(?:have |has |had )?become defendants",
    ],
    "sentenced": [
        "sentenced", "jailed", "convicted", "found guilty", "given prison terms", "handed prison terms",
        "(?:jail|prison) (?:terms|sentences)",  # "courts handed 154 people jail terms"
        "given (?:between |up to )?[\\w-]+ (?:(?:and|to) [\\w-]+ )?years",
        "handed (?:down )?(?:prison |jail )?sentences", "condemned to death",
        "sentenced to death", "given death sentences", "death sentences",
        "(?:given|received|handed|got) (?:(?:suspended|reduced|life|long|lengthy|heavy|prison|jail|death) ){1,2}"
        "(?:sentences|terms)",
        "received (?:[\\w-]+ )?(?:terms|sentences) (?:of|ranging)",
        "imprisoned after trial",
    ],
    "missing": [
        "missing", "unaccounted for", "disappeared", "forcibly disappeared", "vanished",
        "(?:have|has|had) not been seen (?:since|again)", "(?:were|was) last seen",
        f"seized from {_TAKEN_FROM}",
        "remain missing", "still missing", "reported missing", "lost at sea", "abducted",
        "enforced disappearances", "disappearances", "swept away", "feared trapped",
        "trapped", "(?:whose )?whereabouts (?:are|remain|remained|is) unknown", "listed as missing",
        "still being searched for", "missing persons", "registered as missing", "in captivity",
        "taken (?:[\\w-]+ ){0,4}?as hostages",
        "(?:could|can|have|has) not (?:yet )?(?:be|been) (?:located|found|traced)",
        "(?:are |is )?(?:yet|still) to be (?:accounted for|found|located|traced)",
        "(?:have|has) never been (?:found|located|traced|recovered|seen again)",
        "victims of (?:forced |enforced )?disappearances?",
        "held captive", "hostages", "captives", "kidnapped",
    ],
    "displaced": [
        "displaced", "fled(?! (?:from )?(?:the |a |their )?(?:[\\w-]+ )?(?:prisons?|jails?|custody|detention))",
        "forced to flee", "forced from their homes",
        "forced out of their homes", "made homeless", "left homeless", "homeless", "out of their homes",
        "lost their homes", "(?:have |has |had )?(?:had to )?(?:left|leave|flee) their homes",
        "uprooted", "evacuated", "sought refuge", "sought shelter", "crossed into",
        "crossed the border", "crossed (?:[\\w-]+ ){0,4}?into", "refugees", "internally displaced", "evacuees", "IDPs",
        "asylum[- ]seekers", "(?:applied|asked) for asylum", "(?:sought|claimed|requested) asylum",
        "driven from their homes", "have been displaced",
        "(?:sheltering|sleeping) (?:in|at|inside) (?:[\\w,-]+ ){0,4}?(?:schools?|camps?|centres?|centers?|shelters?|"
        "tents?|mosques?|churches|stadiums?|sites?|host communities|barracks|stations)",
        "sleeping (?:in the open|outdoors|outside|rough)", "left without (?:a )?homes?",
        "forced to leave", "took shelter", "taken shelter", "in shelters", "fleeing",
        "(?:have |has |had )?left (?:their|the) (?:country|homeland)",
        "(?:new )?arrivals", "in (?:evacuation|relief|displacement|temporary) (?:centres|centers|camps|shelters|sites)",
        "(?:living|staying|sheltering|housed|crammed) (?:in|at) (?:[\\w,]+ ){0,4}"
        "(?:camps|centres|centers|shelters|tents|settlements)",
        "(?:put up|housed|accommodated) in (?:[\\w,]+ ){0,3}?(?:hotels|emergency accommodation|shelters)",
        # "remain in some 400 evacuation centres", "spent the night at shelters", "shifted to 93 relief camps"
        "(?:remain|remained|registered|shifted|moved|served|spent (?:the|a|[\\w]+)(?: [\\w]+)? nights?) "
        "(?:in|at|to|into|inside) (?:[\\w,]+ ){0,3}?"
        "(?:(?:evacuation|relief|temporary|emergency|public|tent) )?(?:shelters|camps|centres|centers|schools|churches|"
        "mosques|tents)",
        "(?:sheltering|staying|living) with (?:relatives|host families|friends)",
        "(?:needed|need|needing|in need of) (?:emergency |temporary )?shelter",
    ],
}  # fmt: skip

# Verbs and nouns before a number (object position): "security forces KILLED 114",
# "the ARREST OF 42 people", "LEFT 5 dead" is handled by PASSIVE ("dead").
ACTIVE = {
    "killed": [
        "killed", "killing", "kills", "kill", "shot dead", "shooting dead", "gunned down",
        "massacred", "executed", "executing", "executes", "hanged", "hangs", "hanging",
        "murdered", "murdering",
        "claimed the lives of", "claiming the lives of",
        "took the lives of", "deaths of", "death of", "killing of", "killings of", "murder of", "murders of",
        "massacre of", "slaughter of",
        "fatal (?:stabbing|shooting|beating)s? of",
        "execution of", "bodies of", "dead bodies of", "remains of",
    ],
    "injured": [
        "injured", "injuring", "injures", "injure", "wounded", "wounding", "wounds", "wound", "hurt", "hurting",
        "shot", "shooting", "hitting", "treated", "treating", "treats", "hospitalised",
        "hospitalized", "sickened", "sickening", "poisoned", "poisoning",
    ],
    "arrested": [
        "arrested", "arresting", "arrests", "arrest", "detained", "detaining", "detains", "detain",
        "rounded up", "rounding up", "rounds up", "picked up", "apprehended", "seized",
        "arrest of", "arrests of", "detention of", "apprehension of", "recaptured", "recapturing",
        "captured", "capturing",
        "nabbed", "nabbing", "led away", "leading away", "bundled away",
    ],
    "released": [
        "granted bail to", "secured bail for", "won bail for",
        "released on bail", "freed on bail", "exchanged", "swapped", "handed over",
        "released", "releasing", "releases", "freed", "freeing", "frees", "pardoned",
        "pardoning", "pardons", "release of", "freeing of", "amnesty for", "amnestied",
        "(?:granted|grants|granting|gave|offered) (?:an )?(?:amnesty|amnesties|pardons?|clemency) to",
        "brought home", "bringing home", "brought back", "bringing back",
    ],
    "charged": ["charged", "charging", "charges", "indicted", "indicts", "prosecuted",
                "prosecuting", "charges against", "cases against", "filed cases against",
                "case against", "sued", "arraigned",
                "(?:criminal )?(?:charges|cases?|proceedings|FIRs?|indictments?) (?:were |was |have been |has been |"
                "had been )?(?:filed|brought|laid|pressed|opened|launched|initiated|lodged|registered|issued) "
                "(?:[\\w-]+ ){0,2}?against",
                "opened (?:criminal )?(?:proceedings|cases|investigations?) against",
                "(?:filed|registered|lodged) (?:a |an )?(?:criminal )?cases? (?:on \\w+ )?against",
                "(?:framed|filed|brought|pressed|laid) charges (?:of [\\w\\s-]{1,40}? )?against",
                "(?:filed )?charge-?sheets? against"],
    "sentenced": [
        "sentenced", "sentencing", "sentences", "jailed", "jails", "convicted", "convicts",
        "condemned", "(?:death |prison |jail )?sentences? (?:for|against|on)", "sentencing of", "commuted", "commutes",
        "commuting",
        "(?:upheld|confirmed|commuted|reduced) the (?:death )?(?:sentences?|penalty|penalties) (?:of|for|against)"
        "(?: the remaining)?",
        "(?:handed|handing|hands|gave|giving) (?:down )?(?:(?:prison|jail|death|life|reduced|suspended|lengthy|firm) )?"
        "(?:sentences|terms|imprisonment|administrative (?:arrests?|detention))(?: of [^,;.]{1,40}?)? (?:to|against)",
        "(?:prison|jail) terms (?:of|ranging from) [^,;.]{1,40}? to",  # "..., and jail terms of 3 to 10 years to 256"
    ],
    "displaced": ["displaced", "displacing", "uprooted", "uprooting", "displacement of", "evacuated",
                  "evacuating", "evacuates"],
    "missing": ["abducted", "abducting", "abducts", "abduction of", "disappearance of", "disappearances of",
                "disappeared", "kidnapped", "kidnapping", "kidnaps", "kidnapping of", "whereabouts of", "fate of",
                "looking for",
                "searching for", "search for", "searched for", "trace", "lost (?:track|touch|contact) with",
                "lost track of"],
    "detained": ["holding", "holds", "still holds", "still holding", "(?:pre-?trial|preventive) detention of"],
}  # fmt: skip

# Nouns that name a running count ("the death TOLL rose to"), mapped to their metric;
# "number of <trigger>" is read through PASSIVE instead.
TOLL_NOUNS = {
    "killed": ["death toll", "toll", "fatality count", "body count", "deaths", "fatalities",
               "killings", "executions", "dead"],
    "injured": ["injury toll", "injuries", "casualty toll"],
    "arrested": ["arrests", "arrest toll", "arrest count", "detentions"],
    "detained": ["detainees", "political prisoners", "prisoners of conscience"],
    "released": ["releases"],
    "charged": ["prosecutions", "indictments"],
    "sentenced": ["convictions", "death sentences"],
    "missing": ["disappearances"],
    "displaced": ["refugees", "displacement", "displaced people", "internally displaced", "IDPs"],
}  # fmt: skip
# Bare labels in briefing tables and lists: "Killed: 5,414", "still held (20,780)".
LABELS = {
    "killed": ["killed", "deaths", "dead", "died", "death toll", "fatalities"],
    "injured": ["injured", "wounded", "injuries"],
    "arrested": ["arrested", "arrests"],
    "detained": ["still held", "still detained", "in detention", "detained", "political prisoners",
                 "under detention", "in custody", "held"],
    "released": ["released", "freed"],
    "charged": ["charged", "prosecuted", "indicted"],
    "sentenced": ["sentenced", "convicted"],
    "missing": ["missing", "disappeared"],
    "displaced": ["displaced"],
}  # fmt: skip

# Words that name people, so that "42 PEOPLE were arrested" and "freed 600 PRISONERS" count.
PEOPLE = """
people persons person individuals civilians protesters protestors demonstrators students
children child kids minors women men boys girls adults teenagers teens youths youngsters
villagers residents locals citizens nationals inhabitants prisoners detainees inmates convicts
activists journalists reporters monks nuns doctors nurses medics health workers teachers
soldiers troops officers policemen police officers security personnel personnel guards
fighters militants rebels insurgents combatants members supporters leaders lawmakers
politicians officials workers labourers laborers farmers fishermen miners migrants refugees
asylum seekers passengers pilgrims worshippers patients victims survivors bodies souls lives
others more relatives family members sons daughters brothers sisters parents husbands wives
infants babies toddlers elderly opponents dissidents critics bystanders pedestrians shoppers
tourists foreigners ethnic Rohingya Kachin Karen Chin Shan Kurds Baluch Uyghurs Palestinians
Israelis Sudanese Syrians Afghans Ukrainians rioters looters suspects defendants co-defendants accused co-accused
party members campaigners unionists staff employees volunteers rescuers gunmen attackers
inmates detainees prisoners-of-conscience pupils worshipers congregants voters coordinators
ministers engineers technicians crew executives managers directors judges prosecutors campers counselors counsellors
organisers organizers participants
""".split()

# Singular people nouns for one victim in words: "a MAN was shot dead".
PERSON = """
man woman boy girl child teenager teen youth student protester protestor demonstrator monk
nun nurse doctor medic journalist reporter activist resident villager civilian person
officer policeman policewoman soldier worker toddler baby infant father mother son daughter
brother sister husband wife teacher farmer driver shopkeeper vendor bystander pedestrian
passer-by schoolboy schoolgirl volunteer rescuer lawyer politician lawmaker leader member
gunman attacker assailant shooter suspect captain major colonel lieutenant general sergeant
commander pilot priest pastor imam owner guard official governor mayor minister president
bishop blogger rapper singer artist businessman tycoon cleric photographer editor professor
candidate dissident defender prisoner detainee inmate hostage fisherman miner passenger chief
counselor counsellor camper pharmacist paramedic surgeon midwife engineer technician employee
staffer firefighter fighter militant rebel refugee migrant pilgrim worshipper tourist cameraman
photojournalist diplomat investigator manager stepson stepdaughter stepfather stepmother grandson
granddaughter nephew niece cousin uncle aunt
""".split()

# Nouns that count acts done to people, so that a count of them is a count of people: "1,000
# arbitrary arrests". Only read after a describing word; PASSIVE has the bare ones.
COUNT_NOUNS = {
    "killed": ["deaths", "killings", "fatalities", "murders", "executions", "martyrs"],
    "injured": ["injuries"],
    "arrested": ["arrests", "detentions"],
    "missing": ["disappearances?", "abductions", "kidnappings"],
    "charged": ["indictments", "prosecutions"],
    "displaced": ["refugees", "IDPs", "evacuees", "displaced people"],
}

# Verbs whose object or subject may be one person by name: "sentenced journalist Mzia
# Amaglobeli", "Opposition leader Maria Corina Machado was briefly detained". Fewer than
# ACTIVE: "searching for X" or "treated X" says nothing about a count.
# What a named person who is still held "remains" or "has been" ("remains in pre-trial detention",
# "has been held since Oct. 24"): detained, said of a named subject only.
NAMED_HELD = [
    "remains in (?:pre-trial |judicial |police |military )?(?:jail|prison|detention|custody)",
    "remains behind bars", "(?:has been )?(?:held|jailed|imprisoned|detained) (?:in (?:[\\w'-]+ ){0,3})?since",
]  # fmt: skip
NAMED_VICTIM_VERBS = {
    "killed": ["killed", "shot dead", "gunned down", "executed", "hanged", "murdered", "assassinated"],
    "injured": ["wounded", "injured"],
    "arrested": ["arrested", "detained", "apprehended"],
    "released": ["released", "freed", "pardoned"],
    "charged": ["charged", "indicted", "prosecuted"],
    "sentenced": ["sentenced", "jailed"],
    "missing": ["abducted", "kidnapped"],
}

# Things that are counted in reports but are not people: a number before them is no figure.
THINGS = """
houses homes buildings vehicles cars trucks lorries buses motorcycles bikes weapons guns
rifles rounds bullets shells bombs grenades villages towns schools hospitals shops stores
tonnes tons litres liters kilometres kilometers km miles metres meters feet acres hectares
years months weeks days hours minutes seconds times percent per cent cases sites points
locations incidents attacks raids protests rallies strikes articles sections charges counts
pages words votes seats tanks aircraft planes drones helicopters boats ships kyat dollars
euros pounds rupees taka shillings rials yuan baht degrees mosques churches temples camps
cities provinces districts countries states regions floors storeys wards neighbourhoods
prisons jails
neighborhoods quarters townships areas streets zones settlements households families
""".split()

# Qualifier words, by qualifier; matched right before the number (or after, for AFTER).
QUALIFIER_BEFORE = {
    "at_least": [
        "at least", "more than", "over", "upwards of", "in excess of", "no fewer than",
        "no less than", "a minimum of", "not less than", "beyond", "exceeding",
        "above", "well over", "some more than", "past", "passes", "passed", "passing", "tops",
        "topped", "topping", "exceeds", "surpassed", "surpasses", "crossed", "crosses",
    ],
    "at_most": [
        "nearly", "almost", "up to", "fewer than", "less than", "under", "as many as",
        "close to", "just under", "not more than", "no more than", "a maximum of",
        "at most",
    ],
    "approx": [
        "about", "around", "some", "roughly", "approximately", "an estimated", "estimated",
        "approx\\.", "an approximate", "circa", "c\\.", "nearly about", "close on",
        "in the region of", "on the order of",
    ],
}  # fmt: skip
QUALIFIER_AFTER = {
    "at_least": [r"\+", "or more", "-plus", " plus", "and more", "and counting"],
    "approx": ["or so", "odd", "-odd"],
}

# An hour of the day a count started from: "since this morning", "since dawn".
HOURS_OF_DAY = r"(?:(?:this|the|early) (?:morning|afternoon|evening)|dawn|daybreak|midnight|noon|midday)\b(?! of\b)"
# Words that make a count a running total (scope `cumulative`).
CUMULATIVE = [
    "toll(?!\\s+(?:gate|road|booth|plaza|bridge|free))", "so far(?! today| this (?:morning|afternoon|evening))",
    "to date", "in total",
    "a total of", "total", "overall",
    "altogether", "in all", "cumulative", "tally", "running count", "thus far",
    "up to now", "until now", "till now", "as of", "since the start", "since the beginning",
    "to this day",
    # "by" a day or time: "166 bodies had been recovered by Thursday evening"
    "by (?:(?:late |early )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    "(?: (?:morning|afternoon|evening|night))?|nightfall|midday|noon|the (?:evening|afternoon|end of the day))",
    # "since" opening a period ("since Tuesday", "since the coup", "since protests began"), not an
    # adverb ("has since been released"), a lifetime ("had lived in Germany since 2006") nor an hour of
    # the day told ("since this morning", "since dawn": one day's count)
    f"(?<!lived )(?<!held )(?<!years )(?<!been )since(?! (?:then|been|being|released|freed)\\b)(?! {HOURS_OF_DAY})",
]  # fmt: skip
# Weaker signs of a running total: a day named in the same clause outweighs them.
CUMULATIVE_WEAK = [
    "remain", "remains", "still", "now", "living in", "staying in", "sheltering",
]  # fmt: skip

# A whole campaign counted up to the day it is told: "arrested over the protests" is a running total.
CAMPAIGN = [
    "protests", "demonstrations", "unrest", "riots", "rioting", "crackdown", "uprising", "violence",
    "revolt", "insurgency", "the war", "the conflict", "the same period",
]  # fmt: skip

# Words that make a count one incident or one day (scope `event`) even in a running story.
EVENT = [
    f"since {HOURS_OF_DAY}",
    "in the attack", "over the past", "in the past", "over the last", "in the last", "in the previous",
    "over the previous",
    "past week", "past 24 hours", "past day", "in the raid", "in the blast", "in the explosion",
    "in the crash", "in the clashes", "in clashes", "on the day", "in a single day",
    "in one day", "that day", "during the protest", "in the shooting",
    "in an attack", "in a raid", "in an airstrike", "in the airstrike", "in a blast",
    "in a shooting", "in the fire", "in a fire",
]  # fmt: skip

# Modal and intent words that make a count hypothetical: no figure.
HYPOTHETICAL = [
    "could", "would", "might", "may", "will", "shall", "threatened to", "threatens to",
    "threaten to", "plans to", "plan to", "planned to", "planning to", "vowed to",
    "vows to", "promised to", "promises to", "intends to", "intended to", "aims to",
    "set to", "expected to", "likely to", "to be", "wants to", "sought to", "seeks to",
    "proposed to", "pledged to", "if", "unless", "risk", "risks", "faces up to",
    "face up to", "facing up to", "could face", "punishable by",
]  # fmt: skip

# Words that negate a count that follows: "no one was killed", "none were hurt".
NEGATION = ["no", "not", "none", "nobody", "never", "zero", "neither", "nor", "without"]
