"""The French text output and badges: every message has its French template, the
report's words and the definition's titles come out in French, and nothing that
tools read (JSON, SARIF, lines, the English text) changes."""

from __future__ import annotations

import ast
import json
import os
import pickle
import string
import subprocess
import sys
from pathlib import Path

import pytest

from openness.i18n import resolve_language
from openness.i18n.licences import did_you_mean
from openness.i18n.messages import Message, localize, msg
from openness.i18n.templates import TEMPLATES
from openness.licensing.suggest import did_you_mean as english_did_you_mean
from openness.validate import validate_paths

from declarations import edited, write
from declarations import open_source_ai_open_data as top_declaration

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "openness"
EXAMPLES = sorted(str(p) for p in (ROOT / "examples").glob("*/openness.json"))
HOSTILE = sorted(str(p) for p in (ROOT / "tests" / "hostile" / "corpus").glob("*.json"))
# message ids made at run time from a prefix (f"count.{noun}", f"schema-fix.{rule}"...)
DYNAMIC_PREFIXES = ("count.", "text.severity.", "schema-fix.", "json.")


def run(*args, env=None):
    full_env = {**os.environ, **(env or {})}
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env is not None and name not in env:
            full_env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "openness", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


# --- the templates ------------------------------------------------------------------------


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("message_id", sorted(TEMPLATES))
def test_every_template_has_a_french_version_with_the_same_fields(message_id):
    template = TEMPLATES[message_id]
    assert template.fr.strip(), f"{message_id} has no French"
    if message_id.startswith("schema-fix."):  # annotated in the schema: French from params
        assert _fields(template.fr) <= {"title", "version", "ids"}
    else:
        assert _fields(template.fr) == _fields(template.en), message_id


def _ids_in_source() -> tuple[set[str], set[str]]:
    """The message ids the source passes to msg()/verbatim()/say() literally, and the
    string constants that look like ids (used through a table)."""
    called: set[str] = set()
    constants: set[str] = set()
    for path in SRC.rglob("*.py"):
        if path.parent.name == "i18n" and path.name == "templates.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("msg", "say")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                called.add(node.args[0].value)
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "verbatim"
                and len(node.args) > 1
                and isinstance(node.args[1], ast.Constant)
            ):
                called.add(node.args[1].value)
    return called, constants


def test_every_message_id_the_code_uses_has_a_template():
    called, _ = _ids_in_source()
    assert called, "the scan found no msg() calls"
    assert called <= set(TEMPLATES), sorted(called - set(TEMPLATES))


def test_every_template_is_used():
    called, constants = _ids_in_source()
    unused = [
        message_id
        for message_id in TEMPLATES
        if message_id not in called
        and message_id not in constants
        and not message_id.startswith(DYNAMIC_PREFIXES)
    ]
    assert not unused, unused


def test_a_message_is_its_english_text_and_survives_pickling():
    message = msg("gap.not-released", title="Training code")
    assert message == "Training code: not released."
    assert json.dumps(message) == '"Training code: not released."'
    again = pickle.loads(pickle.dumps(message))
    assert isinstance(again, Message) and again.id == message.id
    assert localize(again, "fr") == "Code d'entraînement : pas de publication."


@pytest.mark.parametrize(
    "suggestions",
    [("Apache-2.0",), ("MIT", "Apache-2.0"), ("MIT AND Apache-2.0", "MIT OR Apache-2.0")],
)
def test_did_you_mean_says_what_the_licence_policy_says(suggestions):
    assert did_you_mean(suggestions) == english_did_you_mean(suggestions)
    assert localize(did_you_mean(suggestions), "fr").startswith("vouliez-vous dire ")


def test_language_comes_from_the_option_then_the_locale():
    assert resolve_language("en", {"LANG": "fr_FR.UTF-8"}) == "en"
    assert resolve_language(None, {"LANG": "fr_FR.UTF-8"}) == "fr"
    assert resolve_language(None, {"LC_MESSAGES": "fr_CA", "LANG": "en_US"}) == "fr"
    assert resolve_language(None, {"LC_ALL": "C.UTF-8", "LANG": "fr_FR"}) == "en"
    assert resolve_language(None, {}) == "en"


# --- the reports: every message can be said in French -------------------------------------


def _messages(report):
    for file in report.files:
        for finding in file.findings:
            yield finding.rule, finding.message
            if finding.fix:
                yield finding.rule, finding.fix
        gaps = [gap for check in file.levels for gap in check.missing]
        gaps += list(file.osaid.failures) if file.osaid else []
        for gap in gaps:
            yield gap.requirement, gap.message
            yield gap.requirement, gap.fix
        if file.osaid and file.osaid.note:
            yield "osaid", file.osaid.note


