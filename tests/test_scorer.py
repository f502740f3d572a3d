"""The learned layer: the shipped model, confidences, training, and the spaCy components."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

import isnad.nlp.pipeline  # noqa: F401 - registers the isnad_rules and isnad_scorer factories
from isnad.nlp import extractor_version, scorer
from isnad.nlp.extract import extract, propose
from isnad.nlp.records import Article

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "data" / "demo"

EN = ("Mayor Laila Haddad said the bridge would reopen on Monday. "
      "“We have checked every cable,” she told the Courier. "
      "Engineers said the repairs cost more than planned, according to a city report.")
AR = ("قال وزير النقل سامي العلي إن الجسر سيفتح يوم الاثنين. "
      "وأضاف أن الإصلاحات كلفت أكثر من المتوقع. "
      "وأكدت مصادر محلية لصحيفة النهار أن العمل توقف أسبوعين.")


def isnad(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "isnad.app.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300)


def test_the_packaged_model_covers_both_languages_and_is_part_of_the_extractor_version():
    model = scorer.current()
    assert model is not None and set(model.languages) == {"ar", "en"}
    assert extractor_version().endswith(f"+model.{model.version}")


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (AR, "ar")])
def test_every_record_has_a_confidence_between_0_and_1(text, lang):
    found = extract(Article(id="c", text=text, lang=lang))
    assert found
    assert all(a.confidence is not None and 0.0 <= a.confidence <= 1.0 for a in found)


def test_records_below_the_threshold_are_left_out_and_the_rest_kept_in_order():
    article = Article(id="c", text=EN, lang="en")
    _, _, proposed = propose(article)
    kept = extract(article)
    threshold = scorer.current().for_language("en").threshold
    assert [a.claim for a in kept] == sorted((a.claim for a in kept), key=lambda s: s.start)
    assert {a.claim.start for a in kept} <= {a.claim.start for a in proposed}
    assert all(a.confidence >= threshold for a in kept)


def test_the_model_loads_and_extracts_with_the_network_off():
    code = """
import sys
def no_network(event, args):
    # Every connection and name lookup in this process fails, as on a machine without a network.
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"):
        raise OSError(f"network is off in this test ({event})")
