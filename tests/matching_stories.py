"""Multi-sentence stories for claim matching end to end (tests/test_matching_stories.py).

Every event, place and name is invented. Each story tells one central claim
through several outlets, in Arabic and English, worded differently: number
words against digits of three scripts, names transliterated otherwise,
paraphrases; and a near miss that must stay apart (another figure, another
place, another day, the parties' roles swapped) or a denial that must be linked as ``disputes``.

Each story is ``(articles, expected)``: ``central`` names the articles whose
statement is the central claim and the status it must get; ``apart`` the
articles whose statement must be a claim of its own; ``denies`` the article
whose statement disputes the central claim.
"""
from __future__ import annotations

FLOOD = ([  # one mayor, three spellings, three outlets: one origin, single-source
    {"id": "flood-tribune", "lang": "en", "outlet": "The Harbour Tribune", "title": "Floods in Wadi Saba",
     "text": "Floods in Wadi Saba\n\nHeavy rain fell across the valley over the weekend. Mayor Samir "
             "Kaddour said 250 homes were flooded in the town of Wadi Saba on Sunday. Roads to the "
             "coast stayed closed on Monday."},
    {"id": "flood-courier", "lang": "en", "outlet": "The Daily Courier", "title": "Wadi Saba under water",
     "text": "Wadi Saba under water\n\nThe river rose overnight. Samir Qaddour, the mayor, said two "
             "hundred and fifty homes were flooded in the town of Wadi Saba on Sunday. Schools will "
             "reopen next week."},
    {"id": "flood-fajr", "lang": "ar", "outlet": "صحيفة الفجر", "title": "فيضانات",
     "text": "فيضانات في وادي سبأ\n\nهطلت أمطار غزيرة على الوادي. وقال رئيس البلدية سمير قدور إن "
             "مئتين وخمسين منزلا غمرتها المياه في بلدة وادي سبأ يوم الأحد. ولا تزال الطرق مغلقة."},
    {"id": "flood-gazette", "lang": "en", "outlet": "The Valley Gazette", "title": "Tal Hamra",
     "text": "Flooding in Tal Hamra\n\nThe civil defence said 40 homes were flooded in the town of "
             "Tal Hamra on Sunday. Volunteers handed out blankets."},
], {"central": ({"flood-tribune", "flood-courier", "flood-fajr"}, "single-source"),
    "apart": {"flood-gazette"}})

TOLL = ([  # two independent named origins, digits of two scripts and words: corroborated
    {"id": "toll-sabah", "lang": "ar", "outlet": "صحيفة الصباح", "title": "غارة على كفر نجد",
     "text": "غارة على كفر نجد\n\nاستهدفت طائرات حربية سوقا شعبية. وقال مرصد النهر لحقوق الإنسان إن "
             "١٤ مدنيا قتلوا في غارة على بلدة كفر نجد يوم الخميس. وأضاف أن فرق الإنقاذ تواصل البحث."},
    {"id": "toll-madar", "lang": "ar", "outlet": "قناة المدار", "title": "قتلى في كفر نجد",
     "text": "قتلى في كفر نجد\n\nوقال الدفاع المدني إن أربعة عشر مدنيا قتلوا في غارة على بلدة كفر "
             "نجد يوم الخميس. ونقل الجرحى إلى مستشفى المدينة."},
    {"id": "toll-courier", "lang": "en", "outlet": "The Daily Courier", "title": "Air strike",
     "text": "Air strike on Kafr Najd\n\nThe Nahr Human Rights Observatory said 14 civilians were "
             "killed in an air strike on the town of Kafr Najd on Thursday. Rescue teams were still "
             "searching the rubble."},
    {"id": "toll-fajr", "lang": "ar", "outlet": "صحيفة الفجر", "title": "غارة على كفر نجد",
     "text": "غارة أخرى\n\nوقال مصدر طبي إن 40 مدنيا قتلوا في غارة على بلدة كفر نجد يوم الخميس."},
], {"central": ({"toll-sabah", "toll-madar", "toll-courier"}, "corroborated"),
    "apart": {"toll-fajr"}})

