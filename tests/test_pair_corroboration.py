""""Corroborated" only on a confident match (issues 12 and 14), through the real CLI.

Claim matching may join two statements at the pair model's threshold; two
voices corroborate each other only when a statement of one and one of the
other match at its confident level. Each case is a few short articles written
for this test (no third-party text), in Arabic and English.
"""
from __future__ import annotations

import pytest

from test_corroboration import article, claims_of

# Two assertions about one subject (a deal) by two named people in two papers: two claims,
# or at worst one claim that a person must check; never "corroborated".
TOPIC = {
    "en": [article("tribune-t", "en", "Harbour Tribune", "The deal",
                   "Foreign Minister Karim Nasser said that the nuclear agreement with the western "
                   "powers is finished."),
           article("gazette-t", "en", "Valley Gazette", "The deal",
                   "Opposition leader Maya Rahal said that the nuclear agreement with the western "
                   "powers protects the whole region.")],
    "ar": [article("fajr-t", "ar", "صحيفة الفجر", "الاتفاق",
                   "قال وزير الخارجية كريم ناصر إن الاتفاق النووي مع القوى الغربية انتهى."),
           article("madar-t", "ar", "قناة المدار", "الاتفاق",
                   "وقالت زعيمة المعارضة مايا رحال إن الاتفاق النووي مع القوى الغربية يحمي المنطقة كلها.")],
}

# One fact (a figure, a place, a day) from two independent bodies, in two papers.
CONFIDENT = {
    "en": [article("tribune-c", "en", "Harbour Tribune", "Flood",
                   "The Red Crescent said that 41 people were wounded in the flood in the town of "
                   "Beit Harun on Tuesday."),
           article("gazette-c", "en", "Valley Gazette", "Flood",
                   "The Valley Observatory for Human Rights said that 41 people were wounded in the "
                   "flood in the town of Beit Harun on Tuesday.")],
    "ar": [article("fajr-c", "ar", "صحيفة الفجر", "الفيضان",
                   "قال الهلال الأحمر إن 41 شخصا أصيبوا في الفيضان في بلدة بيت هارون يوم الثلاثاء."),
           article("madar-c", "ar", "قناة المدار", "الفيضان",
                   "وقال مرصد الوادي لحقوق الإنسان إن 41 شخصا أصيبوا في الفيضان في بلدة بيت هارون "
                   "يوم الثلاثاء.")],
    "ar-en": [article("fajr-x", "ar", "صحيفة الفجر", "الفيضان",
                      "قال الهلال الأحمر إن 41 شخصا أصيبوا في الفيضان في بلدة بيت هارون يوم الثلاثاء."),
              article("gazette-x", "en", "Valley Gazette", "Flood",
                      "The Valley Observatory for Human Rights said that 41 people were wounded in "
                      "the flood in the town of Beit Harun on Tuesday.")],
}


def _claims_of_each(found: list[dict], articles: list[dict]) -> list[dict]:
    """The claims holding a statement of the articles' bodies (not their headlines)."""
    ids = {item["id"] for item in articles}
    return [c for c in found if {s["article"] for s in c["statements"]} & ids
            and c["text"] not in {item["title"] for item in articles}]


@pytest.mark.parametrize("lang", sorted(TOPIC))
def test_two_assertions_on_one_topic_by_two_named_sources_are_not_corroborated(tmp_path, lang):
    articles = TOPIC[lang]
    found = claims_of(tmp_path, articles)
    ids = {item["id"] for item in articles}
    joined = [c for c in found if {s["article"] for s in c["statements"]} == ids]
    for claim in joined:  # joined by matching at most below the confident level: a person looks
        assert claim["status"] == "corroborated?", claim["rule"]
        assert "may not say the same thing (match 0." in claim["rule"], claim["rule"]
    assert len(_claims_of_each(found, articles)) >= 1


@pytest.mark.parametrize("case", sorted(CONFIDENT))
def test_one_fact_from_two_independent_bodies_is_corroborated_with_its_match(tmp_path, case):
    articles = CONFIDENT[case]
    found = claims_of(tmp_path, articles)
    ids = {item["id"] for item in articles}
    [claim] = [c for c in found if {s["article"] for s in c["statements"]} == ids]
    assert claim["status"] == "corroborated", claim["rule"]
    assert "independent named origins" in claim["rule"] and "statements match" in claim["rule"]


# One long span (more than 18 content words) from two bodies: it tells several things, and a
# match with it corroborates none of them surely.
LONG = ("the council approved the new budget for the northern province, raised the salaries of "
        "teachers and nurses, closed three old hospitals, opened two new schools near the river, "
        "and postponed the elections of the regional assembly until next spring")


def test_a_long_statement_matched_in_full_still_needs_review(tmp_path):
    articles = [article("tribune-l", "en", "Harbour Tribune", "Budget",
                        f"The Red Crescent said that {LONG}."),
                article("gazette-l", "en", "Valley Gazette", "Budget",
                        f"The Valley Observatory for Human Rights said that {LONG}.")]
    found = claims_of(tmp_path, articles)
    ids = {item["id"] for item in articles}
    [claim] = [c for c in found if {s["article"] for s in c["statements"]} == ids]
    assert claim["status"] == "corroborated?", claim["rule"]
    assert "content words tells several things" in claim["rule"], claim["rule"]
