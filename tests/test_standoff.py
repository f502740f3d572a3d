"""Stand-off annotations (bench/standoff.py): annotations kept without the article's text."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

ARTICLE = {"id": "harbour-1", "lang": "en", "url": "https://example.org/1", "outlet": "Harbour Tribune",
           "title": "Port to reopen", "text": "The port will reopen on Monday, harbour master Lena Fischer "
                                               "told Reuters. Ships are waiting."}
GOLD = {**ARTICLE, "attributions": [{
    "claim": "The port will reopen on Monday", "cue": "told", "speaker": "harbour master Lena Fischer",
    "source": "Lena Fischer", "aliases": ["harbour master Lena Fischer"], "kind": "person",
    "affiliation": None, "outlet": "Reuters", "direct": False}]}


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bench.standoff", *map(str, args)], cwd=REPO,
                          capture_output=True, text=True)


def test_a_packed_annotation_holds_no_text_and_rebuilds_the_gold_file(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold" / "harbour-1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    # the article as published runs on past what was annotated
    (tmp_path / "articles" / "a.json").write_text(json.dumps({**ARTICLE, "text": ARTICLE["text"] + " More."}))
    packed = tmp_path / "packed.jsonl"
    assert run("pack", tmp_path / "gold", "-o", packed).returncode == 0
    line = packed.read_text(encoding="utf-8")
    assert "reopen" not in line and "Ships" not in line
    assert json.loads(line)["attributions"][0]["claim"] == [0, 30]
    done = run("unpack", packed, tmp_path / "articles", "-o", tmp_path / "rebuilt")
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "rebuilt" / "harbour-1.json").read_text(encoding="utf-8")) == GOLD


def test_an_article_whose_text_changed_is_refused_by_name(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold" / "harbour-1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (tmp_path / "articles" / "a.json").write_text(json.dumps({**ARTICLE, "text": "The port stays shut."}))
    packed = tmp_path / "packed.jsonl"
    run("pack", tmp_path / "gold", "-o", packed)
    done = run("unpack", packed, tmp_path / "articles", "-o", tmp_path / "rebuilt")
    assert done.returncode == 1
    assert "harbour-1" in done.stderr and "Traceback" not in done.stderr


def test_a_cue_or_speaker_written_twice_is_placed_beside_its_own_claim(tmp_path):
    text = "Fischer said the port will reopen. Fischer said ships are waiting. Fischer said the port will reopen."
    gold = {**ARTICLE, "text": text, "attributions": [
        {**GOLD["attributions"][0], "claim": "the port will reopen", "cue": "said", "speaker": "Fischer"},
        {**GOLD["attributions"][0], "claim": "ships are waiting", "cue": "said", "speaker": "Fischer"},
        {**GOLD["attributions"][0], "claim": "the port will reopen", "cue": "said", "speaker": "Fischer"}]}
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "harbour-1.json").write_text(json.dumps(gold), encoding="utf-8")
    packed = tmp_path / "packed.jsonl"
    assert run("pack", tmp_path / "gold", "-o", packed).returncode == 0
    spans = json.loads(packed.read_text(encoding="utf-8"))["attributions"]
    second, third = text.index("Fischer", 1), text.rindex("Fischer")
    assert [s["speaker"][0] for s in spans] == [0, second, third]
    assert [s["cue"][0] for s in spans] == [8, second + 8, third + 8]
    assert [s["claim"][0] for s in spans] == [13, text.index("ships"), text.rindex("the port")]


def test_a_short_speaker_or_cue_is_a_whole_word_outside_its_claim(tmp_path):
    # "he" is in "the" and in the quotation; "read" is in "already": neither is the annotated word
    text = 'The mayor spoke. "I think he already knows the plan," he said, as the letter read.'
    gold = {**ARTICLE, "text": text, "attributions": [
        {**GOLD["attributions"][0], "claim": '"I think he already knows the plan,"', "cue": "said", "speaker": "he"},
        {**GOLD["attributions"][0], "claim": "as the letter", "cue": "read", "speaker": None}]}
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "harbour-1.json").write_text(json.dumps(gold), encoding="utf-8")
    packed = tmp_path / "packed.jsonl"
    assert run("pack", tmp_path / "gold", "-o", packed).returncode == 0
    spans = json.loads(packed.read_text(encoding="utf-8"))["attributions"]
    assert spans[0]["speaker"][0] == text.index("he said")
    assert spans[1]["cue"][0] == text.index("read.")
