"""公文标题 and 文种 (title/*): the document's own title and the titles it cites in 《》."""

from __future__ import annotations

from app.engine import analyze
from app.fixes import apply_fixes
from app.model import Document

# an opening that names no 文种 ("说明如下"): title/wrong-type compares the title with "……报告如下"
BODY = "现将有关事项说明如下。"


def title_findings(*title_lines: str, body: str = BODY) -> list:
    a = analyze(Document.from_lines([*title_lines, body]), ["title"])
    return a.findings


def rules_of(*title_lines: str, body: str = BODY) -> list[tuple[str, str]]:
    lines = [*title_lines, body]
    return [(f.rule, lines[f.index][f.start:f.end])
            for f in title_findings(*title_lines, body=body)]


def test_mixed_types_request_report():
    (f,) = title_findings("关于增加2025年办公经费的请示报告")
    assert (f.rule, f.severity) == ("title/mixed-type", "error")
    out, _ = apply_fixes(["关于增加2025年办公经费的请示报告", BODY], [f.fix])
    assert out[0] == "关于增加2025年办公经费的请示"
    assert rules_of("关于购置执法车辆的申请报告") == [("title/mixed-type", "申请报告")]


def test_a_title_that_gives_out_another_document_without_saying_so():
    # a 通知 or 通报 whose subject is a 批复 / 决定 / 意见: 印发 or 转发 and 《》 are missing
    for title, pair in (("关于同意成立领导小组的批复的通知", "批复的通知"),
                        ("关于表彰先进集体和先进个人的决定的通报", "决定的通报"),
                        ("关于加强财务管理的意见的通知", "意见的通知")):
        assert rules_of(title) == [("title/mixed-type", pair)], title
    # issued with its verb and 《》, a title that names its business, an opinion given in a 函
    for title in ("关于印发《关于加强财务管理的意见》的通知", "关于报送2025年工作情况的报告的通知",
                  "关于贯彻落实省委全会决定的通知", "关于XX项目选址的意见的函",
                  "关于学习贯彻全会决定的通知"):
        assert rules_of(title) == [], title


def test_preposition_doubled():
    assert rules_of("关于对全市安全生产大检查情况的通报") == [("title/preposition", "关于对")]
    assert rules_of("关于关于加强值班工作的通知") == [("title/preposition", "关于关于")]
    got = rules_of("关于转发市财政局关于加强预算管理的通知的通知")
    assert ("title/preposition", "关于") in got and ("title/repeated-type", "通知的通知") in got


def test_dui_before_a_word_it_governs_though_dui_begins_words_too():
    """对开, 对调, 对标 and 对表 are words, but 关于对开展/调整/标准/表彰…… is 关于 + 对 + a word of
    its own; 关于对外开放, 关于对口支援 and 关于对标一流 stay quiet."""
    for title, dui in [("关于对开展冬春火灾防控工作的通知", "关于对"),
                       ("关于对调整最低工资标准的通知", "关于对"),
                       ("关于对表彰先进集体的决定", "关于对")]:
        assert rules_of(title) == [("title/preposition", dui)], title
    for title in ("关于对标一流企业提升管理水平的实施方案", "关于对调干部工作的通知",
                  "关于对外开放重点项目的报告"):
        assert rules_of(title) == [], title


def test_redundant_verb_and_wrong_doc_type_words():
    assert rules_of("关于申请划拨防汛专项资金的请示") == [("title/redundant-verb", "申请")]
    assert rules_of("关于上半年重点工作推进情况的汇报") == [("title/no-type", "汇报")]
    assert rules_of("关于2024年度工作情况") == [("title/no-type", "情况")]


def test_report_that_asks_and_request_that_only_reports():
    (f,) = title_findings("关于申请2026年防汛经费的报告")
    assert f.rule == "title/mixed-type" and "请示" in f.message
    out, _ = apply_fixes(["关于申请2026年防汛经费的报告", BODY], [f.fix])
    assert out[0] == "关于申请2026年防汛经费的请示"
    assert rules_of("关于2025年工作情况的请示") == [("title/mixed-type", "请示")]
    assert rules_of("关于2025年工作情况的报告") == []
    assert rules_of("关于拨付2026年防汛经费的请示") == []


def test_forwarding_verbs():
    got = rules_of("关于印发市教育局关于做好秋季招生工作的意见的通知")
    assert ("title/forwarding", "印发") in got
    (f,) = title_findings("关于转发《机关公务用车管理办法》的通知")
    assert f.rule == "title/forwarding" and f.severity == "info"


def test_an_organ_that_forwards_its_own_document_should_issue_it():
    (f,) = title_findings("县教育局关于转发本局2026年教育工作要点的通知")
    assert (f.rule, f.severity) == ("title/forwarding", "warning")
    out, _ = apply_fixes(["县教育局关于转发本局2026年教育工作要点的通知", BODY], [f.fix])
    assert out[0] == "县教育局关于印发本局2026年教育工作要点的通知"
    got = rules_of("关于转发我委党组理论学习中心组学习计划的通知")
    assert got == [("title/forwarding", "转发")]
    # 本会议 is the meeting, not an organ's own document; another organ's text is forwarded
    for title in ("关于转发本会议纪要的通知",
                  "关于转发省应急管理厅关于做好汛期安全防范工作的通知的通知",
                  "关于转发《市应急局关于开展安全生产月活动的实施方案》的通知"):
        assert ("title/forwarding", "转发") not in rules_of(title), title