sys.addaudithook(no_network)
from isnad.nlp.extract import extract
from isnad.nlp.records import Article
found = extract(Article(id="n", text=sys.argv[1], lang="en"))
print(len(found), all(0 <= a.confidence <= 1 for a in found))
"""
    done = subprocess.run([sys.executable, "-c", code, EN], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    count, bounded = done.stdout.split()
    assert int(count) > 0 and bounded == "True"


def test_extract_json_carries_the_confidence():
    done = isnad("extract", str(DEMO / "dam-courier.json"), "--format", "json")
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)["attributions"]
    assert records and all(0 <= r["confidence"] <= 1 for r in records)


@pytest.mark.parametrize(("lang", "text"), [("en", EN), ("ar", AR)])
def test_spacy_users_add_the_components_to_a_pipeline_of_their_own(lang, text):
    nlp = spacy.blank(lang)
    nlp.add_pipe("isnad_rules")
    nlp.add_pipe("isnad_scorer")
    doc = nlp(text)
    expected = extract(Article(id="s", text=text, lang=lang))
    assert [(a.claim, a.source.name, a.confidence) for a in doc._.attributions] == [
        (a.claim, a.source.name, a.confidence) for a in expected]
    claims = doc.spans["isnad_claims"]
    assert len(claims) == len(expected)
    for span, record in zip(claims, expected):
        assert span.start_char <= record.claim.start and record.claim.end <= span.end_char


def test_the_scorer_needs_the_rules_before_it():
    nlp = spacy.blank("en")
    nlp.add_pipe("isnad_scorer")
    with pytest.raises(ValueError, match="isnad_rules"):
        nlp("Officials said the road was closed.")


def test_a_language_without_rules_is_refused_when_the_pipeline_is_built():
    with pytest.raises(ValueError, match="not 'fr'"):
        spacy.blank("fr").add_pipe("isnad_rules")


# --- training ---------------------------------------------------------------------

# Tiny annotated articles written for this test: each sentence the rules read, and
# an annotation that accepts some of their records and not others, so that the
# scorer has right and wrong records in both languages to learn from.
EN_SENTENCES = [
    ("Minister Omar Farid said the port would reopen.", "the port would reopen", "Omar Farid", "person"),
    ("The army said two drones were shot down.", "two drones were shot down", "army", "organization"),
    ("Residents said the water was cut for days.", "the water was cut for days", "Residents", "anonymous"),
    ("The agency reported that prices rose sharply.", None, None, None),
    ("Police said three men were arrested.", "three men were arrested", "Police", "organization"),
    ("A spokesman said the talks would resume.", None, None, None),
]
AR_SENTENCES = [
    ("قال الوزير عمر فريد إن الميناء سيفتح.", "الميناء سيفتح", "عمر فريد", "person"),
    ("أعلن الجيش أن طائرتين أسقطتا.", "طائرتين أسقطتا", "الجيش", "organization"),
    ("قال سكان إن المياه قطعت أياما.", "المياه قطعت أياما", "سكان", "anonymous"),
    ("ذكرت الوكالة أن الأسعار ارتفعت.", None, None, None),
    ("قالت الشرطة إن ثلاثة رجال اعتقلوا.", "ثلاثة رجال اعتقلوا", "الشرطة", "organization"),
    ("قال متحدث إن المحادثات ستستأنف.", None, None, None),
]


def write_annotated(folder: Path) -> Path:
    for lang, sentences in (("en", EN_SENTENCES), ("ar", AR_SENTENCES)):
        for n in range(10):
            # Each article takes the sentences in another order, so folds differ.
            picked = sentences[n % len(sentences):] + sentences[:n % len(sentences)]
            text = " ".join(s for s, *_ in picked)
            gold = [{"claim": claim, "cue": None, "speaker": None, "source": source, "aliases": [],
                     "kind": kind, "affiliation": None, "outlet": None, "direct": False}
                    for _, claim, source, kind in picked if claim]
            path = folder / lang / f"{lang}-{n}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({"id": f"{lang}-{n}", "lang": lang, "text": text,
                                        "attributions": gold}, ensure_ascii=False), encoding="utf-8")
    return folder


def test_training_writes_a_model_and_its_card_that_extraction_then_uses(tmp_path):
    data = write_annotated(tmp_path / "annotated")
    model = tmp_path / "mine.json"
    done = isnad("train", str(data), "-o", str(model))
    assert done.returncode == 0, done.stderr
    assert "with scorer" in done.stdout
    saved = json.loads(model.read_text(encoding="utf-8"))
    assert set(saved["languages"]) == {"ar", "en"}
    assert saved["seed"] and saved["data"][0]["articles"] == 20
    card = model.with_suffix(".md").read_text(encoding="utf-8")
    assert "cross-validated by article" in card and "Reliability" in card
    mine = isnad("extract", str(DEMO / "dam-courier.json"), "--format", "json", env={"ISNAD_MODEL": str(model)})
    assert mine.returncode == 0, mine.stderr
    version = isnad("--version", env={"ISNAD_MODEL": str(model)}).stdout
    assert f"+model.{scorer.load(str(model)).version}" in version


def test_training_twice_gives_the_same_model(tmp_path):
    data = write_annotated(tmp_path / "annotated")
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    for out in (first, second):
        assert isnad("train", str(data), "-o", str(out)).returncode == 0
    assert json.loads(first.read_text())["languages"] == json.loads(second.read_text())["languages"]


def test_annotations_kept_without_their_texts_train_the_same_model(tmp_path):
    """A newsroom keeps its annotations of third-party articles stand-off, the texts elsewhere."""
    data = write_annotated(tmp_path / "annotated")
    texts = tmp_path / "texts"
    for gold in data.rglob("*.json"):  # the articles as published, with no annotation
        article = json.loads(gold.read_text(encoding="utf-8"))
        del article["attributions"]
        (texts / gold.parent.name).mkdir(parents=True, exist_ok=True)
        (texts / gold.parent.name / gold.name).write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    kept = tmp_path / "kept.jsonl"
    packed = subprocess.run([sys.executable, "-m", "bench.standoff", "pack", str(data), "-o", str(kept)],
                            cwd=REPO, capture_output=True, text=True)
    assert packed.returncode == 0, packed.stderr
    assert "الميناء" not in kept.read_text(encoding="utf-8")
    whole, standoff = tmp_path / "whole.json", tmp_path / "standoff.json"
    assert isnad("train", str(data), "-o", str(whole)).returncode == 0
    done = isnad("train", str(kept), "--texts", str(texts), "-o", str(standoff))
    assert done.returncode == 0, done.stderr
    assert json.loads(standoff.read_text())["languages"] == json.loads(whole.read_text())["languages"]
    assert json.loads(standoff.read_text())["data"][0]["articles"] == 20
    lost = isnad("train", str(kept), "-o", str(tmp_path / "m.json"))
    assert lost.returncode == 1 and "--texts" in lost.stderr and str(kept) in lost.stderr


def test_training_on_a_folder_without_annotations_says_so(tmp_path):
    (tmp_path / "plain.json").write_text('{"id": "x", "text": "no annotations here"}', encoding="utf-8")
    done = isnad("train", str(tmp_path), "-o", str(tmp_path / "m.json"))
    assert done.returncode == 1
    assert done.stderr.strip() == f"isnad: error: no annotated articles under {tmp_path}"


@pytest.mark.parametrize(("content", "problem"), [
    ("{}", "not a model file (expected format 'isnad-scorer/1')"),
    ("not json", "not a model file (not JSON"),
    ('{"format": "isnad-scorer/1", "languages": {"en": {"weights": 3}}}', "damaged model file"),
])
def test_a_model_that_cannot_be_used_stops_extract_and_ingest_with_one_line(tmp_path, content, problem):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    for args in (("extract", str(DEMO)), ("ingest", str(DEMO), "--db", str(tmp_path / "s.db"))):
        done = isnad(*args, env={"ISNAD_MODEL": str(bad)})
        assert done.returncode == 1
        [line] = done.stderr.splitlines()
        assert line.startswith(f"isnad: error: {bad}: ") and problem in line
    assert not (tmp_path / "s.db").exists()  # refused before any store was made


def test_rules_only_shows_what_the_rules_propose_before_the_scorer():
    rules = isnad("extract", str(DEMO), "--format", "json", "--rules-only")
    scored = isnad("extract", str(DEMO), "--format", "json")
    assert rules.returncode == scored.returncode == 0
    proposed = [r for line in rules.stdout.splitlines() for r in json.loads(line)["attributions"]]
    kept = [r for line in scored.stdout.splitlines() for r in json.loads(line)["attributions"]]
    assert all(r["confidence"] is None for r in proposed)
    own = [r for r in kept if "alternative" not in r]  # a trained scorer may keep alternatives besides
    assert len(own) <= len(proposed)
    assert {(r["claim"]["start"], r["cue"]["start"]) for r in own} <= {
        (r["claim"]["start"], r["cue"]["start"]) for r in proposed}
    assert not {r["cue"]["start"] for r in kept if "alternative" in r} & {r["cue"]["start"] for r in proposed}


# --- alternatives: readings the rules propose beside their own ---------------------

ALTERNATIVE_TEXT = ("Minister Omar Farid said the port would reopen. "
                    "The senator blasted the new budget plan as reckless and wasteful.")


def write_model(path: Path, alternative_threshold: float | None, weights: dict | None = None) -> Path:
    """A model whose every record scores high, with the alternatives' threshold given."""
    lang = {"weights": {"bias": 4.0, **(weights or {})}, "platt": [1.0, 0.0], "threshold": 0.5,
            "alternative_threshold": alternative_threshold}
    path.write_text(json.dumps({"format": "isnad-scorer/1", "languages": {"en": lang}}), encoding="utf-8")
    return path


