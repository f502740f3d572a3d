"""A place named inside a speaker's description is not the speaker: both languages.

Hospital directors, mayors and governors are described by where they work
("director of the hospital in Kafr Sulaym", مدير مستشفى النور في بلدة كفر سليم).
A town's name that looks like a person's (Sulaym, سليم) must not become the
source: two articles quoting one doctor would then count as two origins.
Sentences written for these tests.
"""
from __future__ import annotations

import extraction_support


def _source(text: str, lang: str):
    return extraction_support.only(extraction_support.run(text, lang)).source


def test_an_english_name_after_a_form_of_address_is_the_speaker_not_the_town_after_the_title():
    source = _source("Dr. Rami Yassin, director of the al-Amal hospital in Kafr Nabil, told "
                     "reporters that twelve people died in the strike.", "en")
    assert (source.name, source.kind, source.role) == ("Rami Yassin", "person", "director")


def test_a_rank_stays_the_role_when_no_title_follows():
    source = _source("Sgt. Dana Brooks, 34, said the road was closed.", "en")
    assert (source.name, source.role) == ("Dana Brooks", "Sgt.")


def test_an_arabic_given_name_in_a_town_s_name_is_the_town():
    source = _source("قال مدير مستشفى الأمل في بلدة كفر نبيل الدكتور رامي ياسين إن اثني عشر "
                     "شخصاً قتلوا في الغارة.", "ar")
    assert (source.name, source.kind) == ("رامي ياسين", "person")
    assert "كفر نبيل" in (source.affiliation or "")


def test_an_arabic_given_name_after_a_place_marker_is_the_place():
    source = _source("وقال رئيس بلدية مخيم حسان المهندس وليد الخطيب إن المياه قطعت عن الحي.", "ar")
    assert source.name == "وليد الخطيب"