WITHDRAWAL = ([  # a colonel's claim in two languages, and a commander who denies it (the cue denies)
    {"id": "withdraw-tribune", "lang": "en", "outlet": "The Harbour Tribune", "title": "Army leaves",
     "text": "Army leaves Birkat Zaid\n\nConvoys were seen on the northern road. Colonel Fadi Nasser "
             "said the army withdrew from the town of Birkat Zaid on Tuesday. Residents began to "
             "return."},
    {"id": "withdraw-fajr", "lang": "ar", "outlet": "صحيفة الفجر", "title": "انسحاب",
     "text": "انسحاب من بركة زيد\n\nوقال العقيد فادي ناصر إن الجيش انسحب من بلدة بركة زيد يوم "
             "الثلاثاء. وشوهدت قوافل على الطريق الشمالي."},
    {"id": "withdraw-courier", "lang": "en", "outlet": "The Daily Courier", "title": "Birkat Zaid",
     "text": "Fighting in Birkat Zaid\n\nRebel commander Hadi el-Khatib denied that the army "
             "withdrew from the town of Birkat Zaid on Tuesday. Fighting went on into the night."},
], {"central": ({"withdraw-tribune", "withdraw-fajr"}, "single-source"),
    "denies": "withdraw-courier"})

ARRESTS = ([  # one minister asserts, then denies: two claims, the denial linked
    {"id": "arrest-nna", "lang": "ar", "outlet": "وكالة الأنباء الوطنية", "title": "اعتقالات",
     "text": "اعتقالات في العاصمة\n\nوقال وزير الداخلية كريم الخطيب إن الشرطة اعتقلت اثني عشر "
             "شخصا في حي الزيتون. وأضاف أن التحقيق مستمر."},
    {"id": "arrest-tribune", "lang": "en", "outlet": "The Harbour Tribune", "title": "Arrests",
     "text": "Arrests in the capital\n\nInterior minister Karim al-Khateeb said police arrested "
             "twelve people in the Zaytoun district. The investigation goes on."},
    {"id": "arrest-madar", "lang": "ar", "outlet": "قناة المدار", "title": "نفي",
     "text": "الوزير ينفي\n\nونفى وزير الداخلية كريم الخطيب أن تكون الشرطة اعتقلت اثني عشر "
             "شخصا في حي الزيتون. ودعا إلى الهدوء."},
], {"central": ({"arrest-nna", "arrest-tribune"}, "single-source"), "denies": "arrest-madar"})

SHELTER = ([  # thirty-seven / ٣٧ / سبعة وثلاثين; another day is another event
    {"id": "shelter-gazette", "lang": "en", "outlet": "The Valley Gazette", "title": "Shelter hit",
     "text": "Shelter hit in Deir Hanna\n\nHealth minister Rania Haddad said thirty-seven people "
             "were wounded when a shell hit a school shelter in the town of Deir Hanna on Thursday. "
             "The school had housed families since spring."},
    {"id": "shelter-sabah", "lang": "ar", "outlet": "صحيفة الصباح", "title": "قصف مدرسة",
     "text": "قصف مدرسة في دير حنا\n\nوقال الهلال الأحمر إن ٣٧ شخصا أصيبوا عندما سقطت قذيفة على "
             "مدرسة تؤوي نازحين في بلدة دير حنا يوم الخميس. ونقل المصابون إلى المستشفى."},
    {"id": "shelter-courier", "lang": "en", "outlet": "The Daily Courier", "title": "Shelling",
     "text": "Shelling in Deir Hanna\n\nThe Red Crescent said 37 people were wounded when a shell "
             "hit a school shelter in the town of Deir Hanna on Friday."},
], {"central": ({"shelter-gazette", "shelter-sabah"}, "corroborated"),
    "apart": {"shelter-courier"}})

BRIDGE = ([  # the same figures in another place stay apart
    {"id": "bridge-tribune", "lang": "en", "outlet": "The Harbour Tribune", "title": "Bridge",
     "text": "Bridge collapse\n\nWork on the old bridge had stopped in May. Engineer Nadia Farouk "
             "said 6 workers were injured when the bridge collapsed in the town of Tal Abyad on "
             "Wednesday."},
    {"id": "bridge-fajr", "lang": "ar", "outlet": "صحيفة الفجر", "title": "انهيار جسر",
     "text": "انهيار جسر في تل أبيض\n\nوقالت المهندسة نادية فاروق إن ستة عمال أصيبوا عندما انهار "
             "الجسر في بلدة تل أبيض يوم الأربعاء. وكانت الأشغال متوقفة منذ أيار."},
    {"id": "bridge-gazette", "lang": "en", "outlet": "The Valley Gazette", "title": "Bridge",
     "text": "Another collapse\n\nEngineer Nadia Farouk said 6 workers were injured when the bridge "
             "collapsed in the town of Ain Issa on Wednesday."},
], {"central": ({"bridge-tribune", "bridge-fajr"}, "single-source"),
    "apart": {"bridge-gazette"}})

