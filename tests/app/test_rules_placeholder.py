"""placeholder: template masks written with * or × before a unit (*镇, ×年, ×%, 20**年) are
blanks like XX; the same marks elsewhere (带*号, Markdown bold, 3×4, 数据要素×) are not."""

from __future__ import annotations

import pytest

from app.rules.placeholder import placeholders


@pytest.mark.parametrize("line, masks", [
    ("*镇**村位于***县东北部。", ["*镇", "**村", "***县"]),
    ("截至×年×月，救助标准提高×%，预计发放资金×亿元。", ["×年×月", "×%", "×亿"]),
    ("20**年工作总结和20xx年工作计划", ["20**", "20xx"]),
    ("培训保育员**人、保姆（月嫂）**人，排查隐患***处。", ["**人", "**人", "***处"]),
    ("培训保育员**人、保姆**人、推拿** *人。", ["**人", "**人"]),  # a stray run after them
    ("印发《关于成立--镇河长制工作领导小组的通知》，在--街开展宣传。", ["--镇", "--街"]),
])
def test_masks_of_asterisks_and_multiplication_signs_before_a_unit(line, masks):
    assert [line[s:e] for s, e in placeholders(line)] == masks


@pytest.mark.parametrize("line", [
    "带*号的为必填项。",              # the mark itself
    "**加强组织领导**，压实工作责任。",  # Markdown bold pasted in
    "**人民至上**，始终把群众安危冷暖放在心上。",  # bold that opens before a measure word
    "**村级组织建设**取得新进展。",
    "标*人员为新任职干部。",            # a footnote mark before 人
    "**加强领导**人员要到位。",          # bold closed right before a measure word
    "会议室面积为3×4米。",            # a product
    "实施“数据要素×”三年行动，推进数据要素×人工智能应用。",
    "注*：数据来源于县统计局。",
    "2025年增长5%，2026年目标为6%。",
    "2024--2025年度考核，他说——镇里的事要办好。",  # a range; a dash
])
def test_marks_that_are_no_mask_are_left_alone(line):
    assert placeholders(line) == ()


@pytest.mark.parametrize("line, slots", [
    ("截至20__年底，全县完成投资__亿元。", ["20__", "__"]),
    ("聆听__市、__区的劳模宣讲，深受教育。", ["__", "__"]),
    ("该村荣获“______”荣誉称号。", ["______"]),  # a quoted name left blank
    ("一、春节：__月__日至__月__日放假调休，共7天。", ["__", "__", "__", "__"]),
    ("根据国办发明电〔〕28号文件要求，现将有关事项通知如下。", ["〔〕"]),
])
def test_underscore_slots_and_an_empty_year_bracket_in_prose(line, slots):
    assert [line[s:e] for s, e in placeholders(line)] == slots


@pytest.mark.parametrize("line", [
    "姓名：________  性别：____  联系电话：__________",    # a form's fill-in line
    "填表日期：____年__月__日",                              # a form's date line, no sentence
    "请于5月20日前报送回执（联系人：________，电话：________）。",  # lines to fill, nothing after
    "将参数 file_name 设为报表名称，按要求上传。",           # a name written with _
    "依据《关于印发〔2024〕3号文件的通知》，",
])
def test_fill_in_lines_and_names_with_underscores_are_left_alone(line):
    assert placeholders(line) == ()


@pytest.mark.parametrize("line, blanks", [
    ("某政发〔20XX〕XX号", ["20XX", "XX号"]),  # a template's document number, both masked
    ("依据市政办〔2025〕X号文件精神，制定本方案。", ["X号"]),  # the serial left blank
    ("某某县农业农村局〔20××〕××号", ["20××", "××号"]),
])  # fmt: skip
def test_a_document_numbers_masked_year_and_serial(line, blanks):
    assert [line[s:e] for s, e in placeholders(line)] == blanks


@pytest.mark.parametrize("line", [
    "某政发〔2025〕12号",
    "依据国办发〔2023〕36号文件精神，制定本方案。",
    "〔2024〕Ｘ光机采购项目",  # an X-ray machine after a bracket, not a blank
])  # fmt: skip
def test_filled_document_numbers_stay_silent(line):
    assert placeholders(line) == ()


@pytest.mark.parametrize("line, blanks", [
    ("按要求投放溴鼠灵毒饵XXkg，覆盖全部居民小区。", ["XX"]),
    ("年内新建农村公路Xkm、改造危桥X座。", ["X", "X"]),
    ("全年处置建筑垃圾约xxt，资源化利用率达90%。", ["xx"]),
    # typed full-width: the whole blank, not its first letter
    ("年内新建通村道路ｘｘkm，惠及群众１ｘｘ户。", ["ｘｘ", "１ｘｘ"]),
    ("新建道路ｘｘkm。", ["ｘｘ"]),
])  # fmt: skip
def test_a_masked_amount_before_a_latin_metric_unit(line, blanks):
    assert [line[s:e] for s, e in placeholders(line)] == blanks


@pytest.mark.parametrize("line", [
    "为执勤人员统一配发XXL码冬季工作服。",  # a clothing size
    "配备X光机2台，开展Xmas主题英语角活动。",  # X-ray, a Latin word
    "本次共采购Windows XP终端升级服务。",
    "单位采购了Ｘｂｏｘ游戏机和ＸＰ系统电脑。",  # Latin words typed full-width
])  # fmt: skip
def test_sizes_and_latin_words_after_chinese_are_no_blanks(line):
    assert placeholders(line) == ()
