"""PLOVER and CASE 2021 scoring on hand-written records and hand-built coded events."""

import json
from datetime import date

import pytest

from crisisdesk.evaluation import case2021, plover
from tests.eval_helpers import actor, mention

RECORDS = [
    {"id": "DOC-1", "event": "DOCUMENT", "eventText": "file notes"},
    {"id": "R1", "date": "2000-01-01", "event": "AGREE", "text": "Washington agreed to a UN plan.",
     "source": [{"actorText": "Washington", "code": "USA", "sector": "GOV"}],
     "target": [{"actorText": "UN", "code": "IGO", "sector": "GOV"}]},
    {"id": "R2", "date": "2000-01-01", "event": "DEMAND", "text": "Paris demanded that Bamako hold elections.",
     "source": [{"actorText": "Paris", "code": "FRA"}], "target": [{"actorText": "Bamako", "code": "MLI", "sector": "GOV"}]},
    {"id": "R3", "date": "2000-01-01", "event": "FIGHT", "text": "Malian troops fought all night.",
     "source": [{"actorText": "Malian troops", "code": "MLI", "sector": "MIL"}], "target": ""},
    {"id": "R4", "date": "2000-01-01", "event": "INVESTIGATE", "text": "The UN opened an inquiry into Sudan.",
     "source": [{"actorText": "UN", "code": "IGO", "sector": "***"}], "target": [{"actorText": "Sudan", "code": "SDN"}]},
]


@pytest.fixture()
def records(tmp_path):
    path = tmp_path / "plover.json"
    path.write_text(json.dumps(RECORDS))
    return plover.load_plover(path)


def test_load_maps_old_labels_and_skips_document(records):
    recs, problems = records
    assert problems == []
    assert [(r.label, r.event_type) for r in recs] == [("AGREE", "AGREE"), ("DEMAND", "REQUEST"), ("FIGHT", "ASSAULT"), ("INVESTIGATE", None)]
    assert recs[0].date == date(2000, 1, 1) and recs[2].targets == () and recs[3].sources[0].sector is None


def test_plover_scores_counted_by_hand(records):
    r1, r2, r3, r4 = records[0]
    rows = [
        plover.score_record(r1, [mention("AGREE", r1.text, source=[actor("United States", "USAGOV")], target=[actor("UN", "IGOUNO")])]),
        plover.score_record(r2, [
            mention("ACCUSE", r2.text, confidence=0.4),
            mention("REQUEST", r2.text, confidence=0.8, source=[actor("France", "FRA")], target=[actor("Malian junta", "MLIGOV")]),
        ]),
        plover.score_record(r3, [
            mention("COERCE", r3.text, confidence=0.9, source=[actor("army", "MLIMIL")]),
            mention("ASSAULT", r3.text, confidence=0.5),
        ]),
        plover.score_record(r4, [mention("ACCUSE", r4.text, source=[actor("UN", "IGO")])]),
    ]
    s = plover.summarise(rows)
    t = s["type"]
    # gold AGREE REQUEST ASSAULT, picked AGREE REQUEST COERCE
    assert t["accuracy"] == pytest.approx(2 / 3)
    assert t["weighted_f1"] == pytest.approx(2 / 3)
    assert t["macro_f1"] == pytest.approx(0.5)  # AGREE 1, REQUEST 1, ASSAULT 0, COERCE 0
    assert t["confusion"]["ASSAULT"] == {"COERCE": 1}
    assert s["type_any"] == {"value": 1.0, "hits": 3, "n": 3}
    assert s["source_code"] == {"value": 1.0, "hits": 4, "n": 4}
    assert s["target_code"] == {"value": 2 / 3, "hits": 2, "n": 3}  # R4: SDN not coded
    assert s["source_sector"] == {"value": 1.0, "hits": 2, "n": 2}  # R1 GOV, R3 MIL
    assert s["target_sector"] == {"value": 0.5, "hits": 1, "n": 2}  # IGOUNO has no sector; MLIGOV is GOV
    assert s["investigate"] == {"n": 1, "predicted": ["ACCUSE"]}


def test_nothing_coded_is_no_prediction(records):
    row = plover.score_record(records[0][0], [])
    assert (row["type"], row["type_any"], row["source_code"]) == (None, False, False)


def test_case_two_columns_joined_with_labels(tmp_path):
    snippets = tmp_path / "in.txt"
    snippets.write_text("1\tOn Monday, two groups clashed.\n2\tStudents marched.\n")
    labels = tmp_path / "out.txt"
    labels.write_text("2\tPEACE_PROTEST\n1\tARMED_CLASH\n")
    loaded = case2021.load_case(snippets, labels)
    assert [(s.id, s.label) for s in loaded] == [("1", "ARMED_CLASH"), ("2", "PEACE_PROTEST")]
    assert [s.label for s in case2021.load_case(snippets)] == [None, None]
    three = tmp_path / "three.tsv"
    three.write_text("a\tA bomb exploded.\tREM_EXPLOS\n")
    assert case2021.load_case(three)[0].label == "REM_EXPLOS"


def test_case_bad_lines_name_path_and_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("1\tok\tATTACK\n2 no tabs here\n")
    with pytest.raises(case2021.CaseFormatError, match=r"bad\.tsv:2: expected 2 or 3"):
        case2021.load_case(bad)
    snippets = tmp_path / "in.txt"
    snippets.write_text("1\tx\n")
    labels = tmp_path / "labels.txt"
    labels.write_text("9\tATTACK\n")
    with pytest.raises(case2021.CaseFormatError, match="no label for id '1'"):
        case2021.load_case(snippets, labels)


def test_case_prediction_and_scores():
    table = {"Armed clash": "ARMED_CLASH", "Attack": "ATTACK"}

    def label_for(m):
        return table.get(m.acled_sub_event_type)

    hypothetical = mention("ASSAULT", "x", acled=("Battles", "Armed clash"), status="hypothetical")
    attack = mention("ASSAULT", "x", acled=("Violence against civilians", "Attack"))
    assert case2021.predict_label([hypothetical, attack], label_for) == "ATTACK"
    assert case2021.predict_label([hypothetical], label_for) == "ARMED_CLASH"
    assert case2021.predict_label([mention("CONSULT", "x")], label_for) is None
    rows = [{"id": "1", "gold": "ATTACK", "predicted": "ATTACK"}, {"id": "2", "gold": "ARMED_CLASH", "predicted": "ATTACK"},
            {"id": "3", "gold": "ARMED_CLASH", "predicted": None}]
    c = case2021.score_rows(rows)["classification"]
    # ATTACK: P 1/2 R 1 F1 2/3 (support 1); ARMED_CLASH: F1 0 (support 2)
    assert c["accuracy"] == pytest.approx(1 / 3)
    assert c["weighted_f1"] == pytest.approx((2 / 3) / 3)
    assert c["macro_f1"] == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    ("coded", "label"),
    [
        (mention("ASSAULT", "x", acled=("Battles", "Armed clash")), "ARMED_CLASH"),
        (mention("PROTEST", "x", acled=("Protests", "Excessive force against protestors")), "FORCE_AGAINST_PROTEST"),
        (mention("ASSAULT", "x", acled=("Strategic developments", "Looting/property destruction")), "PROPERTY_DISTRUCT"),
        (mention("ACCUSE", "x"), "ATTRIB"),
        (mention("CONSULT", "x"), "DIPLO"),
        (mention("COERCE", "x", contexts=("crime",)), "ORG_CRIME"),
        (mention("AID", "x"), None),
    ],
)
def test_case_labels_come_from_the_coding_ontology(coded, label):
    assert case2021.ontology_label(coded) == label
