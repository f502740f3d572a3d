"""Mining cue forms with counts from annotated articles (python -m isnad.nlp.mining en-cues)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def mine(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "isnad.nlp.mining", "en-cues", *args],
                          capture_output=True, text=True, timeout=120)


def gold(claim: str, cue: str, speaker: str) -> dict:
    return {"claim": claim, "cue": cue, "speaker": speaker, "source": speaker, "aliases": [],
            "kind": None, "affiliation": None, "outlet": None, "direct": False}


def write(folder: Path, name: str, text: str, attributions: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps({"id": name, "lang": "en", "text": text,
                                                     "attributions": attributions}), encoding="utf-8")


def rows(path: Path) -> dict[str, list[str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {cells[0]: cells[1:] for cells in (line.split("\t") for line in lines)}


def test_forms_are_kept_by_how_often_the_annotations_mark_them_where_they_stand(tmp_path):
    guide, polnear = tmp_path / "guide", tmp_path / "polnear"
    for n in range(2):  # the guide's annotators mark "grumbled" both times it stands
        write(guide, f"g{n}", "The baker grumbled that flour would cost more than it did last spring.",
              [gold("flour would cost more than it did last spring", "grumbled", "The baker")])
    for n in range(6):  # PolNeAR marks "vowed to" six times of six, and "hopes" six of six
        write(polnear, f"p{n}", "The mayor vowed to rebuild the pier. She hopes the pier opens soon.",
              [gold("to rebuild the pier", "vowed", "The mayor"), gold("the pier opens soon", "hopes", "She")])
    for n in range(6):  # and "noted" only once of the seven times it stands
        write(polnear, f"q{n}", "The noted architect drew the pier.", [])
    write(polnear, "q6", "The clerk noted that the pier was old.", [gold("the pier was old", "noted", "The clerk")])
    out = tmp_path / "mined.tsv"
    done = mine("--guide", str(guide), "--polnear", str(polnear), "-o", str(out))
    assert done.returncode == 0, done.stderr
    found = rows(out)
    assert found["grumbled"][:4] == ["verb", "-", "1.00", "guide"]
    assert found["vowed"][:4] == ["verb", "infinitive", "1.00", "polnear"]  # its contents open with "to"
    assert "hopes" not in found  # a wish: PolNeAR's convention, not the guide's (not_cues.txt)
    assert "noted" not in found  # a cue in one place of seven
    header = out.read_text(encoding="utf-8").splitlines()[1]
    assert header.startswith("# Command: python -m isnad.nlp.mining en-cues --guide ")


def test_a_missing_folder_is_named_in_one_line(tmp_path):
    done = mine("--guide", str(tmp_path / "nowhere"), "-o", str(tmp_path / "m.tsv"))
    assert done.returncode == 2
    assert done.stderr.strip() == f"error: {tmp_path / 'nowhere'}: no such file or folder"
    assert not (tmp_path / "m.tsv").exists()


def test_stand_off_annotations_are_mined_with_their_texts(tmp_path):
    # (the project keeps its annotations of third-party texts as offsets; the miner reads them
    # as isnad train does, the texts found by id)
    from isnad.nlp.standoff import pack
    text = "Ana Lima vowed the bridge would reopen. Tom Reyes vowed it would not."
    gold = {"id": "s1", "lang": "en", "url": None, "outlet": None, "text": text, "attributions": [
        {"claim": "the bridge would reopen", "cue": "vowed", "speaker": "Ana Lima", "source": "Ana Lima"},
        {"claim": "it would not", "cue": "vowed", "speaker": "Tom Reyes", "source": "Tom Reyes"}]}
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "s1.json").write_text(json.dumps({"id": "s1", "lang": "en", "text": text}), encoding="utf-8")
    (tmp_path / "ann.jsonl").write_text(json.dumps(pack(gold)) + "\n", encoding="utf-8")
    done = mine("--guide", str(tmp_path / "ann.jsonl"), "--texts", str(tmp_path / "texts"), "-o", str(tmp_path / "m.tsv"))
    assert done.returncode == 0, done.stderr
    rows = [line.split("\t") for line in (tmp_path / "m.tsv").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]
    assert ["vowed", "guide", "2", "2"] == [rows[0][0], rows[0][4], rows[0][5], rows[0][6]]