def test_a_notice_that_gives_out_a_plan_without_yinfa():
    for title, word in (("关于开展“安全生产月”活动的实施方案的通知", "实施方案"),
                        ("关于进一步加强基层治理的若干规定的通知", "若干规定"),
                        ("关于全面推行河长制的工作方案的通知", "工作方案")):
        assert rules_of(title) == [("title/forwarding", word)], title
    # issued with 印发, a 通知 about the plan's work or about a standard, a plan sent up
    for title in ("关于印发《开展安全生产月活动实施方案》的通知", "关于做好应急预案修订工作的通知",
                  "关于调整城乡居民医疗保险缴费标准的通知", "关于报送2026年度工作计划的通知",
                  "关于征求《城市更新条例（草案）》的实施细则意见的通知"):
        assert rules_of(title) == [], title


def test_title_on_two_lines_is_read_as_one():
    got = rules_of("××市人民政府办公室关于", "申请设立专项资金的请示报告")
    assert got == [("title/redundant-verb", "申请"), ("title/mixed-type", "请示报告")]


def test_titles_cited_in_the_body():
    body = "根据《关于近期防汛工作的汇报》和《关于申请防汛资金的请示报告》，现通知如下。"
    found = title_findings("关于做好防汛工作的通知", body=body)
    got = [(f.rule, body[f.start:f.end]) for f in found]
    # a quoted title must match the original: reported as info, without a fix, and the
    # 申请……的请示 that every 批复 quotes is not reported at all
    assert got == [("title/no-type", "汇报"), ("title/mixed-type", "请示报告")]
    assert all(f.severity == "info" and f.fix is None and "核对原文" in f.message for f in found)


def test_legitimate_titles_are_quiet():
    for lines in [
        ("2024年工作总结",), ("述职报告",), ("关于农村养老服务的调研报告",), ("政府工作报告",),
        ("国家职业教育改革实施方案",),
        ("国务院关于印发", "《国务院工作规则》的通知"),
        ("国务院办公厅转发民政部关于", "清理整顿社会团体意见的通知"),
        ("国务院办公厅关于印发", "国 家 粮 食 应 急 预 案 的 函"),
        ("国务院办公厅关于黄金", "经济政策有关问题的复函"),
        ("关于印发《关于加强基层治理的若干意见》的通知",),
        ("关于对口支援新疆工作的通知",), ("关于对外开放重点项目的报告",),
        ("关于同意设立市民服务中心的批复",), ("关于征求《城市更新条例（草案）》意见的函",),
        ("关于清理整顿社会团体的意见", "（民政部　一九九七年一月二十八日）"),
        ("通知公告",), ("××县人民政府公告",),
    ]:
        assert rules_of(*lines) == [], lines


def test_titles_nested_in_angle_brackets_do_not_count():
    body = "按照《××省委办公厅××省人民政府办公厅印发〈关于推进政务公开的实施意见〉的通知》要求。"
    assert rules_of("关于推进政务公开工作的实施意见", body=body) == []
    assert rules_of("××市人民政府办公厅关于印发〈××市2026年政务公开工作要点〉的通知") == []


def test_cited_laws_and_plain_books_are_not_titles_to_check():
    body = "依据《中华人民共和国预算法》和《关于加强基层治理的若干意见》的规定，现报告如下。"
    assert rules_of("关于2024年预算执行情况的报告", body=body) == []


def test_a_title_ending_in_a_sentence_mark():
    for title, mark in (("关于进一步加强校园安全管理工作的通知。", "。"),
                        ("县教育局关于2025年工作情况的报告。", "。"),
                        ("关于做好2025年元旦春节期间安全生产工作的通知，", "，")):
        assert rules_of(title, "") == [("title/punctuation", mark)], title
        (f,) = title_findings(title, "")
        out, _ = apply_fixes([title, "", BODY], [f.fix])
        assert out[0] == title[:-1]
    # a first line that is a sentence about a 通知, and a title without a mark, are quiet
    assert rules_of("今年以来，关于开展安全检查的通知。", "") == []
    assert rules_of("关于进一步加强校园安全管理工作的通知", "") == []


def test_a_title_end_mark_typed_and_removed_in_the_editor_is_found_and_cleared():
    from app.incremental import IncrementalAnalyzer

    lines = ["关于进一步加强校园安全管理工作的通知", "", "各学校：", "现将有关事项通知如下。",
             "一、提高认识", "各校要高度重视。"]
    doc = Document.from_lines(lines)
    inc = IncrementalAnalyzer(["title"])
    inc.analyze(doc)
    first = doc.paragraphs[0]
    first.text += "。"
    after = inc.update(doc, [first.id]).analysis
    assert [f.rule for f in after.findings] == ["title/punctuation"]
    doc.paragraphs[5].text = "关于开展检查的通知。"  # an edit further down, shaped alike
    after = inc.update(doc, [doc.paragraphs[5].id]).analysis
    cold = analyze(doc, ["title"])
    assert [(f.rule, f.index) for f in after.findings] == \
        [(f.rule, f.index) for f in cold.findings] == [("title/punctuation", 0)]
    first.text = first.text[:-1]
    after = inc.update(doc, [first.id]).analysis
    assert after.findings == []


