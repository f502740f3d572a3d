"""Lexicons mined from annotated articles (python -m isnad.nlp.mining), on articles written for these tests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

TEXT = ("نفت الوزارة أي لقاء مع الوفد. ونفى المتحدث باسمها أن يكون الاجتماع قد عقد. "
        "ونفى الوزير سامي العلي تأجيل الزيارة. وقال العلي إن الوفد سيصل غداً.")
GOLD = [
    {"claim": "أي لقاء مع الوفد", "cue": "نفت", "speaker": "الوزارة", "source": "الوزارة", "kind": "organization"},
    {"claim": "يكون الاجتماع قد عقد", "cue": "ونفى", "speaker": "المتحدث باسمها", "source": "المتحدث باسم الوزارة",
     "kind": "anonymous"},
    {"claim": "تأجيل الزيارة", "cue": "ونفى", "speaker": "الوزير سامي العلي", "source": "سامي العلي", "kind": "person"},
    {"claim": "الوفد سيصل غداً", "cue": "وقال", "speaker": "العلي", "source": "سامي العلي", "kind": "person"},
]


def mine(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "isnad.nlp.mining", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


def test_object_cues_counts_each_verb_and_its_bare_objects_and_says_how_it_was_mined(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps({"id": "a", "lang": "ar", "text": TEXT, "attributions": GOLD},
                                              ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "object_cues.tsv"
    done = mine("object-cues", str(folder), "-o", str(out), "--min-count", "1")
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("# Mined by: python -m isnad.nlp.mining object-cues") for line in lines)
    rows = {line.split("\t")[0]: line.split("\t")[1:] for line in lines if not line.startswith("#")}
    # نفى three times, twice with a bare object (أن opened the other); قال once, never
    assert rows == {"نفى": ["3", "2"], "قال": ["1", "0"]}
    assert mine("object-cues", str(folder), "-o", str(out)).returncode == 0  # at least twice by default: قال goes
    assert [line.split("\t")[0] for line in out.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")] == ["نفى"]


def test_object_cues_refuses_a_folder_without_annotated_articles_in_one_line(tmp_path):
    (tmp_path / "notes.json").write_text("{not json", encoding="utf-8")
    done = mine("object-cues", str(tmp_path), "-o", str(tmp_path / "x.tsv"))
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert str(tmp_path / "notes.json") in line and "Traceback" not in done.stderr
    assert not (tmp_path / "x.tsv").exists()


def test_media_names_lists_the_outlets_the_rules_did_not_know_and_no_common_noun(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    text = ('قال الوزير لقناة "فجر نيوز" إن الجسر سيفتح. وأضاف لـ"فجر نيوز" أن العمل انتهى. '
            'وقال المدير لـ"المدينة" إن المدرسة ستفتح. وأضاف لـ"المدينة" أن العام الدراسي قريب.')
    gold = [{"claim": c, "cue": "قال", "speaker": None, "source": "x", "kind": "person", "outlet": o}
            for c, o in (("الجسر سيفتح", "فجر نيوز"), ("العمل انتهى", "فجر نيوز"),
                         ("المدرسة ستفتح", "المدينة"), ("العام الدراسي قريب", "المدينة"))]
    (folder / "b.json").write_text(json.dumps({"id": "b", "lang": "ar", "text": text, "attributions": gold},
                                              ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "media.mined.txt"
    assert mine("media-names", str(folder), "-o", str(out)).returncode == 0
    entries = [line.split("#")[0].strip() for line in out.read_text(encoding="utf-8").splitlines()
               if not line.startswith("#")]
    assert entries == ["فجر نيوز"]  # المدينة ("the city") is one definite word: never listed as a name