@pytest.mark.parametrize("alternative_threshold, expected", [
    (None, ["said"]),  # a model without a threshold for them keeps none
    (0.5, ["said", "blasted"]),
    (0.99, ["said"]),  # above every alternative's confidence
])
def test_a_model_keeps_alternatives_only_at_their_own_threshold(tmp_path, alternative_threshold, expected):
    article = tmp_path / "a.json"
    article.write_text(json.dumps({"id": "a", "lang": "en", "text": ALTERNATIVE_TEXT}), encoding="utf-8")
    model = write_model(tmp_path / "m.json", alternative_threshold)
    done = isnad("extract", str(article), "--format", "json", env={"ISNAD_MODEL": str(model)})
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)["attributions"]
    assert [r["cue"]["text"] for r in records] == expected
    assert [r.get("alternative") for r in records] == [None, "mined"][:len(expected)]
    rules = isnad("extract", str(article), "--format", "json", "--rules-only")
    assert [r["cue"]["text"] for r in json.loads(rules.stdout)["attributions"]] == ["said"]


def test_training_keeps_no_alternative_when_none_is_ever_right(tmp_path):
    data = write_annotated(tmp_path / "annotated")
    model = tmp_path / "mine.json"
    assert isnad("train", str(data), "-o", str(model)).returncode == 0
    saved = json.loads(model.read_text(encoding="utf-8"))
    assert saved["languages"]["en"]["alternative_threshold"] is None


