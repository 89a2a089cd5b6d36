"""Tests for checker/extract/shortforms.py: which short-form notes point back at a full citation."""

from __future__ import annotations

import pytest

from checker.extract.shortforms import check_short_forms
from checker.model import Location, Note


def _unresolved(*texts: str) -> list[int]:
    notes = tuple(Note(k, text, Location("d", k)) for k, text in enumerate(texts, 1))
    return [f.location.line for f in check_short_forms(notes, "d")]


LEFEVRE = "Étienne LEFÈVRE, La Police des théâtres en province (1806-1864), Paris, Champion, 2003, p. 112."
BONNET = "Marie BONNET, «\u00a0Les castelets de la Croix-Rousse\u00a0», Revue d’histoire lyonnaise, 1998, p. 7."


@pytest.mark.parametrize(
    ("texts", "unresolved"),
    [
        pytest.param((LEFEVRE, "É. Lefèvre, op. cit., p. 140."), [], id="op_cit_with_initial"),
        pytest.param((LEFEVRE, "J. Chauvet, op. cit., p. 88."), [2], id="op_cit_of_a_work_never_cited"),
        pytest.param((LEFEVRE, "Cité par É. Lefèvre, op. cit., p. 97."), [], id="op_cit_inside_the_note"),
        pytest.param((BONNET, "M. Bonnet, «\u00a0Les castelets de la Croix-Rousse…\u00a0», art. cit., p. 19."), [],
                     id="art_cit_with_short_title"),
        pytest.param((BONNET, "M. Bonnet, Les Théâtres de quartier…, op. cit., p. 133."), [2],
                     id="op_cit_title_the_author_was_never_cited_with"),
        pytest.param((BONNET, "Id., Les Théâtres de quartier à Lyon, Lyon, PUL, 2006, p. 88.",
                      "Voir É. Lefèvre, op. cit., p. 201\u00a0; M. Bonnet, Les Théâtres de quartier…, op. cit., p. 133."),
                     [3], id="idem_names_the_author_above_but_lefevre_is_unknown"),
        pytest.param(("Marisa K. Oduya, The Footage Problem, 71 Stan. L. Rev. 1, 38 (2019).", "Id. at 45.",
                      "See Oduya, supra note 1, at 12–19."), [], id="supra_note_resolved"),
        pytest.param(("Marisa K. Oduya, The Footage Problem, 71 Stan. L. Rev. 1 (2019).",
                      "For the argument, see Jeffries, supra note 12, at 213–14; see Oduya, supra note 1, at 3."),
                     [2], id="supra_note_outside_the_document"),
        pytest.param(("Marisa K. Oduya, The Footage Problem, 71 Stan. L. Rev. 1 (2019).",
                      "Lionel Brandeis-Ward, Qualified Immunity, 98 Tex. L. Rev. 255 (2019).",
                      "See Brandeis-Ward, supra note 1, at 280."), [3], id="supra_note_naming_another_author"),
        pytest.param(("Cfr. Luisa ORTEGA LLAMAS, «Faros y puertos», Costa Norte, 9 (2001), pp. 3-9.",
                      "Íd., Los faros de Galicia, Vigo, Castro, 2010, p. 14.", "Ibíd., p. 20.",
                      "ORTEGA LLAMAS, Los faros…, op. cit., p. 31."), [], id="spanish_idem_names_the_author_above"),
        pytest.param(("Ibíd., p. 4.",), [1], id="spanish_ibid_opening_the_notes"),
        pytest.param(("Katarzyna Kozłowska, Partycypacja w rewitalizacji (Warszawa: Scholar, 2015), 12.",
                      "K. Kozłowska, Partycypacja w rewitalizacji..., s. 19."), [], id="initials_find_the_full_name"),
    ],
)
def test_short_forms(texts, unresolved):
    assert _unresolved(*texts) == unresolved


def test_the_finding_names_the_form_that_does_not_resolve():
    notes = (Note(11, "J. Chauvet, op. cit., p. 88.", Location("d", 70)),)
    (finding,) = check_short_forms(notes, "d")
    assert (finding.rule, finding.message) == (
        "cite.short-form-unresolved", "Short-form note 11 has no earlier full citation: J. Chauvet, op. cit")


@pytest.mark.parametrize(
    ("texts", "unresolved"),
    [
        pytest.param(("Соколов Б.Н. Городские думы и выборы. СПб.: Наука, 2011. С. 40.", "Там же. С. 44."), [],
                     id="tam_zhe_after_a_full_citation"),
        pytest.param(("Там же. С. 7.",), [1], id="tam_zhe_opening_the_notes"),
        pytest.param(("Соколов Б.Н. Городские думы и выборы. СПб.: Наука, 2011. С. 40.", "Соколов Б.Н. Указ. соч. С. 52."),
                     [], id="ukaz_soch_resolved"),
        pytest.param(("Соколов Б.Н. Городские думы и выборы. СПб.: Наука, 2011. С. 40.", "Ершова Т.П. Указ. соч. С. 9."),
                     [2], id="ukaz_soch_of_an_author_never_cited"),
        pytest.param(("Гусев А.А., Орлова Н.В. Сельские советы // Вопросы истории. 2016. № 2. С. 5–19.",
                      "См.: Гусев А.А., Орлова Н.В. Указ. соч. С. 11."), [], id="ukaz_soch_of_two_authors_after_a_prefix"),
    ],
)
def test_russian_short_forms(texts, unresolved):
    assert _unresolved(*texts) == unresolved
