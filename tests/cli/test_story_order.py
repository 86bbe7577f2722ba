"""Stories through the command line do not depend on the order a folder lists its files.

A user points ``newstrace analyze`` at a folder; which file comes first is an accident of
names. Fictional reports (two stories, several on one day, one undated, one in Arabic) are
written into two folders under names that list them in opposite orders; both analyses must
give the same stories, with the same ids, titles and articles.
"""

from __future__ import annotations

import json
from pathlib import Path

from .test_commands import invoke

REPORTS = [
    {
        "title": "Dockworkers strike at Valmora port",
        "text": "Dockworkers at the port of Valmora went on strike on Monday over pay. Union "
        "leader Tomas Brel said 900 workers stopped loading ships.",
        "date_publish": "2031-03-03",
    },
    {
        "title": "Valmora port strike halts ships",
        "text": "Ships queued outside Valmora on Monday as 900 dockworkers struck over pay. "
        "Union leader Tomas Brel said the strike would go on.",
        "date_publish": "2031-03-03",
    },
    {
        "title": "Late frost damages Tessel orchards",
        "text": "A late frost damaged apple orchards in the Tessel valley on Monday. Grower "
        "Ida Moor said half the blossom was lost.",
        "date_publish": "2031-03-03",
    },
    {
        "title": "Tessel growers count frost losses",
        "text": "Apple growers in the Tessel valley said the frost on Monday killed half the "
        "blossom. Ida Moor asked for help from the region.",
        "date_publish": "2031-03-04",
    },
    {
        "title": "Valmora strike ends after pay deal",
        "text": "The strike at Valmora port ended on Friday after a pay deal. Tomas Brel said "
        "the 900 dockworkers would return to the ships.",
    },
    {
        "title": "إضراب عمال ميناء فالمورا",
        "text": "أضرب 900 من عمال ميناء فالمورا يوم الاثنين للمطالبة بزيادة الأجور. وقال "
        "النقابي توماس بريل إن العمال توقفوا عن تحميل السفن.",
        "date_publish": "2031-03-03",
    },
]


def _stories(tmp_path: Path, name: str, order: list[int]) -> list[tuple[str, str, list[str]]]:
    folder = tmp_path / name
    folder.mkdir()
    for position, number in enumerate(order):
        report = {**REPORTS[number], "url": f"https://example.invalid/{number}"}
        (folder / f"{position:02d}.json").write_text(json.dumps(report), encoding="utf-8")
    out = tmp_path / f"{name}.json"
    result = invoke("analyze", str(folder), "--json", str(out), "-q")
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    url_of = {a["id"]: a["url"] for a in data["articles"]}
    return sorted(
        (s["id"], s["title"], sorted(url_of[a] for a in s["articles"])) for s in data["stories"]
    )


def test_a_folder_gives_the_same_stories_in_any_order(tmp_path: Path) -> None:
    forward = _stories(tmp_path, "forward", list(range(len(REPORTS))))
    backward = _stories(tmp_path, "backward", list(reversed(range(len(REPORTS)))))
    assert forward == backward
    grouped = {tuple(urls) for _, _, urls in forward}
    strike = {f"https://example.invalid/{n}" for n in (0, 1)}
    assert any(strike <= set(urls) for urls in grouped)  # one story, whatever the order
