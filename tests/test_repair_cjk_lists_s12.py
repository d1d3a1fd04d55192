"""GB/T 7714 lists with full-width commas: every name before the full stop is an author (nm, session 12)."""

from __future__ import annotations

from refnorm import parse


def one(text: str, lang: str | None = None) -> dict:
    refs = parse(text, lang=lang)
    assert len(refs) == 1
    return refs[0].to_csl()


def test_a_gbt_list_of_three_names_or_bodies_with_full_width_commas():
    ref = one("周强，吴娜，郑建国．高校图书馆数字资源利用研究［Ｊ］．图书情报工作，2018，62（3）：45－52．", lang="zh")
    assert ref["author"] == [{"family": "周", "given": "强"}, {"family": "吴", "given": "娜"},
                             {"family": "郑", "given": "建国"}]
    assert ref["title"] == "高校图书馆数字资源利用研究"
    ref = one("国家林业和草原局，国家发展和改革委员会，中国气象科学研究院．全国湿地保护规划［Ｒ］．北京，2022．", lang="zh")
    assert [n.get("literal") for n in ref["author"]] == ["国家林业和草原局", "国家发展和改革委员会", "中国气象科学研究院"]
    # a person and a body are not one list
    ref = one("周强，中国气象科学研究院．全国湿地保护规划［Ｒ］．北京，2022．", lang="zh")
    assert ref["author"] == [{"family": "周", "given": "强"}]
