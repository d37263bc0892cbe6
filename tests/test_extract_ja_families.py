"""Japanese verb families, day words and counts, each in several forms a writer uses.

The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

PUBLISHED = date(2024, 6, 20)

claims_of = reader(PUBLISHED)


# --- a flight out of China and its landing are a resettlement ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "脱北者の一家4人は今月3日、北京の空港を飛び立った。",
        "脱北者4人は3日夕、経由地のバンコクから飛び立ちました。",
        "脱北者4人は3日、上海で乗り継いで韓国へ向かった。",
        "脱北者4人は3日朝、仁川国際空港に降り立った。",
        "脱北者の男女4人が3日、ソウルの金浦空港に降り立ちました。",
    ],
)
def test_flying_out_and_landing(text: str) -> None:
    assert figures(claims_of(text)) == [("resettlement", 4, "2024-06-03")]


# --- "翌15日": the day after the one told, by its day of the month ----------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "2002年3月14日、脱北者25人が北京のスペイン大使館に駆け込んだ。"
            "中国政府は翌15日、一行のフィリピンへの出国を認めた。",
            "2002-03-15",
        ),
        (
            "2011年8月30日、脱北者9人が瀋陽の韓国総領事館に逃げ込んだ。"
            "9人は翌31日の夜に中国を出国した。",
            "2011-08-31",
        ),
        (
            "脱北者6人は2019年4月2日、大連で拘束された。6人は翌3日に北朝鮮へ送還された。",
            "2019-04-03",
        ),
    ],
)
def test_the_next_day_named_by_its_date(text: str, day: str) -> None:
    assert figures(claims_of(text))[-1][2] == day


# --- a speaker's date is the day they spoke only when they speak -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "韓国の李議員は14日、ソウルの中国大使館前で脱北者の送還中止を求めてハンストに入った。",
        "国会議員は14日、中国大使館の前で脱北者の強制送還に抗議する座り込みを始めた。",
        "団体の代表は14日、中国大使館前で脱北者の送還に抗議する集会を開きました。",
    ],
)
def test_what_a_speaker_did_on_the_day(text: str) -> None:
    assert figures(claims_of(text)) == [("protest", None, "2024-06-14")]


@pytest.mark.parametrize(
    "text",
    [
        "団体の代表は14日、脱北者30人が今月5日に北朝鮮へ送還されたと明らかにした。",
        "同団体の代表は14日、脱北者30人が今月5日に北朝鮮へ送り返されたと話した。",
        "人権団体の代表は14日の会見で、脱北者30人が今月5日に送還されたと述べた。",
    ],
)
def test_what_a_speaker_told_on_the_day(text: str) -> None:
    assert figures(claims_of(text)) == [("forced_repatriation", 30, "2024-06-05")]


# --- a statement made "yesterday" in some clock's time dates the state it reports --------------


@pytest.mark.parametrize(
    "text",
    [
        "国連の専門家が日本時間のきのう夜、声明を出し、今も脱北者数百人が中国で拘束されていると指摘した。",
        "国連の専門家は現地時間のきのう、声明を出し、なお北朝鮮の人々数百人が中国で拘束されていると警告した。",
        "国連の報告者が日本時間の昨日午後、声明を発表し、今も数百人の脱北者が中国で拘束されていると述べた。",
    ],
)
def test_a_statement_in_local_time_dates_the_state(text: str) -> None:
    assert figures(claims_of(text)) == [("detention", None, "2024-06-19")]


# --- a mission entered with words between, or protection inside it, is an asylum bid ------------


@pytest.mark.parametrize(
    "text",
    [
        "同じ日、瀋陽の米国総領事館にも北朝鮮の男性2人が塀を越えて入り、保護された。",
        "3日には北京のカナダ大使館に脱北者2人がはしごを使って入り込んだ。",
        "脱北者2人は3日、北京の韓国大使館の敷地内でそのまま保護された。",
    ],
)
def test_entering_a_mission_and_protection_inside_it(text: str) -> None:
    assert [kind for kind, _, _ in figures(claims_of(text))] == ["asylum_seeking"]


# --- people taken out of where they were held, or sent from a border town -----------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("脱北者の送還で、図們の施設から先月26日に五、六十人が連れ出された。", (50, 60)),
        ("脱北者の送還で、先月26日に琿春の収容所から30人ほどが運び出された。", (30, 30)),
        ("脱北者の送還で、先月26日には丹東からも何人かが送られたようだ。", (3, 9)),
        ("脱北者の送還で、先月26日に長白から幾人かが北朝鮮側へ引き渡された。", (3, 9)),
    ],
)
def test_taken_out_of_a_facility_or_sent_from_a_border_town(
    text: str, count: tuple[int, int]
) -> None:
    (claim,) = claims_of(text)
    assert claim.type == "forced_repatriation"
    assert claim.date is not None and claim.date.start.isoformat() == "2024-05-26"
    assert claim.count is not None
    low = claim.count.min if claim.count.min is not None else claim.count.value
    high = claim.count.max if claim.count.max is not None else claim.count.value
    assert (low, high) == count


# --- "…を認めた" after a date is the act allowed, not the day it was admitted -----------------


@pytest.mark.parametrize(
    "text",
    [
        "中国政府は16日、脱北者8人の韓国への出国を認めた。",
        "中国当局は16日、脱北者8人の第三国への出国を許可した。",
        "中国は16日、脱北者8人が第三国経由で出国することを認めた。",
    ],
)
def test_allowing_departure_on_a_day(text: str) -> None:
    assert figures(claims_of(text)) == [("resettlement", 8, "2024-06-16")]


def test_admitting_what_happened_is_the_day_it_was_told() -> None:
    text = "中国当局は16日、脱北者8人を先月北朝鮮へ送還したことを認めた。"
    assert figures(claims_of(text)) == [("forced_repatriation", 8, "2024-05-01")]


# --- what awaits those sent back is a general fate, not an incident ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "北へ戻された人々を待ち受けるのは、過酷な取り調べや収容所送りだ。",
        "送還された脱北者を待ち受けているのは、拷問と長期の収監である。",
        "強制送還された人たちが待ち受ける運命は、教化所への収容です。",
    ],
)
def test_the_fate_that_awaits_is_no_incident(text: str) -> None:
    assert claims_of(text) == []


# --- taken away by the police is an arrest --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "脱北者3人は14日、瀋陽で中国の公安に連れ去られた。",
        "脱北者の女性3人が14日、丹東の市場で警察官に連れ去られました。",
        "14日には延吉で、脱北者3人が武装警察に連れ去られたという。",
    ],
)
def test_taken_away_by_the_police(text: str) -> None:
    assert figures(claims_of(text)) == [("arrest", 3, "2024-06-14")]


# --- "…にのぼるとされる": how many there are, a stock figure ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "国連によれば、中国で拘束されている北朝鮮出身者は2000人ほどにのぼるとされています。",
        "中国で拘束されている脱北者は約2000人にのぼるとみられる。",
        "中国で収容されている脱北者は2000人に上るとされる。",
    ],
)
def test_a_figure_said_to_run_to_so_many_is_a_stock(text: str) -> None:
    assert [kind for kind, _, _ in figures(claims_of(text))] == ["population_estimate"]


# --- "3月に入ると、": the month the main clause happens in --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "3月に入ると、拘束された脱北者31人は全員北朝鮮に引き渡された。",
        "3月になると、拘束されていた脱北者31人が北朝鮮へ送還された。",
        "3月に入って、捕まった脱北者31人は全員北朝鮮に送り返されたと報じられた。",
    ],
)
def test_the_month_entered_dates_the_main_clause(text: str) -> None:
    assert figures(claims_of(text)) == [("forced_repatriation", 31, "2024-03-01")]


# --- a remark on an incident told elsewhere is no claim of its own ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "たった5日で脱北者を送り返すのは早すぎると思います。",
        "亡命の意思を示した北朝鮮住民を送還したのは初めてのケースだ。",
        "脱北者が北京の大使館に駆け込んだのは何年でしたっけ？",
    ],
)
def test_a_remark_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


# --- "7月の毎週木曜日": every such weekday of the month ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "脱北者を支援する団体は、7月の毎週木曜日、ワシントンで強制送還に抗議する集会を開くと発表した。",
        "脱北者の支援団体が7月中の毎週木曜、中国大使館前で抗議集会を開く予定だ。",
        "団体は2024年7月の毎週木曜日に、脱北者の送還に抗議するデモを行う計画だ。",
    ],
)
def test_every_weekday_of_a_month(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.type == "protest" and claim.modality == "planned"
    assert claim.date is not None
    assert (claim.date.start.isoformat(), claim.date.end.isoformat()) == (
        "2024-07-04",
        "2024-07-25",
    )


# --- an incident named as the point a time counts from is not told anew -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "脱北者の一家4人、ソウル到着　連行から2週間",
        "北朝鮮の高官は、脱北者の送還の2週間ほど前の13日に北京を訪れていた。",
        "脱北者31人の強制送還から11年、議員が証言",
    ],
)
def test_a_time_counted_from_an_incident(text: str) -> None:
    assert [kind for kind, _, _ in figures(claims_of(text))] in ([], ["resettlement"])


# --- keeping people restrained is no arrest -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "板門店を使ったのは、脱北者2人を拘束したまま引き渡すためだ。",
        "当局は脱北者2人を拘束したまま国境まで運んだという。",
        "警察は脱北者2人を拘束したまま取り調べを続けた。",
    ],
)
def test_held_restrained_is_no_arrest(text: str) -> None:
    assert "arrest" not in [kind for kind, _, _ in figures(claims_of(text))]


# --- a sentence that drops the subject the sentences before named -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "北朝鮮の漁民3人が先月末、漁船で韓国側に逃れ、保護を求めた。\n"
            "・今月4日、江原道の沖合で韓国海洋警察に拿捕された",
            [("asylum_seeking", 3, "2024-05-21"), ("arrest", 3, "2024-06-04")],
        ),
        (
            "脱北者の家族4人は3日、瀋陽の韓国総領事館に駆け込んだ。"
            "18日に中国からの出国を認められ、ソウルに到着した。",
            [("asylum_seeking", 4, "2024-06-03"), ("resettlement", 4, "2024-06-18")],
        ),
        (
            "脱北者の女性2人が今月10日、延吉の教会に身を寄せ、保護を求めた。"
            "翌11日、延吉の公安当局に連行された。",
            [("asylum_seeking", 2, "2024-06-10"), ("arrest", 2, "2024-06-11")],
        ),
    ],
)
def test_a_dropped_subject_is_the_people_told_before(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a detail with a subject of its own
        (
            "脱北者の一家5人が大連で保護を求めた。到着時の大連の気温は十二度だった。",
            [("asylum_seeking", 5, None)],
        ),
        # how the route goes, not what happened
        (
            "脱北者の男性2人が3日、北京で保護を求めた。"
            "列車を乗り継いで中国を縦断し、タイにたどり着く。",
            [("asylum_seeking", 2, "2024-06-03")],
        ),
        # what the incident came to mean
        (
            "脱北者の男性2人が3日、北京で保護を求めた。"
            "大規模な駆け込みとして注目され、議論を呼んだ。",
            [("asylum_seeking", 2, "2024-06-03")],
        ),
    ],
)
def test_no_dropped_subject_without_a_past_act(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert figures(claims_of(text)) == expected


# --- a stand against a return, a question and a "whether" tell no incident ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "政府としては、脱北者3人が北朝鮮に送還されることは到底容認できない。",
        "脱北者の一家4人が送り返されることだけは認められないと外相は述べた。",
        "北朝鮮に戻されることは受け入れがたいと、脱北者2人は訴えた。",
    ],
)
def test_a_stand_against_a_return(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "延吉で脱北者10人が捕まったのはいつでしたっけ？",
        "丹東で何人の脱北者が送還されたのか？",
        "今月の送還に、拘束されていた脱北者8人が含まれるかどうかは分かっていない。",
        "先週送還された人々に脱北者の女性3人が入っていたかどうか、確認されていない。",
        "○田中委員　先週、延吉で脱北者が公安に連行された件についてお尋ねします。",
        "脱北者が丹東で拘束された事案に関して伺います。",
        "来月、大学の講座で脱北者の強制送還について講演する予定です。",
    ],
)
def test_questions_and_whether_clauses_tell_nothing(text: str) -> None:
    assert claims_of(text) == []


# --- a plan to leave is no departure -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("韓国への出国を準備していた脱北者6人が、瀋陽で公安に拘束された。", ("arrest", 6)),
        ("タイへの渡航を計画していた北朝鮮の女性4人が、昆明で警察に連行された。", ("arrest", 4)),
        ("ラオスへ出国しようとしていた脱北者9人が国境で捕まった。", ("arrest", 9)),
    ],
)
def test_a_plan_to_leave_is_no_departure(text: str, expected: tuple[str, int]) -> None:
    found = claims_of(text)
    assert [(c.type, c.count.value if c.count else None, c.modality) for c in found] == [
        (*expected, "asserted")
    ]


# --- refugees of any country are the page's people only on a page about the North ---------------


@pytest.mark.parametrize(
    "text",
    [
        "法務省によると、昨年日本で難民と認定された外国人は250人だった。",
        "難民申請中の外国人の送還を停止する規定が見直される。",
        "昨年、難民認定の申請者は1万2000人で、前年より増えた。",
    ],
)
def test_refugees_in_general_are_not_north_koreans(text: str) -> None:
    assert claims_of(text) == []


def test_a_way_out_to_the_south_is_about_the_north() -> None:
    text = (
        "昨年8月、北京のUNHCR事務所に一家6人が駆け込んだ。"
        "一家はその後、マニラを経由して韓国に渡った。"
    )
    assert figures(claims_of(text)) == [
        ("asylum_seeking", 6, "2023-08-01"),
        ("resettlement", 6, "2023-08-01"),
    ]


# --- a figure in a quoted statement counts no one an incident word outside it tells --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("「国境で最大300人」と脱北者団体が発表、週末にソウルでデモ", [("protest", None, None)]),
        (
            "「丹東から脱北者500人以上が連れ去られた」　市民団体がきょうソウルで集会",
            [("protest", None, "2024-06-20")],
        ),
        (
            "「脱北者200人が消えた」と訴え、支援団体が22日に東京で集会を開いた。",
            [("protest", None, "2024-05-22")],
        ),
        # the quoted name of the people, or the figure alone, is still theirs
        ("「脱北者25人」マニラ到着", [("resettlement", 25, None)]),
    ],
)
def test_a_quoted_statement_keeps_its_figure(
    text: str, expected: list[tuple[str, int | None, str | None]]
) -> None:
    assert figures(claims_of(text)) == expected


# --- a breakdown in brackets after a figure gives parts of its group ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "雲南省昆明で、東南アジアへ向かう北朝鮮の人々12人（女性9人と子ども3人）が中国の警察に"
            "拘束された。韓国政府は、強制送還が確認された場合には必要な措置をとるとの立場を示した。",
            [("arrest", 12, None), ("forced_repatriation", 12, "2024-06-20")],
        ),
        ("脱北者8人（うち女性5人）が6日、瀋陽の公安に連行された。", [("arrest", 8, "2024-06-06")]),
        ("丹東で脱北者20人(男性11人、女性9人)が送還された。", [("forced_repatriation", 20, None)]),
    ],
)
def test_a_bracketed_breakdown_is_parts(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert figures(claims_of(text)) == expected


# --- a protest named whole, and one announced ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ソウルでは今月12日、脱北者団体が緊急の抗議集会を開き、13日には同じ場所で市民団体が"
            "送還に抗議する記者会見を開いた。",
            [("protest", None, "2024-06-12"), ("protest", None, "2024-06-13")],
        ),
        (
            "ソウルでは今月12日、脱北者団体が抗議集会を開き、14日には釜山で抗議デモを行った。",
            [("protest", None, "2024-06-12"), ("protest", None, "2024-06-14")],
        ),
        (
            "脱北者団体は、あす21日に東京の中国大使館前で記者会見を予定している。",
            [("protest", None, "2024-06-21")],
        ),
    ],
)
def test_protests_named_whole_and_announced(
    text: str, expected: list[tuple[str, None, str]]
) -> None:
    assert figures(claims_of(text)) == expected


# --- what an act is done for, and what did not happen, tell no incident -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "板門店を使ったのは、脱北者2人を確実に北側へ引き渡すためだとみられる。",
        "当局は脱北者3人を送還するため、国境の町へ移した。",
        "政府は脱北者5人を北朝鮮に戻さないと決めた。",
        "北朝鮮は「脱北者2人は入国していない」と主張している。",
    ],
)
def test_purposes_and_acts_not_done(text: str) -> None:
    assert claims_of(text) == []


# --- a group told after a stock figure is not the stock ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "支援団体は、中国に潜む脱北者を5万〜10万人とみている。"
            "一行が仁川空港に着いたのは20日のことだった。",
            [("resettlement", None, "2024-06-20")],
        ),
        (
            "脱北者8人が3日、北京のフランス大使館に駆け込んだ。"
            "支援団体は、中国に隠れ住む脱北者を20万人と推計している。一行は10日、ソウルに到着した。",
            [
                ("asylum_seeking", 8, "2024-06-03"),
                ("population_estimate", 200000, "2024-06-20"),
                ("resettlement", 8, "2024-06-10"),
            ],
        ),
        (
            "中国東北部に身を隠している北朝鮮住民は15万人にのぼるとされる。"
            "彼らは今月、公安に相次いで捕まった。",
            [("population_estimate", 150000, "2024-06-20"), ("arrest", None, "2024-06-01")],
        ),
    ],
)
def test_a_group_is_not_the_stock_before_it(
    text: str, expected: list[tuple[str, int | None, str]]
) -> None:
    assert figures(claims_of(text)) == expected


# --- a relative clause that goes on past its incident word to the verb before the people ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "大使館に逃げ込んで保護を求めていた脱北者3人が、20日、ソウルに到着した。",
            [("resettlement", 3, "2024-06-20")],
        ),
        (
            "亡命を申請していた北朝鮮の一家4人が、10日午後に仁川国際空港に降り立った。",
            [("resettlement", 4, "2024-06-10")],
        ),
        (
            "先月5日に総領事館へ駆け込み、韓国行きを希望していた北朝鮮の男性2人が、"
            "きのう第三国へ出国した。",
            [("resettlement", 2, "2024-06-19"), ("asylum_seeking", 2, "2024-05-05")],
        ),
        (
            "総領事館に駆け込もうとして武装警察に連れ出された脱北者5人が、12日、韓国に入った。",
            [("resettlement", 5, "2024-06-12")],
        ),
    ],
)
def test_a_relative_clause_runs_to_the_verb_before_its_people(
    text: str, expected: list[tuple[str, int | None, str]]
) -> None:
    assert figures(claims_of(text)) == expected


# --- taken away by the police, and held in their hands ------------------------------------------

GROUP = "北朝鮮住民5人が8日、瀋陽の日本総領事館に駆け込もうとした。"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("その後、公安の係官が5人全員をその場から連れて行った。", "arrest"),
        ("武装警察官が5人を館外へ連れ出した。", "arrest"),
        ("5人は駆け付けた警察に車で連れて行かれた。", "arrest"),
        ("5人は現在、中国の公安機関の管理下にある。", "detention"),
    ],
)
def test_led_off_or_held_by_the_police(text: str, kind: str) -> None:
    assert figures(claims_of(GROUP + text))[-1][:2] == (kind, 5)


# --- the members of a group told one kind at a time are that group -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "5人は男性2人、女性2人と幼い女の子で、男性2人は館内に入った武装警察官に連れ出された。",
        "武装警察官が女性2人と幼い女の子を門の外へ引きずり出し、男性2人も連れ出した。",
        "武装警察官は女性2人と女児を門の前から引き戻し、男性2人を追って連れ出したうえ、5人全員を連行した。",
    ],
)
def test_members_told_one_kind_at_a_time_are_their_group(text: str) -> None:
    arrests = [f for f in figures(claims_of(GROUP + text)) if f[0] == "arrest"]
    assert arrests == [("arrest", 5, "2024-06-08")]


def test_members_are_not_a_much_larger_group_told_before() -> None:
    text = "脱北者600人が9日、北朝鮮へ送還された。女性3人が10日、延吉で拘束された。"
    assert figures(claims_of(text))[-1] == ("arrest", 3, "2024-06-10")


# --- a state a statement reports is as of the day the statement was made -------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "国連人権高等弁務官事務所（OHCHR）は17日、専門家らの共同声明を公表した。"
            "声明は送還の停止を求めた。声明によると、中国は数百人の脱北者を送還した。"
            "専門家らは、今も数百人が中国で拘束されたままだと警告した。",
            "detention",
        ),
        (
            "北朝鮮人権団体は17日、報告書を発表した。"
            "報告書によると、脱北者約2000人がなお中国で拘束されているという。",
            "detention",
        ),
        (
            "米国の人権団体ヒューマン・ライツ・ウォッチは17日、声明を出した。"
            "声明では、中国の施設に拘束されている脱北者が数百人にのぼるとしている。",
            "detention",
        ),
    ],
)
def test_a_state_is_as_of_the_statement_that_tells_it(text: str, kind: str) -> None:
    assert figures(claims_of(text))[-1][0::2] == (kind, "2024-06-17")


# --- "同月7日", "同年9月18日": a day of the month or year told in an earlier sentence ----------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "北朝鮮の漁民2人は2019年11月2日、韓国海軍に拿捕された。"
            "韓国政府は5日後の同月7日、2人を北朝鮮へ追放した。",
            "2019-11-07",
        ),
        (
            "脱北者9人が2011年8月30日、瀋陽の総領事館に逃げ込んだ。9人は同じ月の31日に出国した。",
            "2011-08-31",
        ),
        (
            "2023年10月9日、脱北者500人以上が北朝鮮へ送還された。"
            "中国は同年9月18日にも40人を送り返していた。",
            "2023-09-18",
        ),
    ],
)
def test_a_day_of_the_month_told_before(text: str, day: str) -> None:
    assert figures(claims_of(text))[-1][2] == day


# --- "2人が同僚の乗組員16人を殺害": crewmates after a closed figure are another figure's people ----


@pytest.mark.parametrize(
    "text",
    [
        "韓国政府は、2人が漁船内で同僚の乗組員16人を殺害したとして、7日に北朝鮮へ追放した。",
        "政府は7日、船上で同僚16人を殺害したとされる北朝鮮の漁民2人を北朝鮮へ追放した。",
        "2人は同僚の船員16人を殺害したと自供し、7日に北朝鮮へ追放された。",
    ],
)
def test_crewmates_of_another_figure(text: str) -> None:
    assert figures(claims_of(text)) == [("forced_repatriation", 2, "2024-06-07")]


# --- the intent to stay in the South, declared, is an asylum bid --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2人は拿捕後の調べで韓国にとどまりたいとの意思を書面で示していたとされる。",
        "2人は取り調べで韓国に残りたいとはっきり伝えていたと報じられている。",
        "統一省によると、2人は合同調査の際、自筆で帰順の意思を示す書類を提出していた。",
        "2人は韓国で暮らしたいと繰り返し訴えていたという。",
    ],
)
def test_the_intent_to_stay_in_the_south(text: str) -> None:
    first = "北朝鮮の漁民2人が2019年11月2日、韓国海軍に拿捕された。"
    assert figures(claims_of(first + text))[-1][:2] == ("asylum_seeking", 2)


# --- "令和5年（2023年）10月9日": an era year with the Western one in brackets ------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("令和5年（2023年）10月9日の夜、脱北者600人が北朝鮮へ送還された。", "2023-10-09"),
        ("平成14年（2002年）5月8日、北朝鮮住民5人が瀋陽の日本総領事館に駆け込んだ。", "2002-05-08"),
        ("令和5年（2023）10月9日夜、脱北者600人が送還された。", "2023-10-09"),
    ],
)
def test_an_era_year_with_its_western_year(text: str, day: str) -> None:
    assert figures(claims_of(text))[0][2] == day


# --- "移送は…行われた": the next sentence tells where or when the act just told took place ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "消息筋は、長白を経由して恵山へ移された脱北者が200人を上回ると伝えた。"
            "移送は今月８日から９日にかけて行われたという。",
            ("2024-06-08", {"Changbai", "Hyesan"}),
        ),
        (
            "団体によると、中国当局は今月9日の夜、脱北者600人余りを北朝鮮へ送り返した。"
            "移送は琿春、図們、丹東の国境検問所を通じて一斉に行われた。",
            ("2024-06-09", {"Hunchun", "Tumen", "Dandong"}),
        ),
        (
            "中国当局は今月3日、脱北者60人を北朝鮮に送還した。引き渡しは図們の国境検問所で実施されたという。",
            ("2024-06-03", {"Tumen"}),
        ),
    ],
)
def test_the_next_sentence_places_or_dates_the_act(
    text: str, expected: tuple[str, set[str]]
) -> None:
    counted = [c for c in claims_of(text) if c.count is not None]
    assert len(counted) == 1
    day, places = expected
    assert counted[0].date is not None and counted[0].date.start.isoformat() == day
    assert places <= {p.name for p in counted[0].places}
