"""The parts of claim matching one by one: figures, names, stances, and the labelled pair set."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from isnad.graph import events, pair_training, polarity, similarity
from isnad.graph import transliteration as names
from isnad.graph.figures import figures, read, roles_agree

REPO = Path(__file__).resolve().parents[1]
PAIRS = REPO / "data" / "claim_pairs" / "pairs.tsv"


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("250 homes", "en", {"250"}),
    ("٢٥٠ منزلا", "ar", {"250"}),
    ("۲۵۰ منزلا", "ar", {"250"}),
    ("two hundred and fifty homes", "en", {"250"}),
    ("مئتين وخمسين منزلا", "ar", {"250"}),
    ("مئتان وخمسون منزلا", "ar", {"250"}),
    ("Thirty-seven people", "en", {"37"}),
    ("سبعة وثلاثين شخصا", "ar", {"37"}),
    ("Twelve soldiers", "en", {"12"}),
    ("اثنا عشر جنديا", "ar", {"12"}),
    ("اثني عشر جنديا", "ar", {"12"}),
    ("أحد عشر صاروخا", "ar", {"11"}),
    ("ثلاث نساء وثلاثة رجال", "ar", {"3", "3#2"}),
    ("ستمئة وخمسة عشر مهاجرا", "ar", {"615"}),
    ("ألف ومئتي مهاجر", "ar", {"1200"}),
    ("18 ألفا و787 شهيدا", "ar", {"18787"}),
    ("18,787 dead", "en", {"18787"}),
    ("١٫٨٦٥ مليون طن", "ar", {"1865000"}),
    ("1.865 million tonnes", "en", {"1865000"}),
    ("between 35 and 40 people", "en", {"35", "40"}),
    ("ما بين خمسة وثلاثين وأربعين شخصا", "ar", {"35", "40"}),
    ("dozens of people and thousands more", "en", set()),
    ("آلاف المهاجرين", "ar", set()),
    ("يوم الاثنين", "ar", set()),  # the day, not "two"
    ("a dozen people", "en", {"12"}),
    ("الجنود المئة والخمسون", "ar", {"150"}),  # المئة with a number after it is a hundred
    ("ارتفعت الأسعار عشرة بالمئة", "ar", {"10"}),  # بالمئة alone is "percent"
    # A noun's number is a figure: a dual anywhere, a singular after a toll's word.
    ("أطلقوا صاروخين على المدينة", "ar", {"2"}),
    ("أسفر عن مقتل شخصين", "ar", {"2"}),
    ("أسفر عن مقتل شخص وإصابة أربعة آخرين", "ar", {"1", "4"}),
    ("سقوط قتيل وجريحين", "ar", {"1", "2"}),
    ("قال شخص مطلع إن المحادثات فشلت", "ar", set()),  # "a person" counts nothing here
    ("مقتل ثلاثة أشخاص", "ar", {"3"}),
    ("أودى الحريق بحياة شخص", "ar", {"1"}),  # the life a toll takes stands between them
])
def test_figures_read_however_written(text, lang, expected):
    assert figures(text, lang) == expected


def test_one_killed_and_two_killed_by_a_nouns_number_are_two_claims():
    one, two = (_wording(f"انفجرت عبوة ناسفة قرب سوق شعبية في الكرادة ما أسفر عن {toll}")
                for toll in ("مقتل شخص وإصابة أربعة آخرين", "مقتل شخصين وإصابة أربعة آخرين"))
    assert similarity.facts_differ(one, two)
    _, roles = read("سقوط قتيل وجريحين", "ar")
    assert roles == {("1", "killing"), ("2", "injury")}


def test_a_toll_is_read_past_at_least_and_the_life_it_takes():
    _, died = read("42 شخصا على الأقل لقوا حتفهم في الفيضانات", "ar")
    _, wounded = read("أصيب 42 شخصا في الفيضانات", "ar")
    assert died == {("42", "killing")} and not roles_agree(died, wounded)
    _, one = read("أودى الانفجار بحياة شخص", "ar")
    assert one == {("1", "killing")}


def test_a_figure_counts_what_the_word_beside_it_names():
    _, killed_three = read("killing three officers and wounding five", "en")
    _, killed_five = read("killing five officers and wounding three", "en")
    assert not roles_agree(killed_three, killed_five)
    _, arabic = read("فقتلوا ثلاثة شرطيين وأصابوا خمسة", "ar")
    assert roles_agree(killed_three, arabic)


def test_an_arabic_toll_verb_counts_the_figure_past_its_agent():
    # Verb, agent, figure: the verb before the agent counts the figure, not the next clause's
    _, roles = read("قتل مسلحون مجهولون 23 شخصا على الأقل وأصابوا أكثر من خمسين", "ar")
    assert roles == {("23", "killing"), ("50", "injury")}
    _, english = read("unknown gunmen killed at least 23 people and wounded more than 50", "en")
    assert roles_agree(roles, english)
    # A figure after a preposition is not the verb's count: قتلوا في الأيام الثلاثة
    _, days = read("قتلوا خلال الأيام الثلاثة الماضية", "ar")
    assert days == set()
    # English puts the agent before the verb: "and 9 wounded" is not "killed"
    _, ellipsis = read("14 people were killed and 9 wounded", "en")
    assert ellipsis == {("14", "killing"), ("9", "injury")}


def test_the_singular_noun_a_figure_counts_is_no_second_figure():
    # Arabic counts 11 to 99 with a singular noun: 37 قتيلاً is 37 dead, not 37 and 1
    found, roles = read("بلغت الحصيلة 37 قتيلاً و62 جريحاً", "ar")
    assert found == {"37", "62"} and roles == {("37", "killing"), ("62", "injury")}
    found, _ = read("ارتفع عدد الضحايا إلى مئة واثني عشر قتيلاً", "ar")
    assert found == {"112"}
    english, _ = read("37 people were killed and 62 wounded", "en")
    assert similarity.numbers_agree(english, read("بلغت الحصيلة 37 قتيلاً و62 جريحاً", "ar")[0])


def test_killed_or_wounded_counts_no_one():
    found, roles = read("سقط نحو ألفي مدني بين قتيل وجريح", "ar")
    assert found == {"2000"} and roles == set()


@pytest.mark.parametrize(("a", "b", "swapped"), [
    ("a rocket fired by Hamas wounded two Israeli soldiers near the crossing",
     "a rocket fired by Israeli forces wounded two Hamas members near the crossing", True),
    ("a rocket fired by Hamas wounded two Israeli soldiers near the crossing",
     "two Israeli soldiers were wounded near the crossing by a rocket Hamas fired", False),
    ("Hamas fighters attacked Israeli troops near the crossing",
     "هاجمت حركة حماس القوات الإسرائيلية قرب المعبر", False),
    ("Hamas fighters attacked Israeli troops near the crossing",
     "هاجمت القوات الإسرائيلية مقاتلين من حركة حماس قرب المعبر", True),
    ("أصيب جنديان إسرائيليان بصاروخ أطلقته حركة حماس", "أصيب عنصران من حركة حماس بصاروخ أطلقته القوات الإسرائيلية", True),
])
def test_who_did_what_to_whom(a, b, swapped):
    score = similarity.score(_wording(a), _wording(b))
    assert (score == 0.0) is swapped


def test_figures_bound_to_their_nouns_disagree_when_swapped():
    _, four_in_prison = read("the mayor was sentenced to four years in prison and an eight-year ban", "en")
    _, eight_in_prison = read("the mayor was sentenced to eight years in prison and banned from office "
                              "for four years", "en")
    _, arabic = read("حكم على رئيس البلدية بالسجن أربع سنوات ومنعه من تولي منصب عام لمدة ثماني سنوات", "ar")
    assert not roles_agree(four_in_prison, eight_in_prison)
    assert roles_agree(four_in_prison, arabic)
    assert not roles_agree(eight_in_prison, arabic)


def _wording(text: str) -> similarity.Wording:
    # One vector for both sides: only the rules, not the encoder, can tell these apart.
    return similarity.wording(text, np.full(512, 1 / np.sqrt(512), dtype=np.float32))


@pytest.mark.parametrize(("a", "b"), [
    ("Twelve people were killed in the town of Kafr Dara", "قتل اثنا عشر شخصا في بلدة كفر دارة"),
    ("250 homes were flooded", "غمرت المياه مئتين وخمسين منزلا"),
    ("Thirty-seven people were wounded", "أصيب ٣٧ شخصا"),
    # A Spanish j is خ in Arabic: the town is one place in both scripts, not two events.
    ("Twelve people were killed in the town of San Juanito", "قتل اثنا عشر شخصا في بلدة سان خوانيتو"),
])
def test_figures_written_otherwise_agree(a, b):
    assert similarity.score(_wording(a), _wording(b)) >= similarity.THRESHOLD


@pytest.mark.parametrize(("a", "b"), [
    ("Twelve people were killed in Kafr Dara", "قتل عشرون شخصا في كفر دارة"),
    ("five soldiers and five rebels were killed", "seven soldiers and five rebels were killed"),
    ("the convoy reached Bir Salem on Sunday", "وصلت القافلة إلى بئر سالم يوم الجمعة"),
    ("14 people were killed in Idlib province of northwest Syria",
     "14 people were killed in Homs province of central Syria"),
    ("the army withdrew from the town of Kafr Sousa", "the army did not withdraw from the town of Kafr Sousa"),
    ("the court sentenced the minister", "the court acquitted the minister"),
    ("the Gulf states halted aid to the Lebanese army", "the Gulf states halted aid to the Iraqi army"),
    ("أوقفت الدولة مساعداتها للجيش اللبناني", "قدمت الدولة مساعداتها للجيش اللبناني"),
    ("الرئيس النيجيري كمال الزاهري فاشل", "الرئيس النيجيري كمال الزاهري رجل شجاع"),
    ("Mayor Samir Kaddour is a liar", "Mayor Samir Kaddour is a hero of the valley"),
    # opposite acts, some told in phrases of several words
    ("the militia says 40 aid workers are being held in Marib",
     "أفرجت الميليشيا عن 40 عامل إغاثة كانوا محتجزين في مأرب"),
    ("Nordwell has bought its rival Kestrel Foods in a $2 billion deal",
     "Nordwell has dropped its bid for its rival Kestrel Foods, a $2 billion deal"),
    ("the Tarsis plant will cut about 800 jobs", "the Tarsis plant is hiring about 800 workers"),
    ("Tarsis car sales were down 7 percent from a year ago", "Tarsis car sales were up 7 percent from a year ago"),
    ("the Tarsis union accepted the wage offer", "the Tarsis union rejected the wage offer"),
    ("new sanctions on two Tarsis shipping firms", "رفع العقوبات عن شركتي الشحن في تارسيس"),
    # another place of one kind, named after a marker (منتجع), or in English before one
    ("قتل ثلاثة رجال في منتجع سان ليرا", "قتل ثلاثة رجال في منتجع بويرتو فالي"),
    ("gunmen attacked Dalwori town on Sunday", "gunmen attacked the town of Kasuwa on Sunday"),
    ("shelling hit the Varnek region overnight", "shelling hit the Ostrava Nova region overnight"),
    # people killed or hurt, against "only material damage" or "no one was hurt"
    ("the drone strike on the depot in Kafr Sousa killed two guards",
     "the drone strike on the depot in Kafr Sousa caused only material damage"),
    ("أسفرت الغارة على مستودع كفر سوسة عن مقتل حارسين",
     "اقتصرت أضرار الغارة على مستودع كفر سوسة على الماديات"),
    ("the drone strike on the depot in Kafr Sousa wounded guards",
     "لم تسفر الغارة على مستودع كفر سوسة إلا عن أضرار مادية"),
])
def test_figures_days_places_and_stances_that_differ_are_two_claims(a, b):
    assert similarity.score(_wording(a), _wording(b)) == 0.0


def test_a_nationality_before_a_place_word_is_no_place():
    # "the Syrian city of Raqqa" names Raqqa; "Syrian" is whose, not where.
    city = _wording("air strikes on the northern Syrian city of Raqqa killed 16 civilians")
    assert all("syrian" not in place for place in city.event.places)
    assert similarity.score(city, _wording("air strikes on Raqqa killed 16 civilians")) >= similarity.THRESHOLD


@pytest.mark.parametrize(("a", "b"), [
    ("no one was hurt in the blast", "the blast caused only material damage"),
    ("لم تسفر الغارة عن إصابات", "اقتصرت أضرار الغارة على الماديات"),
    ("16 fighters were killed but there were no details of casualties",
     "16 fighters were killed; details of casualties were not known"),
])
def test_no_one_hurt_agrees_with_only_material_damage(a, b):
    lang = "ar" if a[0] > "z" else "en"
    assert not polarity.opposed(polarity.stance(a, lang), polarity.stance(b, lang))


def test_a_marker_with_the_article_is_followed_by_an_adjective_not_a_place():
    town = _wording("قصفت القوات الروسية البلدة القديمة في مدينة نوروفا بصاروخين")
    assert town.event.places and all("قديمه" not in place for place in town.event.places)


def test_a_weekday_is_dated_by_its_article_and_compared_with_dates():
    vector = np.full(512, 1 / np.sqrt(512), dtype=np.float32)
    claim = "30 protesters were arrested in the town of Bayt Nur"
    sunday = similarity.wording(f"{claim} on Sunday", vector, published="2024-03-04")
    march_3 = similarity.wording(f"{claim} on March 3", vector, published="2024-03-06")
    arabic = similarity.wording("اعتقل ثلاثون متظاهرا في بلدة بيت نور يوم الأحد", vector,
                                published="2024-03-04T09:00:00Z")
    next_sunday = similarity.wording(f"{claim} on Sunday", vector, published="2024-03-11")
    undated = similarity.wording(f"{claim} on Sunday", vector)
    assert similarity.score(sunday, march_3) >= similarity.THRESHOLD
    assert similarity.score(sunday, arabic) >= similarity.THRESHOLD
    assert similarity.score(sunday, undated) >= similarity.THRESHOLD  # no date to tell them apart
    assert similarity.score(sunday, next_sunday) == 0.0
    assert similarity.score(march_3, next_sunday) == 0.0


def test_a_denial_disputes_the_claim_it_denies():
    claim = _wording("the army withdrew from the town of Kafr Sousa on Tuesday")
    denial = _wording("the army did not withdraw from the town of Kafr Sousa on Tuesday")
    other = _wording("the army did not withdraw from the town of Tal Sousa on Tuesday")
    assert similarity.disputes(claim, denial)
    assert not similarity.disputes(claim, other)  # another place: no dispute, another claim


@pytest.mark.parametrize(("text", "lang", "negated"), [
    ("the army did not withdraw", "en", True),
    ("officials denied that the army withdrew", "en", True),
    ("no fewer than 20 people were killed", "en", False),
    ("قتل ما لا يقل عن عشرين شخصا", "ar", False),
    ("لم تعتقل الشرطة أحدا", "ar", True),
    ("نفى الوزير أن الشرطة اعتقلت أحدا", "ar", True),
    # one negation going on over two verbs is still one: negated, not cancelled
    ("the council will not close the road and will not move the market", "en", True),
    ("لن تغلق البلدية الطريق ولن تنقل السوق", "ar", True),
    ("neither the mayor nor his deputy signed the order", "en", True),
    ("لم تسفر الغارة إلا عن أضرار مادية", "ar", False),  # لم ... إلا: "only"
    ("فشلت الدفاعات في صد الهجوم", "ar", True),
])
def test_negation_and_the_phrases_that_only_look_negative(text, lang, negated):
    # against a wording that names no opposite, as a negator that turned one over still negates
    assert polarity.opposed(polarity.stance(text, lang), polarity.NEUTRAL) is negated


def test_what_is_asserted_about_a_person_decides_not_the_name():
    # The same predicate said of the same person in other words stays one claim.
    a = _wording("الرئيس النيجيري كمال الزاهري يكذب على الشعب")
    b = _wording("الرئيس النيجيري كمال الزاهري يكذب على المواطنين")
    assert similarity.score(a, b) >= similarity.THRESHOLD


def test_opposite_predicates_across_languages():
    sentenced = polarity.stance("the court sentenced him", "en")
    acquitted = polarity.stance("حكمت المحكمة ببراءته", "ar")
    not_acquitted = polarity.stance("the court did not acquit him", "en")
    assert polarity.opposed(sentenced, acquitted)
    assert not polarity.opposed(sentenced, not_acquitted)


@pytest.mark.parametrize(("a", "b"), [
    ("the envoy has not been released", "the envoy is still being held"),
    ("the union did not accept the offer", "the union rejected the offer"),
    ("لم تفرج الشرطة عن الصحفي", "الصحفي ما زال محتجزا لدى الشرطة"),
])
def test_a_negated_opposite_agrees_with_the_other_side(a, b):
    lang = "ar" if a[0] > "z" else "en"
    assert not polarity.opposed(polarity.stance(a, lang), polarity.stance(b, lang))


@pytest.mark.parametrize(("a", "b"), [
    ("Qaddour", "Kaddour"), ("Kaddour", "قدور"), ("el-Khatib", "al-Khateeb"),
    ("al-Khateeb", "الخطيب"), ("Kharkiv", "خاركيف"), ("Birkat Zaid", "بركة زيد"),
    ("Nadia Farouk", "نادية فاروق"), ("Omar Saleh", "عمر صالح"), ("Raqqah", "الرقة"),
    ("Jamal", "جمال"), ("Juan Guerrero", "خوان غيريرو"), ("Guanajuato", "غواناخواتو"),
])
def test_one_name_across_spellings_and_scripts(a, b):
    assert names.same_name(a, b)


@pytest.mark.parametrize(("a", "b"), [("Monywa", "Myaing"), ("Lviv", "Kharkiv"), ("سامراء", "Baquba"),
                                      ("Jamal", "خالد")])
def test_different_names_stay_apart(a, b):
    assert not names.same_name(a, b)


def test_a_bare_surname_never_ties_two_people():
    assert not names.same_person("Khatib", "Moaz al-Khatib")
    assert not names.same_person("الخطيب", "el-Khatib")
    assert names.same_person("Moaz al-Khatib", "معاذ الخطيب")


def test_places_compare_across_scripts_by_spelling_when_the_gazetteer_lacks_them():
    a = _wording("six workers were injured in the town of Tal Abyad")
    b = _wording("أصيب ستة عمال في بلدة تل أبيض")
    c = _wording("أصيب ستة عمال في بلدة عين عيسى")
    assert events.places_agree(a.event, b.event)
    assert events.different_events(a.event, c.event)


# --- the labelled pairs -------------------------------------------------------------------

def _rows() -> list[dict]:
    return pair_training.read_tsv(PAIRS)


def test_the_pair_set_is_split_by_story_and_says_where_each_wording_came_from():
    rows = _rows()
    assert len(rows) >= 600
    splits: dict[str, set[str]] = {}
    for row in rows:
        splits.setdefault(row["story"], set()).add(row["split"])
        assert row["source_a"] and row["source_b"]
        for side in ("a", "b"):
            assert "\n" not in row[side] and len(row[side].split()) <= 45  # sentences, never paragraphs
    assert all(len(found) == 1 for found in splits.values())
    for split in ("train", "test"):
        for langs in ("ar-ar", "en-en", "ar-en"):
            labels = {row["same"] for row in rows if row["split"] == split and row["langs"] == langs}
            assert labels == {"0", "1"}, (split, langs)


def _bench():
    spec = importlib.util.spec_from_file_location("claim_pairs", REPO / "bench" / "claim_pairs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_matching_on_the_test_split_holds_the_level_it_reached():
    # The floor of what the method reached when its constants were tuned on the train split
    # (see data/claim_pairs/README.md for the figures); a change that loses ground fails here.
    bench = _bench()
    test = [pair for pair in bench.load() if pair.split == "test"]
    # Floors a little under the figures measured on the test split of the 1,901 pairs, store
    # pairs included (issues 12 and 14): ar-ar 0.820 / 0.759, en-en 0.871 / 0.844, ar-en
    # 0.915 / 0.806, and the pairs of real statements, the kind a store weighs, 0.731 / 0.655
    # (29 of them one claim: one pair moves precision by about 0.03, and the threshold chosen on
    # train moves it by a pair or two either way).
    floors = {"ar-ar": (0.79, 0.73), "en-en": (0.84, 0.81), "ar-en": (0.89, 0.78),
              "real": (0.70, 0.62)}
    for langs, (least_precision, least_recall) in floors.items():
        precision, recall = bench.precision_recall(bench.in_group(test, langs))
        assert precision >= least_precision and recall >= least_recall, (langs, precision, recall)


@pytest.mark.parametrize(("a", "b", "same_day"), [
    ("الانتخابات النيابية ستجري في الرابع عشر من حزيران المقبل",
     "parliamentary elections will be held on the fourteenth of June", True),
    ("parliamentary elections will be held on June 14", "الانتخابات النيابية ستجري في 14 حزيران", True),
    ("الانتخابات النيابية ستجري في الحادي والعشرين من حزيران",
     "parliamentary elections will be held on June 14", False),
])
def test_a_day_of_the_month_is_a_date_however_written_never_a_figure(a, b, same_day):
    first, second = _wording(a), _wording(b)
    assert not first.numbers and not second.numbers  # 14 is no toll, عشر no ten
    assert bool(first.event.dates & second.event.dates) is same_day
    assert (similarity.score(first, second) == 0.0) is not same_day


def _facts(text: str) -> similarity.Wording:
    return similarity.wording(text, np.zeros(4, dtype=np.float32))


@pytest.mark.parametrize(("first", "second", "differ"), [
    # a lower limit holds the count just above it, not one below or far above
    ("37 people were killed and more than 60 wounded", "بلغت الحصيلة 37 قتيلاً و62 جريحاً", False),
    ("37 people were killed and more than 60 wounded", "37 people were killed and 55 wounded", True),
    ("37 people were killed and more than 60 wounded", "37 people were killed and 600 wounded", True),
    ("قتل 59 شخصا على الأقل", "59 people were killed", False),
    ("أصيب أكثر من 30 شخصا", "31 people were wounded", False),
    # an upper limit holds the count just under it
    ("up to 40 migrants drowned", "غرق 35 مهاجرا", False),
    ("up to 40 migrants drowned", "غرق 45 مهاجرا", True),
    # "nearly" holds a count just under it
    ("nearly 60 people were killed", "58 people were killed", False),
    ("the toll has climbed to nearly 10,000", "the toll has climbed to 9,219", True),
    # an estimate holds a count within a tenth of it
    ("نحو مئتين وخمسين عائلة نزحت", "248 families were displaced", False),
    ("About 250 families were displaced", "300 families were displaced", True),
    # two limits agree only when they are the same
    ("more than 50 were killed", "more than 60 were killed", True),
    # a limit takes the figure's role with it: killed is not wounded
    ("more than 60 were killed", "62 were wounded", True),
])
def test_a_limit_or_an_estimate_agrees_with_the_counts_it_holds(first, second, differ):
    assert similarity.facts_differ(_facts(first), _facts(second)) is differ
    assert similarity.facts_differ(_facts(second), _facts(first)) is differ


def test_a_claim_that_opens_with_a_name_ties_it_across_scripts():
    from isnad.graph import anchors
    assert anchors.names("Kaddour had died in the strike", "en") & anchors.names("قال إن قدور قتل في الغارة", "ar")
    assert not anchors.names("Twelve people were killed", "en")
    assert not anchors.names("The army said it would withdraw", "en")