TRUCE = ([  # a paraphrase in one language and a translation; talks that failed are another claim
    {"id": "truce-tribune", "lang": "en", "outlet": "The Harbour Tribune", "title": "Truce",
     "text": "Truce in the hills\n\nMediator Omar Saleh said the two tribes reached a ceasefire "
             "agreement in the village of Ras Amer on Saturday. Elders met for three days."},
    {"id": "truce-courier", "lang": "en", "outlet": "The Daily Courier", "title": "Ras Amer",
     "text": "Ras Amer calm\n\nOmar Saleh, who mediated the talks, said a truce between the two "
             "tribes was agreed in the village of Ras Amer on Saturday."},
    {"id": "truce-sabah", "lang": "ar", "outlet": "صحيفة الصباح", "title": "هدنة",
     "text": "هدنة في رأس عامر\n\nوقال الوسيط عمر صالح إن القبيلتين توصلتا إلى اتفاق على هدنة "
             "في قرية رأس عامر يوم السبت."},
    {"id": "truce-gazette", "lang": "en", "outlet": "The Valley Gazette", "title": "Talks",
     "text": "Talks fail\n\nOmar Saleh said talks between the two tribes in the village of Ras Amer "
             "collapsed on Saturday without an agreement."},
], {"central": ({"truce-tribune", "truce-courier", "truce-sabah"}, "single-source"),
    "apart": {"truce-gazette"}})

RELAY = ([  # one council's figure relayed outlet to outlet, in words and digits: circular
    {"id": "relay-nna", "lang": "ar", "outlet": "وكالة الأنباء الوطنية", "title": "مهاجرون",
     "text": "إنقاذ مهاجرين\n\nوقال مجلس مدينة الساحل إن ستمئة وخمسة عشر مهاجرا أنقذوا قبالة "
             "شاطئ المدينة خلال يومين. وكانت القوارب مكتظة."},
    {"id": "relay-madar", "lang": "ar", "outlet": "قناة المدار", "title": "مهاجرون",
     "text": "مهاجرون\n\nوذكرت وكالة الأنباء الوطنية أن 615 مهاجرا أنقذوا قبالة شاطئ مدينة الساحل "
             "خلال يومين."},
    {"id": "relay-wadi", "lang": "ar", "outlet": "صحيفة الوادي", "title": "إنقاذ",
     "text": "إنقاذ 615 مهاجرا\n\nكانت القوارب مكتظة بالركاب. وذكرت قناة المدار أن 615 مهاجرا "
             "أنقذوا قبالة شاطئ مدينة الساحل خلال يومين."},
    {"id": "relay-tribune", "lang": "en", "outlet": "The Harbour Tribune", "title": "Migrants",
     "text": "More migrants\n\nThe coast guard said 516 migrants were rescued off the coast of the "
             "city of Al-Sahel over two days."},
], {"central": ({"relay-nna", "relay-madar", "relay-wadi"}, "circular"),
    "apart": {"relay-tribune"}})

