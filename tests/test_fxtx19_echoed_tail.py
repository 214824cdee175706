"""TX110: a sentence that ends on a phrase of four words or more it said a
little earlier, not back to back ("…quy định về khai thác hải sản bất hợp
pháp quy định về khai thác."): a machine translation stuck on a phrase.
Parallel clauses (a comma or a conjunction between the copies), names said
twice and quotations stay clean.  Text written for these tests, in both
layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

CONTEXT = {
    "vi": ("Ngư dân được nhắc tuân thủ quy định", "Mùa cá năm nay bắt đầu sớm hơn mọi năm ở các tỉnh ven biển.", "Cơ quan chức năng sẽ tăng cường tuần tra trên biển."),
    "en": ("Fishing crews warned over new rules", "The fishing season opened early this year along the northern coast.", "Patrols at sea will be stepped up over the summer."),
    "es": ("Avisan a los pescadores sobre las nuevas normas", "La temporada de pesca empezó antes este año en la costa norte.", "Las patrullas en el mar se reforzarán durante el verano."),
    "id": ("Nelayan diingatkan soal aturan baru", "Musim penangkapan ikan tahun ini dimulai lebih awal di pesisir utara.", "Patroli di laut akan ditingkatkan selama musim panas."),
}


def tx110(language: str, sentence: str) -> list[list[str]]:
    headline, before, after = CONTEXT[language]
    out = []
    for text in in_both_layouts(headline, before, sentence, after):
        lines = text.split("\n")
        out.append([lines[d.line - 1][d.col - 1 : d.end_col - 1].strip() for d in Linter(select=["TX110"]).lint_text(text)])
    return out


@pytest.mark.parametrize(
    "language, sentence, echo",
    [
        ("vi", "Cơ quan chức năng yêu cầu ngư dân chấp hành nghiêm quy định đánh bắt trong vùng cấm quy định đánh bắt trong vùng.", "quy định đánh bắt trong vùng"),
        ("en", "Crews were told to respect the limits on catching cod in protected waters near the shore the limits on catching cod.", "the limits on catching cod"),
        ("es", "Se pidió a los pescadores respetar los límites de captura de merluza en aguas protegidas los límites de captura de merluza.", "los límites de captura de merluza"),
        ("id", "Nelayan diminta mematuhi batas tangkapan ikan tuna di perairan yang dilindungi batas tangkapan ikan tuna.", "batas tangkapan ikan tuna"),
    ],
)
def test_a_phrase_said_again_at_the_sentence_end_is_found(language, sentence, echo):
    assert tx110(language, sentence) == [[echo], [echo]]


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "The ministry would not comment on the quota, and the union would not comment on the quota."),
        ("en", "Crews who respect the limits on catching cod earn more than crews who ignore the limits on catching cod."),
        ("en", "The captain met the head of the Port of Aberdeen and later the manager of the Port of Aberdeen."),
        ("en", 'One skipper said the rule was simple: "catch less this year, catch more next year, catch less this year."'),
        ("es", "El ministerio no quiso comentar la cuota, y el sindicato tampoco quiso comentar la cuota."),
        ("vi", "Ngư dân tuân thủ quy định về khai thác, còn doanh nghiệp cũng phải tuân thủ quy định về khai thác."),
        ("en", "The limits on catching cod were lowered, as the limits on catching cod had been lowered a year earlier."),
    ],
)
def test_parallel_clauses_names_and_quotations_stay_clean(language, sentence):
    assert tx110(language, sentence) == [[], []]
