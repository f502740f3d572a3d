"""One template, two events: never one claim (issues 12 and 14), through the real CLI.

News tells many events in one template ("X claimed responsibility for the
attack", "N people were wounded", "a cache of arms was recovered"), and a
country is named by half the news of its region. Statements of two articles
that share only such wording are two claims, so neither is "corroborated" by
the other; the same event told by two independent named sources, in Arabic and
in English, still is. The articles are written for this test.
"""
from __future__ import annotations

import pytest

from test_corroboration import article, claims_of

from isnad.graph import encoder, similarity

APART = {
    # One template, two claimants, two attacks: what is claimed differs by the claimant.
    "responsibility-ar": [
        article("fajr-21", "ar", "صحيفة الفجر", "هجوم على حاجز", "وأعلنت جبهة الساحل مسؤوليتها عن الهجوم."),
        article("madar-21", "ar", "قناة المدار", "تفجير في سوق", "وأعلنت كتائب الجبل مسؤوليتها عن الهجوم.")],
    # Two operations, one template, no place, day or figure in common.
    "recovered-en": [
        article("tribune-22", "en", "Harbour Tribune", "Weapons found",
                "Army spokesman Sani Bello said a cache of arms and ammunition was recovered."),
        article("gazette-22", "en", "Valley Gazette", "Raid on camp",
                "Police spokesman Musa Kana said a cache of arms and ammunition was recovered from the gunmen.")],
    # One small round figure, two blasts in two towns, two languages.
    "figure-two-places-en-ar": [
        article("tribune-23", "en", "Harbour Tribune", "Blast in Port Alder",
                "Civil defence chief Mark Ellis said 30 people were wounded in the blast in the town of Port Alder."),
        article("madar-23", "ar", "قناة المدار", "انفجار في الواحة",
                "وقال مدير الدفاع المدني سامر علوان إن 30 شخصا أصيبوا بجروح في انفجار في مدينة الواحة.")],
    # Only a country in common: a poisoning and an oil quota.
    "country-only-en-ar": [
        article("tribune-24", "en", "Harbour Tribune", "Poisoning",
                "Prime Minister Helen Marsh said Russia was responsible for the poisoning."),
        article("madar-24", "ar", "قناة المدار", "أسعار النفط",
                "وقال المحلل في مصرف الشمال كارل فيشر إن روسيا لم تلتزم بخفض إنتاجها المتفق عليه.")],
    # One template and toll in two towns of one region: a city named like its region
    # (Gaza City, the Gaza Strip) is not the region, and holds no other town of it.
    "city-named-like-its-region-en": [
        article("tribune-26", "en", "Harbour Tribune", "Strikes on Gaza City",
                "Health ministry spokesman Ashraf Qudra said that in Gaza City 15 people were killed "
                "and at least 60 injured in strikes on several neighbourhoods."),
        article("gazette-26", "en", "Valley Gazette", "Strikes on Khan Younis",
                "Civil defence spokesman Mahmoud Basal said that in Khan Younis 15 people were killed "
                "and at least 60 injured in strikes on several neighbourhoods.")],
}

ONE_EVENT = [
    article("tribune-25", "en", "Harbour Tribune", "Shelling kills 23",
            "Red Crescent spokesman Omar Saleh said 23 civilians were killed in the shelling of "
            "Wadi Nusur on Monday."),
    article("madar-25", "ar", "قناة المدار", "قصف وادي النسور",
            "وقال مدير مستشفى وادي النسور كريم ناصر إن 23 مدنياً قتلوا في قصف على بلدة وادي النسور يوم الاثنين.")]


@pytest.mark.parametrize("case", sorted(APART))
def test_one_template_about_two_events_makes_two_claims(tmp_path, case):
    articles = APART[case]
    found = claims_of(tmp_path, articles)
    bodies = {item["id"] for item in articles}
    joined = [c for c in found if bodies <= {s["article"] for s in c["statements"]}]
    assert not joined, [(c["status"], c["text"]) for c in joined]
    assert all(c["status"] != "corroborated" for c in found), [(c["status"], c["text"]) for c in found]


def test_one_event_from_two_independent_named_sources_in_two_languages_is_corroborated(tmp_path):
    found = claims_of(tmp_path, ONE_EVENT)
    [claim] = [c for c in found if len({s["article"] for s in c["statements"]}) == 2]
    assert claim["status"] == "corroborated", claim["rule"]
    assert {s["source"] for s in claim["statements"]} == {"Omar Saleh", "كريم ناصر"}


def test_an_arabic_place_written_with_its_article_in_english_is_a_place():
    # "al-Baaj district" is where the English wording's event happened; the Arabic one names
    # Tal Afar: one figure and one kind of attack in two places are two claims.
    english = "33 militants were killed when a car bomb hit a training centre in al-Baaj district"
    arabic = "مقتل 33 مسلحاً بانفجار سيارة مفخخة استهدف مركز تدريب في قضاء تلعفر"
    vectors = encoder.encode([english, arabic])
    a, b = similarity.wording(english, vectors[0]), similarity.wording(arabic, vectors[1])
    assert ("al-baaj",) in a.event.places
    assert similarity.score(a, b) == 0