def test_an_organs_title_without_guanyu_before_its_verb():
    (f,) = title_findings("县应急管理局开展2027年“安全生产月”活动的通知", body="各乡镇应急办：")
    assert (f.rule, f.severity) == ("title/preposition", "info")
    # forwarding titles drop 关于 as an official form; a 关于-title is quiet
    for title in ("国务院办公厅转发教育部等部门关于加强学校体育工作意见的通知",
                  "县应急管理局关于开展2027年“安全生产月”活动的通知",
                  "2027年全县“安全生产月”活动方案"):
        assert rules_of(title) == [], title


def test_missing_guanyu_is_marked_at_the_verb_after_the_whole_organ_name():
    # the organ's name holds an earlier organ word (县委 in 县委宣传部): the mark is on the verb
    # that opens the 事由, not inside the name
    assert rules_of("县委宣传部开展2027年志愿服务月活动的通知", body="各乡镇党委：") == [
        ("title/preposition", "开展")]


def test_a_document_named_in_quotes_in_a_title():
    title = "县人民政府办公室关于印发“2027年全县人才工作要点”的通知"
    (f,) = title_findings(title)
    assert f.rule == "title/punctuation"
    out, _ = apply_fixes([title, BODY], [f.fix])
    assert out[0] == "县人民政府办公室关于印发《2027年全县人才工作要点》的通知"
    # quotes around a name inside the 事由 are not a document's name
    assert rules_of("关于印发“十四五”全县教育发展规划的通知") == []


def test_a_notice_to_the_public_with_an_addressee_is_a_tongzhi():
    title = "县市场监督管理局关于开展电动自行车安全隐患整治的公告"
    assert rules_of(title, "各市场监管所：", body="现将有关事项通知如下。") == \
        [("title/mixed-type", "公告")]
    # a 公告 published to everyone opens with its text
    assert rules_of(title, body="为切实消除电动自行车安全隐患，现将有关事项公告如下：") == []


def test_the_redundant_verb_of_a_request_the_organ_sent_itself():
    # (recall17) the writing organ sent the cited 请示 itself: its 请求 is the organ's own slip
    body = "我委已于5月向县政府呈送了《关于恳请解决办公用房的请示》，尚未收到答复。"
    found = [(f.rule, f.severity) for f in title_findings("关于2026年机关事务工作的报告", body=body)
             if f.index == 1]
    assert found == [("title/redundant-verb", "info")]


def test_a_request_of_another_organ_quoted_as_issued_stays_quiet():
    # a 批复 or a reply quotes the request's title as issued, redundant verb and all
    for body in ("你局《关于恳请解决办公用房的请示》收悉。",
                 "县教育局报送的《关于请求增加教师编制的请示》已转我委办理。"):
        assert [f for f in title_findings("关于2026年机关事务工作的报告", body=body)
                if f.index == 1] == []


def test_a_passed_on_text_without_the_notice_that_passes_it_on():
    """转发, 印发 and 批转 are done by a 通知 (条例 第八条): a title that ends in the passed-on
    text's own 文种 or 》 has lost its 的通知."""
    for title, end, right in (
            ("关于转发市政府办公室关于进一步加强安全生产工作的意见", "意见",
             "关于转发市政府办公室关于进一步加强安全生产工作的意见的通知"),
            ("关于转发《省应急厅关于加强防汛工作的意见》", "》",
             "关于转发《省应急厅关于加强防汛工作的意见》的通知"),
            ("关于印发2027年全县安全生产工作要点", "要点", "关于印发2027年全县安全生产工作要点的通知")):
        found = [f for f in title_findings(title) if f.rule == "title/forwarding"]
        assert [title[f.start:f.end] for f in found] == [end], title
        out, _ = apply_fixes([title, BODY], [found[0].fix])
        assert out[0] == right
    # a 通知, or the 函 the 国务院办公厅 gives a plan out by, passes the text on
    for title in ("关于印发国家粮食应急预案的函", "关于印发《2027年工作要点》的通知",
                  "关于转发省应急管理厅关于做好汛期安全防范工作的通知的通知"):
        assert ("title/forwarding", title[-2:]) not in rules_of(title), title


def test_a_report_called_huibao_without_de():
    (f,) = title_findings("关于2024年上半年工作情况汇报")
    assert (f.rule, f.fix.edits[0].replacement) == ("title/no-type", "情况的报告")
    assert rules_of("关于2024年上半年工作情况的报告") == []


def test_the_redundant_verb_hint_fits_the_type():
    (f,) = title_findings("关于报告2024年安全生产工作情况的报告")
    assert f.rule == "title/redundant-verb" and "拨付" not in f.message
    (f,) = title_findings("关于申请拨付防汛经费的请示")
    assert "拨付" in f.message
