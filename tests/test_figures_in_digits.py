"""Figures as the encoder sees them, and the times events are given (issue 12, seventh pass)."""
from isnad.graph import events, figures, transliteration
from isnad.graph.origins import Party, one_outlet
from isnad.graph.similarity import stems


def test_figures_are_written_in_latin_digits_for_the_encoder():
    assert figures.in_digits("ألفا ومئتي عامل انضموا إلى الإضراب", "ar") == "1200 عامل انضموا إلى الإضراب"
    assert figures.in_digits("١٢٠٠ عامل يشاركون", "ar") == "1200 عامل يشاركون"
    assert figures.in_digits("Sixty-three migrants were rescued", "en") == "63 migrants were rescued"
    assert figures.in_digits("اثنا عشر شخصا وخمسة وعشرون جريحا", "ar") == "12 شخصا و25 جريحا"


def test_what_is_no_figure_stays_a_word():
    assert figures.in_digits("مقتل شخصين في غارة", "ar") == "مقتل شخصين في غارة"  # a dual's noun
    assert figures.in_digits("no one was hurt", "en") == "no one was hurt"
    assert figures.in_digits("ستفتح يوم الاثنين 23 تشرين الثاني", "ar") == "ستفتح يوم الاثنين 23 تشرين الثاني"
    assert not figures.figures("ستفتح المدارس يوم الاثنين 23 تشرين الثاني", "ar")


def _event(text: str, lang: str, published: str):
    return events.event(text, lang, stems(text, lang), published)


def test_a_weekday_beside_its_date_is_dated_by_the_date():
    both = _event("المدارس فتحت أبوابها يوم الاثنين 23 تشرين الثاني", "ar", "2026-11-25")
    dated = _event("الدراسة استؤنفت في 23 تشرين الثاني", "ar", "2026-11-25")
    assert both.dates == dated.dates == frozenset({(11, 23)})
    # An intended event's weekday is not dated (Arabic's future reads as factual).
    assert not _event("the port will reopen on Monday", "en", "2026-11-19").dates


def test_a_month_named_without_a_day_is_another_time():
    before = _event("In March, seven people were killed when a bridge collapsed in Basra", "en", "2026-11-19")
    now = _event("seven people died when the footbridge collapsed on Wednesday", "en", "2026-11-19")
    assert events.different_events(before, now)
    assert not _event("the 2027 budget was approved", "en", "2026-11-19").periods


def test_one_outlet_under_its_kind_word_and_time_word_and_in_latin_letters():
    same = one_outlet([Party(1, "الراكوبة اليوم", "media"), Party(2, "صحيفة الراكوبة", "media"),
                       Party(3, "Al-Rakoba", "media"), Party(4, "Nile Dispatch", "media")])
    assert same == {1: 1, 2: 1, 3: 1, 4: 4}


def test_a_compound_name_joined_or_apart_is_one_person_never_a_bare_surname():
    assert transliteration.same_person("Yahya Sharafeddine", "يحيى شرف الدين")
    assert not transliteration.same_person("Sharafeddine", "شرف الدين")