ARRESTS_SUNDAY = ([  # "on Sunday" dated by each article: a date, the same Sunday, another Sunday
    {"id": "sunday-tribune", "lang": "en", "outlet": "The Harbour Tribune", "title": "Arrests",
     "date": "2024-03-04",
     "text": "Protest broken up in Bayt Nur\n\nShops stayed shut all day. Police chief Leila Hamdan "
             "said 30 protesters were arrested in the town of Bayt Nur on Sunday."},
    {"id": "sunday-sabah", "lang": "ar", "outlet": "صحيفة الصباح", "title": "اعتقالات",
     "date": "2024-03-04",
     "text": "اعتقالات في بيت نور\n\nوقالت قائدة الشرطة ليلى حمدان إن ثلاثين متظاهرا اعتقلوا في "
             "بلدة بيت نور يوم الأحد."},
    {"id": "sunday-courier", "lang": "en", "outlet": "The Daily Courier", "title": "Bayt Nur",
     "date": "2024-03-06",
     "text": "Bayt Nur\n\nPolice chief Leila Hamdan said 30 protesters were arrested in the town "
             "of Bayt Nur on March 3. They were released on bail."},
    {"id": "sunday-gazette", "lang": "en", "outlet": "The Valley Gazette", "title": "Arrests again",
     "date": "2024-03-11",
     "text": "Arrests again in Bayt Nur\n\nPolice chief Leila Hamdan said 30 protesters were "
             "arrested in the town of Bayt Nur on Sunday."},
], {"central": ({"sunday-tribune", "sunday-sabah", "sunday-courier"}, "single-source"),
    "apart": {"sunday-gazette"}})

PRESIDENT = ([  # one leader's charge relayed by two outlets; a minister's praise of the same president
    {"id": "president-sabah", "lang": "ar", "outlet": "صحيفة الصباح", "title": "المعارضة",
     "text": "المعارضة تهاجم الرئيس\n\nعقدت المعارضة مؤتمرا صحفيا في العاصمة. وقال زعيم المعارضة "
             "سالم الدروزي إن الرئيس النيجيري كمال الزاهري فاشل. ودعا أنصاره إلى التظاهر."},
    {"id": "president-madar", "lang": "ar", "outlet": "قناة المدار", "title": "الدروزي",
     "text": "الدروزي يهاجم الرئيس\n\nوقال سالم الدروزي زعيم المعارضة إن الرئيس النيجيري كمال "
             "الزاهري فاشل. ولم يصدر تعليق عن الرئاسة."},
    {"id": "president-wadi", "lang": "ar", "outlet": "صحيفة الوادي", "title": "الخارجية",
     "text": "وزير الخارجية يشيد بالرئيس\n\nاستقبل وزير الخارجية نبيل حداد وفدا أجنبيا. وقال حداد "
             "إن الرئيس النيجيري كمال الزاهري رجل شجاع. وتناول اللقاء التعاون الاقتصادي."},
], {"central": ({"president-sabah", "president-madar"}, "single-source"),
    "apart": {"president-wadi"}})

GRENADE = ([  # one spokesman's account in two languages; the other side's account, roles swapped
    {"id": "grenade-tribune", "lang": "en", "outlet": "The Harbour Tribune", "title": "Border clash",
     "text": "Clash on the border\n\nThe fence near the village was damaged overnight. Army spokesman "
             "Dan Halevi said a grenade fired by Hezbollah members wounded three Israeli soldiers "
             "near the village of Kafr Tala on Tuesday."},
    {"id": "grenade-courier", "lang": "en", "outlet": "The Daily Courier", "title": "Kafr Tala",
     "text": "Kafr Tala\n\nDan Halevi, the army spokesman, said three Israeli soldiers were wounded "
             "near the village of Kafr Tala on Tuesday by a grenade Hezbollah members fired."},
    {"id": "grenade-sabah", "lang": "ar", "outlet": "صحيفة الصباح", "title": "اشتباك",
     "text": "اشتباك على الحدود\n\nوقال المتحدث باسم الجيش دان هاليفي إن ثلاثة جنود إسرائيليين "
             "أصيبوا قرب قرية كفر تالا يوم الثلاثاء بقنبلة أطلقتها عناصر من حزب الله."},
    {"id": "grenade-gazette", "lang": "en", "outlet": "The Valley Gazette", "title": "Hezbollah says",
     "text": "The other account\n\nHezbollah official Ali Mansour said a grenade fired by Israeli "
             "soldiers wounded three Hezbollah members near the village of Kafr Tala on Tuesday."},
], {"central": ({"grenade-tribune", "grenade-courier", "grenade-sabah"}, "single-source"),
    "apart": {"grenade-gazette"}})

STORIES = {"flood": FLOOD, "toll": TOLL, "withdrawal": WITHDRAWAL, "arrests": ARRESTS,
           "shelter": SHELTER, "bridge": BRIDGE, "truce": TRUCE, "relay": RELAY,
           "sunday": ARRESTS_SUNDAY, "president": PRESIDENT, "grenade": GRENADE}
