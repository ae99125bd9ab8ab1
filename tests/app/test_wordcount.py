"""Word's 字数统计 on examples counted by hand (the reasoning is written beside each figure)."""

from __future__ import annotations

from app.wordcount import WordCount, count_paragraph, count_texts


def figures(c: WordCount) -> tuple[int, int, int, int, int, int]:
    return (c.words, c.chars_no_spaces, c.chars_with_spaces, c.paragraphs, c.asian,
            c.non_asian_words)  # fmt: skip


def test_plain_chinese_with_full_width_punctuation():
    # 一、加强领导。 = 一 、 加 强 领 导 。: 5 ideographs + 2 full-width marks (、。) = 7 Chinese
    # characters, no other word; 7 characters, no space.
    assert figures(count_paragraph("一、加强领导。")) == (7, 7, 7, 1, 7, 0)


def test_digit_runs_are_one_word_each():
    # 2020年上半年: "2020" is one non-Chinese word; 年 上 半 年 are 4 Chinese characters.
    # 字数 4 + 1 = 5; characters 4 digits + 4 ideographs = 8.
    assert figures(count_paragraph("2020年上半年")) == (5, 8, 8, 1, 4, 1)


def test_latin_words_spaces_and_a_decimal():
    # "PM2.5 浓度 下降" : words "PM2.5" (one run, the dot inside) → 1 non-Chinese word;
    # 浓 度 下 降 → 4 Chinese; 2 spaces. Characters without spaces 5 + 4 = 9, with spaces 11.
    assert figures(count_paragraph("PM2.5 浓度 下降")) == (5, 9, 11, 1, 4, 1)


def test_ideographic_space_is_a_space_and_full_width_digits_are_chinese():
    # "第１条　总则": 第 １ 条 总 则 are East Asian (１ is a full-width form U+FF11) → 5;
    # U+3000 is a space: 5 characters without it, 6 with it.
    assert figures(count_paragraph("第１条\u3000总则")) == (5, 5, 6, 1, 5, 0)


def test_half_width_comma_between_ideographs_is_a_non_chinese_word():
    # "甲,乙": 甲 乙 are 2 Chinese characters; the half-width "," stands alone between them and
    # Word counts it as a non-Chinese word → 字数 3, characters 3.
    assert figures(count_paragraph("甲,乙")) == (3, 3, 3, 1, 2, 1)


def test_chinese_quotes_and_ellipsis_count_as_chinese_punctuation():
    # “好”…… : “ 好 ” … … → 5 East Asian characters (the quotes and ellipses are set full
    # width in Chinese), no other word.
    assert figures(count_paragraph("“好”……")) == (5, 5, 5, 1, 5, 0)


def test_objects_and_line_breaks_are_neither_characters_nor_word_joiners():
    # "图\ufffc示" : 图 示 are 2 characters; the object counts for nothing.
    # "ab\u2028cd" : the manual line break splits "ab" and "cd" into 2 words, 4 characters.
    assert figures(count_paragraph("图\ufffc示")) == (2, 2, 2, 1, 2, 0)
    assert figures(count_paragraph("ab\u2028cd")) == (2, 4, 4, 1, 0, 2)
    # a paragraph holding only a picture has no character: not counted as a paragraph
    assert figures(count_paragraph("\ufffc")) == (0, 0, 0, 0, 0, 0)


def test_korean_runs_count_as_one_word_each():
    # "한국어 단어" : two runs of Hangul → 2 Korean words (in 中文字符和朝鲜语单词), 5 syllables
    # are 5 characters, 1 space.
    assert figures(count_paragraph("한국어 단어")) == (2, 5, 6, 1, 2, 0)


def test_astral_ideograph_is_one_character():
    # 𠀀 (U+20000, two UTF-16 units) is one CJK extension B character.
    assert figures(count_paragraph("𠀀字")) == (2, 2, 2, 1, 2, 0)


def test_document_counts_only_paragraphs_with_text():
    # three paragraphs, the middle one empty and one only spaces: 段落数 2.
    # "一、总体情况" 6 Chinese (一 、 总 体 情 况); "   " 3 spaces; "正文 text" 2 Chinese + 1 word
    # + 1 space. 字数 6 + 3 = 9; characters 6 + 2 + 4 = 12; with spaces 12 + 3 + 1 = 16.
    c = count_texts(["一、总体情况", "", "   ", "正文 text"])
    assert figures(c) == (9, 12, 16, 2, 8, 1)


def test_heading_marker_in_half_width_parentheses():
    # "(1)加强" : "(1)" is one run of non-Chinese characters → 1 word; 加 强 → 2.
    # "（1）加强": （ and ） are full-width (2 Chinese), "1" alone is a word, 加 强 → 4 + 1 = 5.
    assert figures(count_paragraph("(1)加强")) == (3, 5, 5, 1, 2, 1)
    assert figures(count_paragraph("（1）加强")) == (5, 5, 5, 1, 4, 1)
