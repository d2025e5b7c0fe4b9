"""The catalogue of the code's message templates, English beside French.

Findings, checklist gaps and the text report's own words are formatted from
these (see ``messages`` for the field flags). The English template reproduces the
message exactly as it always read, so every English output stays byte for byte
the same; a test checks that every template has a French one with the same
fields, and that every template is used.

French conventions (see ``definition/translations/README.md``): the vous form in
fixes ("publiez", "ajoutez"); component titles in « » where French grammar would
need an article that depends on the noun; ids, JSON keys and values stay as the
file writes them ("license", "datasets", "released").
"""

from __future__ import annotations

from typing import NamedTuple


class Template(NamedTuple):
    en: str
    fr: str


T = Template

TEMPLATES: dict[str, Template] = {
    # --- checklist gaps (assess/levels.py) ----------------------------------------------
    "gap.not-available": T(
        "{title:t}: not publicly available.",
        "{title:t} : aucun accès public.",
    ),
    "gap.not-available.fix": T(
        "publish the {title:t,lower} and give the url where they can be downloaded",
        "publiez le composant « {title:t} » et donnez l'URL où le télécharger",
    ),
    "gap.not-released": T("{title:t}: not released.", "{title:t} : pas de publication."),
    "gap.not-released.fix": T(
        "release the {title:t,lower} under an open licence ({suggestion}) and give its url",
        "publiez le composant « {title:t} » sous une licence ouverte ({suggestion}) et "
        "donnez son URL",
    ),
    "gap.partial": T(
        "{title:t}: only partly released.", "{title:t} : publication partielle seulement."
    ),
    "gap.partial.fix": T(
        "release all of the {title:t,lower}",
        "publiez le composant « {title:t} » en entier",
    ),
    "gap.no-license": T(
        "{title:t}: released without a licence, so nobody may use, modify or share it.",
        "{title:t} : publication sans licence ; personne n'a donc le droit d'utiliser, de "
        "modifier ni de partager ce composant.",
    ),
    "gap.no-license.fix": T(
        'add its "license" ({suggestion})',
        'ajoutez sa licence, clé "license" ({suggestion})',
    ),
    "gap.closed-license": T(
        "{title:t}: {expression} {reason}.",
        "{title:t} : {expression} {reason}.",
    ),
    "gap.open-license.fix": T(
        "release the {title:t,lower} under an open licence ({suggestion})",
        "publiez le composant « {title:t} » sous une licence ouverte ({suggestion})",
    ),
    "gap.correct-license.fix": T(
        "correct its licence (the {code} finding says how)",
        "corrigez sa licence (le constat {code} dit comment)",
    ),
    "gap.suggestion": T("{ids:or}", "{ids:or}"),
    "gap.any-open-license": T("an open licence", "une licence ouverte"),
    "gap.datasets-not-listed": T(
        "{title:t}: the data sets are not listed.",
        "{title:t} : les jeux de données ne sont pas listés.",
    ),
    "gap.datasets-not-listed.fix": T(
        'list every data set under "datasets" with its name, access class and url (or a '
        "description if it cannot be shared)",
        'listez chaque jeu de données sous "datasets" avec son nom, sa classe d\'accès et son '
        "URL (ou une description s'il ne peut pas être partagé)",
    ),
    "gap.data-not-open": T(
        "{title:t}: not all openly available: {problems:semis}.",
        "{title:t} : tout n'est pas disponible de façon ouverte : {problems:semis}.",
    ),
    "gap.data-not-open.fix": T(
        "publish every training data set under an open data licence ({open_data:commas}), or "
        "replace the ones that cannot be",
        "publiez chaque jeu de données d'entraînement sous une licence de données ouverte "
        "({open_data:commas}), ou remplacez ceux qui ne peuvent pas l'être",
    ),
    "problem.access-not-open": T(
        '"{name}" is {access}, not open',
        '« {name} » est de classe d\'accès "{access}", pas "open"',
    ),
    "problem.no-license": T('"{name}" has no licence', "« {name} » n'a pas de licence"),
    "problem.closed-license": T(
        '"{name}" is under {expression}, which {reason}',
        "« {name} » est sous {expression}, qui {reason}",
    ),
    "problem.status-not-released": T(
        'the status is "{status}", not "released"',
        'le statut est "{status}", pas "released"',
    ),
    "gap.gated": T(
        "{title:t}: released behind an agreement to accept before download.",
        "{title:t} : publication derrière des conditions à accepter avant le téléchargement.",
    ),
    "gap.gated.fix": T(
        "release the {title:t,lower} without terms to accept (a registration gate is fine)",
        "publiez le composant « {title:t} » sans conditions à accepter (une simple "
        "inscription convient)",
    ),
    "gap.gated-data.fix": T(
        "release the data without terms to accept",
        "publiez les données sans conditions à accepter",
    ),
    "gap.not-applicable": T(
        "{title:t}: declared not applicable.",
        "{title:t} : le statut déclaré est « sans objet » (not-applicable).",
    ),
    "gap.data-incomplete": T(
        "{title:t}: the list is not complete: {problems:semis}.",
        "{title:t} : la liste n'est pas complète : {problems:semis}.",
    ),
    "gap.data-incomplete.fix": T(
        "list every training data set with a url (or a description that says what it is) "
        'and its "share" of the training tokens; the shares add up to 1',
        "listez chaque jeu de données d'entraînement avec une URL (ou une description qui "
        "dit ce qu'il est) et sa part des jetons d'entraînement, clé \"share\" ; la somme "
        "des parts vaut 1",
    ),
    "problem.undescribed": T(
        '"{name}" has neither a url nor a description that says what it is',
        "« {name} » n'a ni URL ni description qui dise ce qu'il est",
    ),
    "problem.no-share": T(
        "no share is given for {names:quoted,commas}",
        "aucune part n'est donnée pour {names:quoted,commas}",
    ),
    "problem.shares-sum": T(
        "the shares add up to {total:g3}, not 1, so the list does not account for all of the "
        "training data",
        "la somme des parts vaut {total:g3}, pas 1 : la liste ne couvre donc pas toutes les "
        "données d'entraînement",
    ),
    "gap.data-withheld": T(
        "{title:t}: data withheld without legal or technical grounds: {problems:semis}.",
        "{title:t} : données retenues sans motif juridique ou technique : {problems:semis}.",
    ),
    "gap.data-withheld.fix": T(
        "publish these data sets under an open data licence; withholding is compatible with "
        "Open Source AI only where sharing is legally or technically impossible",
        "publiez ces jeux de données sous une licence de données ouverte ; les retenir n'est "
        "compatible avec l'IA open source que si leur partage est juridiquement ou "
        "techniquement impossible",
    ),
    "problem.open-without-open-license": T(
        '"{name}" is declared open under {license}, which is not an open data licence, and '
        "gives no exception",
        "« {name} » est déclaré ouvert sous {license}, qui n'est pas une licence de données "
        "ouverte, et ne donne aucune exception",
    ),
    "problem.no-exception": T(
        '"{name}" is {access} and gives no exception',
        '« {name} » est de classe d\'accès "{access}" et ne donne aucune exception',
    ),
    "problem.other-reasons": T(
        '"{name}" is withheld for {basis} reasons',
        '« {name} » est retenu pour des raisons de type "{basis}"',
    ),
    "gap.component-license": T(
        "{title:t}: the component's licence {expression} {reason}.",
        "{title:t} : la licence du composant, {expression}, {reason}.",
    ),
    "gap.component-license.fix": T(
        "release the training data as a whole under an open data licence ({open_data:commas})",
        "publiez les données d'entraînement dans leur ensemble sous une licence de données "
        "ouverte ({open_data:commas})",
    ),
    "gap.neither": T(
        "Neither a {titles:t,lower,nor_a} is released openly. {details:spaces}",
        "Aucun de ces composants n'est publié ouvertement : {titles:t,lower,commas}. "
        "{details:spaces}",
    ),
    # --- licence verdicts (said by the licence policy in English) --------------------------
    "license.not-valid": T(
        "is not a valid licence expression", "n'est pas une expression de licence valide"
    ),
    "license.not-recognised": T(
        "names a licence that is not recognised ({names:commas})",
        "nomme une licence non reconnue ({names:commas})",
    ),
    "license.restricts": T(
        "restricts use ({titles:t,lower,commas})",
        "restreint l'usage ({titles:t,lower,commas})",
    ),
    "license.not-open-source-for-code": T(
        "is not an open source licence for code",
        "n'est pas une licence open source pour le code",
    ),
    "license.not-open-for-kind": T(
        "is not an open licence for {kind:t,lower}",
        "n'est pas une licence ouverte pour ce type de composant ({kind:t,lower})",
    ),
    "license.why": T("{head}: {details:license,semis}", "{head} : {details:license,semis}"),
    # --- the OSAID note (assess) ------------------------------------------------------------
    "osaid.note": T(
        "OSAID 1.0 asks for information about the training data, not the data, and accepts "
        "data withheld for any reason; {title:t} here asks for more: see the checklist",
        "OSAID 1.0 demande des informations sur les données d'entraînement, pas les données, "
        "et accepte des données retenues pour n'importe quelle raison ; le niveau {title:t} "
        "demande ici davantage : voir la liste de contrôle",
    ),
    # --- claims -----------------------------------------------------------------------------
    "washing.one": T(
        "presented as open source, but the computed level is {level:t}, not {top:t}: "
        "{named:t,lower,and} falls short (each level's checklist says why)",
        "présenté comme open source, mais le niveau calculé est {level:t}, pas {top:t} : "
        "le composant {named:t,lower,and} reste en deçà (la liste de contrôle de chaque "
        "niveau dit pourquoi)",
    ),
    "washing.many": T(
        "presented as open source, but the computed level is {level:t}, not {top:t}: "
        "{named:t,lower,and} fall short (each level's checklist says why)",
        "présenté comme open source, mais le niveau calculé est {level:t}, pas {top:t} : "
        "les composants {named:t,lower,and} restent en deçà (la liste de contrôle de chaque "
        "niveau dit pourquoi)",
    ),
    "washing.fix": T(
        "release what the checklist names, or stop presenting the model as open "
        'source ("open_source": false)',
        "publiez ce que nomme la liste de contrôle, ou cessez de présenter le modèle comme "
        'open source ("open_source": false)',
    ),
    # --- licence findings (rules/licenses.py) ---------------------------------------------
    "lic.ambiguous": T(
        "{text!r} does not name one licence: {reason:t,nodot}",
        "{text!r} ne désigne pas une seule licence : {reason:t,nodot}",
    ),
    "lic.ambiguous.fix": T(
        "name the exact licence: {suggestions:commas}",
        "nommez la licence exacte : {suggestions:commas}",
    ),
    "lic.unknown": T("unknown licence {text!r}", "licence inconnue {text!r}"),
    "lic.unknown-exception": T(
        "unknown licence exception {text!r}", "exception de licence inconnue {text!r}"
    ),
    "lic.unknown.fix": T(
        "use an SPDX id (https://spdx.org/licenses/) or one of the definition's LicenseRef- ids",
        "utilisez un identifiant SPDX (https://spdx.org/licenses/) ou l'un des identifiants "
        "LicenseRef- de la définition",
    ),
    "lic.did-you-mean": T("did you mean {choices:or_all}?", "vouliez-vous dire {choices:or_all} ?"),
    "lic.choice": T("{text}", "{text}"),
    "lic.choice-quoted": T('"{text}"', '"{text}"'),
    "lic.choice-and": T(
        '"{text}" (every licence applies)', '"{text}" (toutes les licences s\'appliquent)'
    ),
    "lic.choice-or": T('"{text}" (users choose one)', '"{text}" (l\'utilisateur en choisit une)'),
    "lic.alias": T(
        "{alias!r} is a Hugging Face licence id for {license}",
        "{alias!r} est un identifiant de licence Hugging Face pour {license}",
    ),
    "lic.write": T('write "{text}"', 'écrivez "{text}"'),
    "lic.deprecated": T("{id} is a deprecated SPDX id", "{id} est un identifiant SPDX obsolète"),
    "lic.deprecated.fix": T("choose a current SPDX id", "choisissez un identifiant SPDX actuel"),
    "lic.case": T(
        "{text!r} is written in another case than the SPDX id {id}",
        "{text!r} n'a pas la même casse que l'identifiant SPDX {id}",
    ),
    "lic.not-open": T("{expression} {reason}", "{expression} {reason}"),
    "lic.not-open.fix": T(
        "the component does not count as open; see the checklist",
        "le composant ne compte pas comme ouvert ; voir la liste de contrôle",
    ),
    "lic.invalid": T(
        "{expression!r} is not an SPDX licence expression (detail: {detail})",
        "{expression!r} n'est pas une expression de licence SPDX (détail : {detail})",
    ),
    "lic.invalid-hint": T(
        "{expression!r} is not an SPDX licence expression; {hint} (detail: {detail})",
        "{expression!r} n'est pas une expression de licence SPDX ; {hint} (détail : {detail})",
    ),
    "lic.invalid.fix-pair": T(
        'write "{and_form}" if every licence applies, "{or_form}" if users choose one',
        'écrivez "{and_form}" si toutes les licences s\'appliquent, "{or_form}" si '
        "l'utilisateur en choisit une",
    ),
    "lic.invalid.fix-choose": T(
        "name the licence you mean: {suggestions:commas}",
        "nommez la licence voulue : {suggestions:commas}",
    ),
    "lic.invalid.fix": T(
        "write an SPDX licence expression, e.g. Apache-2.0 or MIT OR Apache-2.0",
        "écrivez une expression de licence SPDX, par exemple Apache-2.0 ou MIT OR Apache-2.0",
    ),
    # --- consistency findings --------------------------------------------------------------
    "cons.schema-mismatch": T(
        '"$schema" is {declared!r}, not the schema of definition {version}',
        '"$schema" vaut {declared!r}, pas le schéma de la définition {version}',
    ),
    "cons.schema-mismatch.fix": T(
        'set "$schema" to "{expected}"', 'donnez à "$schema" la valeur "{expected}"'
    ),
    "cons.no-url": T(
        "{title:t}: released, but no url is given as evidence",
        "{title:t} : publication annoncée, mais aucune URL n'est donnée comme preuve",
    ),
    "cons.no-url.fix": T('add "url": where it can be found', 'ajoutez "url" : où le trouver'),
    "cons.no-license": T(
        "{title:t}: released without a licence, so nobody may use, modify or share it",
        "{title:t} : publication sans licence ; personne n'a donc le droit d'utiliser, de "
        "modifier ni de partager ce composant",
    ),
    "cons.no-license.fix": T('add its "license"', 'ajoutez sa licence, clé "license"'),
    "cons.datasets-missing": T(
        "{title:t}: {status}, but the data sets are not listed",
        '{title:t} : statut "{status}", mais les jeux de données ne sont pas listés',
    ),
    "cons.datasets-missing.fix": T(
        'list every data set under "datasets" with its name, access class and url',
        'listez chaque jeu de données sous "datasets" avec son nom, sa classe d\'accès et son URL',
    ),
    "cons.shares": T(
        "the data set shares add up to {total:g3}, more than 1",
        "la somme des parts des jeux de données vaut {total:g3}, plus que 1",
    ),
    "cons.shares.fix": T(
        "give each share as a fraction of all training tokens",
        "donnez chaque part comme une fraction de l'ensemble des jetons d'entraînement",
    ),
    "cons.unshareable": T(
        '{title:t}: "released", but unshareable data is listed',
        '{title:t} : "released", mais des données non partageables sont listées',
    ),
    "cons.unshareable.fix": T(
        'use "partial" when some of the data cannot be had',
        'utilisez "partial" quand une partie des données est inaccessible',
    ),
    # --- reading ------------------------------------------------------------------------------
    "read.no-declaration": T(
        "no openness.json under {folder}", "aucun openness.json dans {folder}"
    ),
    "read.no-declaration.fix": T(
        "run `openness init` to write one (or `openness init --from-model-card README.md` "
        "to draft it from a model card), or name the declaration's path",
        "lancez `openness init` pour en écrire un (ou `openness init --from-model-card "
        "README.md` pour le rédiger d'après une fiche de modèle), ou donnez le chemin de la "
        "déclaration",
    ),
    # --- schema findings -----------------------------------------------------------------------
    "schema.not-an-object": T(
        "a declaration is a JSON object", "une déclaration est un objet JSON"
    ),
    "schema.not-an-object.fix": T(
        'start from {{"openness": "1.0", "model": {{"name": "..."}}}}',
        'partez de {{"openness": "1.0", "model": {{"name": "..."}}}}',
    ),
    "schema.unknown-version": T(
        "definition version {version!r} is not known (this tool knows {versions})",
        "la version de définition {version!r} est inconnue (cet outil connaît {versions})",
    ),
    "schema.no-version": T(
        'required property "openness" (the definition version) is missing',
        'la propriété obligatoire "openness" (la version de la définition) manque',
    ),
    "schema.unknown-version.fix": T(
        'set "openness" to one of: {versions} (or upgrade openness)',
        'donnez à "openness" l\'une de ces valeurs : {versions} (ou mettez openness à jour)',
    ),
    "schema.superseded": T(
        "definition {version} is superseded by {latest}; this file keeps its {version} verdict",
        "la définition {version} est remplacée par la {latest} ; ce fichier garde son verdict "
        "{version}",
    ),
    "schema.superseded.fix": T(
        "run `openness migrate` to rewrite the declaration for definition {latest}",
        "lancez `openness migrate` pour réécrire la déclaration selon la définition {latest}",
    ),
    "schema.more-errors": T(
        "more schema errors after the first {count} are not shown",
        "les erreurs de schéma au-delà des {count} premières ne sont pas affichées",
    ),
    "schema.fix-above": T(
        "fix the errors above and validate again",
        "corrigez les erreurs ci-dessus et validez à nouveau",
    ),
    "schema.missing-property": T(
        'required property "{name}" is missing', 'la propriété obligatoire "{name}" manque'
    ),
    "schema.missing-property.fix": T('add "{name}"', 'ajoutez "{name}"'),
    "schema.unknown-property": T("unknown property {name}", "propriété inconnue {name}"),
    "schema.unknown-component": T("unknown component {name}", "composant inconnu {name}"),
    "schema.did-you-mean": T('did you mean "{name}"?', 'vouliez-vous dire "{name}" ?'),
    "schema.unknown-property.fix": T(
        "remove it, or prefix it with x- to keep it as extension data",
        "supprimez-la, ou préfixez-la par x- pour la garder comme donnée d'extension",
    ),
    "schema.wrong-type": T(
        "expected {expected:or_all}, got {got}", "attendu : {expected:or_all} ; reçu : {got}"
    ),
    "schema.wrong-type.fix": T("write {expected:or_all}", "écrivez {expected:or_all}"),
    "json.object": T("an object", "un objet"),
    "json.array": T("an array", "un tableau"),
    "json.string": T("a string", "une chaîne"),
    "json.boolean": T("a boolean", "un booléen"),
    "json.true-or-false": T("true or false", "true ou false"),
    "json.number": T("a number", "un nombre"),
    "json.integer": T("an integer", "un entier"),
    "schema.not-one-of": T(
        "{value} is not one of: {options:commas}",
        "{value} ne fait pas partie de : {options:commas}",
    ),
    "schema.use-one-of": T(
        "use one of: {options:commas}", "utilisez l'une de ces valeurs : {options:commas}"
    ),
    "schema.must-be": T("{value} must be {expected}", "{value} doit valoir {expected}"),
    "schema.write": T("write {value}", "écrivez {value}"),
    "schema.within-limit": T(
        "bring the value within the limit", "ramenez la valeur dans la limite"
    ),
    "schema.not-empty": T("must not be empty", "ne doit pas être vide"),
    "schema.min-length": T(
        "must be at least {limit} characters long", "doit compter au moins {limit} caractères"
    ),
    "schema.max-length": T("is longer than {limit} characters", "dépasse {limit} caractères"),
    "schema.below-minimum": T(
        "{value} is below the minimum {limit}", "{value} est inférieur au minimum {limit}"
    ),
    "schema.above-maximum": T(
        "{value} is above the maximum {limit}", "{value} est supérieur au maximum {limit}"
    ),
    "schema.max-items": T("has more than {limit} items", "a plus de {limit} éléments"),
    "schema.min-items": T("needs at least {limit} items", "demande au moins {limit} éléments"),
    "schema.max-properties": T("has more than {limit} properties", "a plus de {limit} propriétés"),
    "schema.pattern": T(
        "{value} does not have the expected form", "{value} n'a pas la forme attendue"
    ),
    "schema.pattern.fix": T(
        "see the property's description in the schema",
        "voir la description de la propriété dans le schéma",
    ),
    "schema.format": T("{value} is not a valid {format}", "{value} n'est pas un {format} valide"),
    "schema.format.fix": T("write a valid {format}", "écrivez un {format} valide"),
    "schema.other": T(
        "{value} does not follow the schema ({kind})",
        "{value} ne suit pas le schéma ({kind})",
    ),
    "schema.other.fix": T(
        "see the schema's description of this property",
        "voir la description de cette propriété dans le schéma",
    ),
    "schema.not-allowed": T("{value} is not allowed here", "{value} n'est pas permis ici"),
    "schema.left-out": T(
        "{count} more findings are not shown ({parts:commas})",
        "{count} autres constats ne sont pas affichés ({parts:commas})",
    ),
    "schema.left-out.fix": T(
        "fix the findings above and validate again",
        "corrigez les constats ci-dessus et validez à nouveau",
    ),
    "count.error": T("{n} error", "{n} erreur"),
    "count.errors": T("{n} errors", "{n} erreurs"),
    "count.warning": T("{n} warning", "{n} avertissement"),
    "count.warnings": T("{n} warnings", "{n} avertissements"),
    "count.note": T("{n} note", "{n} remarque"),
    "count.notes": T("{n} notes", "{n} remarques"),
    # fixes the declaration schema annotates (schemagen), said again in other languages
    "schema-fix.invalid-url": T(
        "{text}", "écrivez une URL https:// complète, par exemple https://huggingface.co/org/model"
    ),
    "schema-fix.invalid-date": T(
        "{text}", "écrivez la date sous la forme AAAA-MM-JJ, par exemple 2025-01-15"
    ),
    "schema-fix.unshareable-without-description": T(
        "{text}",
        'ajoutez une "description" qui dit ce que sont les données et comment elles ont été '
        "obtenues, sélectionnées et traitées",
    ),
    "schema-fix.dataset-without-url": T(
        "{text}",
        'ajoutez une "url" qui dit où obtenir le jeu de données, ou mettez "access": '
        '"unshareable" avec une "description"',
    ),
    "schema-fix.open-dataset-without-license": T(
        "{text}",
        'ajoutez la licence du jeu de données, clé "license" (par exemple "CC-BY-4.0"), ou '
        "choisissez une autre classe d'accès s'il n'a pas de licence ouverte",
    ),
    "schema-fix.exception-explanation": T(
        "{text}",
        "expliquez l'exception : ce qui rend le partage impossible, ou quelle est l'autre raison",
    ),
    "schema-fix.exception-incomplete": T(
        "{text}",
        'donnez la base de l\'exception, "basis" (legal, technical ou other), et une "explanation"',
    ),
    "schema-fix.exception-missing": T(
        "{text}",
        'ajoutez une "exception" avec sa base, "basis" (legal, technical ou other), et une '
        '"explanation" de la raison pour laquelle le jeu de données n\'est pas ouvert',
    ),
    "schema-fix.not-applicable-refused": T(
        "{text}",
        'le composant « {title:t} » existe toujours pour un modèle : utilisez "not-released" '
        "s'il n'est pas public",
    ),
    "schema-fix.not-applicable-without-notes": T(
        "{text}", 'ajoutez des "notes" qui disent pourquoi ce composant est sans objet'
    ),
    "schema-fix.definition-version": T("{text}", 'mettez "openness": "{version}"'),
    "schema-fix.unknown-component": T(
        "{text}", "utilisez l'un des identifiants de composant de la définition : {ids}"
    ),
    # --- the text report (render/text.py) -----------------------------------------------------
    "text.version": T("version {version}", "version {version}"),
    "text.definition": T("definition {version}", "définition {version}"),
    "text.level": T("  level: {title}", "  niveau : {title}"),
    "text.below-minimum": T(
        "  below the required minimum level: {title}",
        "  sous le niveau minimum exigé : {title}",
    ),
    "text.no-level": T("invalid: no level computed", "invalide : aucun niveau calculé"),
    "text.osaid-note": T("  OSAID note: {note}", "  note OSAID : {note}"),
    "text.fix": T("fix: {fix}", "correction : {fix}"),
    "text.to-reach": T("  to reach {title}:", "  pour atteindre {title} :"),
    "text.nothing-more": T(
        "  {title}: nothing more, once the levels below are met",
        "  {title} : rien de plus, une fois les niveaux inférieurs atteints",
    ),
    "text.also-missing": T("  also missing for {title}:", "  manque aussi pour {title} :"),
    "text.osaid-fails": T("  OSAID 1.0 fails on:", "  OSAID 1.0 échoue sur :"),
    "text.g7": T("G7: {title}   ", "G7 : {title}   "),
    "text.g7-none": T("no label", "aucun label"),
    "text.osaid-pass": T("OSAID 1.0: pass", "OSAID 1.0 : conforme"),
    "text.osaid-fail": T("OSAID 1.0: fail", "OSAID 1.0 : non conforme"),
    "text.mof": T("   MOF 1.0: {label}", "   MOF 1.0 : {label}"),
    "text.severity.error": T("error", "erreur"),
    "text.severity.warning": T("warning", "avertissement"),
    "text.severity.info": T("info", "info"),
    "text.files": T("{n} files", "{n} fichiers"),
    "text.file": T("{n} file", "{n} fichier"),
    "text.valid": T("{n} valid", "{n} valides"),
    "text.valid-one": T("{n} valid", "{n} valide"),
    "text.invalid": T("{n} invalid", "{n} invalides"),
    "text.invalid-one": T("{n} invalid", "{n} invalide"),
    "text.below": T("{n} below {level}", "{n} sous {level}"),
    "text.summary": T("summary: {parts}", "bilan : {parts}"),
}
