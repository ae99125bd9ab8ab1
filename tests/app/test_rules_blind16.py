"""The sixteenth blind set (tests/data/planted_reports/blind16): what a reviewer checks on it —
the look-alike negatives listed in its key (correct text that resembles a mistake: reduplication,
names, right 的/地/得, right 形势/形式 …) draw no finding of issue #13's families, and the planted
mistakes of the families recall17 worked on are each found where they were planted."""

from __future__ import annotations

from tests.app.blind_set import ROOT, loud_look_alikes, missed_of, negatives
from tests.app.sentences import needs_lexicon

pytestmark = needs_lexicon

SET = ROOT / "tests" / "data" / "planted_reports" / "blind16"


def test_the_look_alikes_stay_silent():
    assert len(negatives(SET)) >= 60
    assert loud_look_alikes(SET) == []


def test_the_planted_mistakes_of_the_worked_families_are_found():
    worked = ("confusable", "particle", "formulation", "title", "repeat", "hygiene", "numbering")
    assert missed_of(SET, worked) == []