def test_every_message_of_the_examples_and_hostile_files_has_a_french_form():
    report = validate_paths([*EXAMPLES, *HOSTILE], jobs=1)
    english_only = set()
    count = 0
    for rule, text in _messages(report):
        count += 1
        if not isinstance(text, Message):
            english_only.add(rule)
            continue
        french = localize(text, "fr")  # formats without error
        if TEMPLATES[text.id].fr != TEMPLATES[text.id].en:
            assert french != str(text), text
    assert count > 300
    # what the loader says of a file it cannot read stays English (openness.loader)
    assert english_only <= {"invalid-json", "duplicate-key", "encoding", "empty-file", "too-deep"}


# --- the command -------------------------------------------------------------------------


def test_validate_in_french(tmp_path):
    result = run("validate", "--lang", "fr", str(ROOT / "examples" / "pythia-6.9b"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "  niveau : IA open source\n" in out
    assert "G7 : IA open source   OSAID 1.0 : conforme   MOF 1.0 : Modèle ouvert (III 100" in out
    assert "  pour atteindre IA open source avec données ouvertes :" in out
    assert "Jeux de données d'entraînement : tout n'est pas disponible de façon ouverte" in out
    assert "      correction : publiez chaque jeu de données d'entraînement" in out
    assert out.endswith("bilan : 1 fichier, 1 valide, 0 erreur, 0 avertissement\n")


def test_washing_and_licence_reasons_in_french(tmp_path):
    declaration = top_declaration()
    declaration["claims"] = {"open_source": True}
    parameters = {**declaration["components"]["model-parameters"], "license": "CC-BY-NC-4.0"}
    path = write(tmp_path, edited(declaration, model_parameters=parameters))
    out = run("validate", "--lang", "fr", "-v", str(path)).stdout
    assert "  niveau : IA à poids disponibles" in out
    assert "présenté comme open source, mais le niveau calculé est IA à poids disponibles" in out
    assert "restreint l'usage (usage non commercial seulement)" in out
    assert "interdisent l'usage commercial" in out  # the definition's reason, translated
    assert "  erreur  open-source-washing" in out


def test_a_french_locale_picks_french_and_the_option_wins():
    example = str(ROOT / "examples" / "phi-2")
    english = run("validate", example, env={"LC_ALL": "C.UTF-8"}).stdout
    assert "  level: " in english
    assert "  niveau : " in run("validate", example, env={"LANG": "fr_FR.UTF-8"}).stdout
    assert run("validate", "--lang", "en", example, env={"LANG": "fr_FR.UTF-8"}).stdout == english


@pytest.mark.parametrize("fmt", ["json", "sarif", "lines", "github"])
def test_tool_formats_stay_language_neutral(fmt):
    args = ("validate", "--format", fmt, *EXAMPLES[:6])
    assert run(*args, "--lang", "fr").stdout == run(*args).stdout


def test_french_text_names_no_english_level_and_no_english_word_of_the_report():
    out = run("validate", "--lang", "fr", "-v", *EXAMPLES).stdout
    for english in (
        "Open Weights AI",
        "Weights Available AI",
        "Open Source AI",
        "level: ",
        "fix: ",
        "to reach ",
        "summary: ",
        "Unclassified",
    ):
        assert english not in out, english


def test_validate_help_says_which_formats_are_translated():
    out = " ".join(run("validate", "--help").stdout.split())
    assert "--lang [en|fr] Language of the text output" in out
    assert "json, sarif, lines and github never change: language-neutral ids" in out


# --- badges ------------------------------------------------------------------------------


def test_french_badge_and_snippet():
    result = run("badge", "--lang", "fr", "--level", "open-weights", "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "[![openness 2.0: poids ouverts](https://openness.dev/badges/2.0/fr/open-weights.svg)]"
    )
    # a French snippet leads to the French page of the level (the site's /fr/ edition)
    assert "(https://openness.dev/fr/definition/2.0/levels/open-weights/)" in result.stdout
    svg = run("badge", "--lang", "fr", "--level", "open-source-ai", "-o", "-").stdout
    assert 'aria-label="openness 2.0: IA open source"' in svg


def test_a_badge_never_follows_the_locale():
    args = ("badge", "--level", "closed", "--format", "markdown")
    assert "openness 2.0: closed" in run(*args, env={"LANG": "fr_FR.UTF-8"}).stdout


def test_the_badge_generator_writes_a_french_set_beside_the_english_one(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "tools"))
    import gen_badges

    from openness.definition import load_definition

    monkeypatch.setattr(gen_badges, "ROOT", tmp_path)
    definition = load_definition("2.0")
    french = gen_badges.published_badges(definition, "fr")
    assert "IA open source + données ouvertes" in french["open-source-ai-open-data.svg"]
    assert '"message": "invalide"' in french["invalid.json"]
    gen_badges.write_version(definition, "fr")
    gen_badges.write_version(definition, "en")  # the English set keeps the French folder
    assert (tmp_path / "badges" / "2.0" / "fr" / "closed.svg").read_text().count("fermé")
    assert (tmp_path / "badges" / "2.0" / "closed.svg").read_text().count("closed")