def test_training_learns_to_keep_alternatives_the_annotations_confirm(tmp_path, monkeypatch):
    # A plain reading the annotators count (The envoys sent by ... said ...) in every article.
    right = ("The envoys sent by the two capitals said the cartel would cut output.", "the cartel would cut output",
             "The envoys sent by the two capitals", "anonymous")
    monkeypatch.setattr(sys.modules[__name__], "EN_SENTENCES", EN_SENTENCES + [right])
    data = write_annotated(tmp_path / "annotated")
    model = tmp_path / "mine.json"
    assert isnad("train", str(data), "-o", str(model)).returncode == 0
    assert json.loads(model.read_text(encoding="utf-8"))["languages"]["en"]["alternative_threshold"] is not None
    article = tmp_path / "a.json"
    article.write_text(json.dumps({"id": "a", "lang": "en", "text": right[0]}), encoding="utf-8")
    done = isnad("extract", str(article), "--format", "json", env={"ISNAD_MODEL": str(model)})
    [record] = json.loads(done.stdout)["attributions"]
    assert (record["alternative"], record["speaker"]["text"]) == ("svo", "The envoys sent by the two capitals")


@pytest.mark.parametrize("preferred, claim", [
    ("en_plain=object", "restraint"),
    ("en_plain=svo", "restraint and offered to mediate between the two sides"),
])
def test_of_the_alternatives_of_one_cue_only_the_most_likely_is_kept(tmp_path, preferred, claim):
    article = tmp_path / "a.json"
    article.write_text(json.dumps({"id": "a", "lang": "en", "text": (
        "The envoys sent by the two capitals called for restraint and offered to mediate between the two sides.")}),
        encoding="utf-8")
    model = write_model(tmp_path / "m.json", 0.5, {preferred: 1.0})
    done = isnad("extract", str(article), "--format", "json", env={"ISNAD_MODEL": str(model)})
    assert done.returncode == 0, done.stderr
    [record] = json.loads(done.stdout)["attributions"]
    assert record["claim"]["text"] == claim


def _model_file(tmp_path: Path, weights: dict) -> Path:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"format": "isnad-scorer/1", "languages": {
        "ar": {"threshold": 0.5, "alternative_threshold": 0.5, "platt": [1.0, 0.0], "weights": weights}}}, ensure_ascii=False), encoding="utf-8")
    return path


READING = "قالت الوزارة إن الوضع هادئ. واستبعد الوزير التوصل إلى اتفاق قبل نهاية العام."


@pytest.mark.parametrize(("weights", "expected"), [
    # a model that trusts a reading with a subject after a definite word keeps that one, and only it
    ({"bias": 1.0, "ar_alt_after_definite": 2.0, "ar_alt=object": -1.5}, [("الوزير", "التوصل إلى اتفاق قبل نهاية العام")]),
    # one that trusts readings only as a continuation keeps the reading without a speaker
    ({"bias": 1.0, "ar_alt_k=0": 2.0, "ar_alt=object": -1.5}, [(None, "الوزير التوصل إلى اتفاق قبل نهاية العام")]),
    # one that distrusts readings keeps none: the rules' own record stays alone
    ({"bias": 1.0, "ar_alt=object": -5.0}, []),
])
def test_the_scorer_keeps_at_most_the_likeliest_reading_of_a_cue(tmp_path, weights, expected):
    article = tmp_path / "a.json"
    article.write_text(json.dumps({"id": "r", "lang": "ar", "text": READING}, ensure_ascii=False), encoding="utf-8")
    done = isnad("extract", str(article), "--format", "json", env={"ISNAD_MODEL": str(_model_file(tmp_path, weights))})
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)["attributions"]
    assert records[0]["cue"]["text"] == "قالت" and "alternative" not in records[0]
    kept = [((r["speaker"] or {}).get("text"), r["claim"]["text"]) for r in records[1:]]
    assert kept == expected
    assert all(r["alternative"] == "object" for r in records[1:])
