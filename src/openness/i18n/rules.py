"""The validator's rules in French: each rule's title and help, keyed by the rule's id,
with the English it was translated from.

The English is kept beside the French so that a changed English title or help is
noticed: ``tests/test_french.py`` fails when a rule has no entry here, when the
English here is not the rule's current English, or when an entry names a rule that
no longer exists. The site's rules page and the SARIF help stay in English; the
French rules page reads this table (``rule_text``).
"""

from __future__ import annotations

from typing import NamedTuple


class RuleText(NamedTuple):
    title_en: str
    help_en: str
    title: str
    help: str


R = RuleText

FR: dict[str, RuleText] = {
    "unreadable": R(
        "File cannot be read",
        "The path is missing, is a folder, a device or a pipe, or cannot be read. Name a "
        "readable openness.json file.",
        "Fichier illisible",
        "Le chemin n'existe pas, désigne un dossier, un périphérique ou un tube, ou ne peut "
        "pas être lu. Indiquez un fichier openness.json lisible.",
    ),
    "file-too-large": R(
        "File over the size limit",
        "A declaration is a few kilobytes; the limit (1 MiB by default) protects CI from "
        "hostile files. Raise it with --max-size if the file is real.",
        "Fichier au-delà de la taille limite",
        "Une déclaration pèse quelques kilo-octets ; la limite (1 Mio par défaut) protège "
        "l'intégration continue des fichiers hostiles. Relevez-la avec --max-size si le "
        "fichier est authentique.",
    ),
    "empty-file": R(
        "Empty file",
        "The file has no content. Run `openness init`.",
        "Fichier vide",
        "Le fichier n'a aucun contenu. Lancez `openness init`.",
    ),
    "encoding": R(
        "Not UTF-8",
        "Declarations are UTF-8 JSON without a byte order mark.",
        "Pas en UTF-8",
        "Les déclarations sont du JSON en UTF-8, sans indicateur d'ordre des octets (BOM).",
    ),
    "invalid-json": R(
        "Not valid JSON",
        "The file is not strict JSON (RFC 8259): fix the syntax at the place given. NaN, "
        "Infinity and lone surrogate escapes are refused.",
        "JSON non valide",
        "Le fichier n'est pas du JSON strict (RFC 8259) : corrigez la syntaxe à l'endroit "
        "indiqué. NaN, Infinity et les demi-codets de substitution isolés sont refusés.",
    ),
    "duplicate-key": R(
        "Duplicate key",
        "An object has the same key twice. JSON parsers disagree on which value wins, so "
        "the declaration would mean different things to different tools.",
        "Clé en double",
        "Un objet contient deux fois la même clé. Les analyseurs JSON ne s'accordent pas sur "
        "la valeur retenue : la déclaration dirait des choses différentes selon l'outil.",
    ),
    "too-deep": R(
        "Nested too deeply",
        "The document nests far deeper than any declaration does.",
        "Imbrication trop profonde",
        "Le document s'imbrique bien plus profondément que ne le fait aucune déclaration.",
    ),
    "definition-version": R(
        "Unknown definition version",
        "`openness` must name a definition version this tool knows (see `openness --version`).",
        "Version de la définition inconnue",
        "`openness` doit nommer une version de la définition que cet outil connaît (voir "
        "`openness --version`).",
    ),
    "missing-property": R(
        "Required property missing",
        "A property the schema requires is absent.",
        "Propriété obligatoire manquante",
        "Une propriété exigée par le schéma est absente.",
    ),
    "unknown-property": R(
        "Unknown property",
        "The property is not part of the format. Check its spelling; keys starting with `x-` "
        "are free for extensions.",
        "Propriété inconnue",
        "La propriété ne fait pas partie du format. Vérifiez son orthographe ; les clés qui "
        "commencent par `x-` sont libres pour des extensions.",
    ),
    "unknown-component": R(
        "Unknown component",
        "`components` accepts only the definition's component ids.",
        "Composant inconnu",
        "`components` n'accepte que les identifiants de composants de la définition.",
    ),
    "wrong-type": R(
        "Wrong type",
        "The value has the wrong JSON type (e.g. a string where an object is expected).",
        "Mauvais type",
        "La valeur n'a pas le bon type JSON (par exemple une chaîne là où un objet est attendu).",
    ),
    "invalid-value": R(
        "Value not allowed",
        "The value is not one of those the schema allows.",
        "Valeur non admise",
        "La valeur ne fait pas partie de celles que le schéma admet.",
    ),
    "invalid-url": R(
        "Invalid URL",
        "URLs must be absolute https:// URLs.",
        "URL non valide",
        "Les URL doivent être des URL absolues en https://.",
    ),
    "invalid-date": R(
        "Invalid date",
        "Dates are ISO 8601: YYYY-MM-DD.",
        "Date non valide",
        "Les dates suivent l'ISO 8601 : AAAA-MM-JJ.",
    ),
    "out-of-range": R(
        "Value out of range",
        "A number or a text is outside its allowed range or length.",
        "Valeur hors limites",
        "Un nombre ou un texte sort de l'intervalle ou de la longueur admis.",
    ),
    "not-applicable-refused": R(
        "Component always applies",
        "Model parameters, architecture, training code and training data exist for every "
        "model: they can be not released, never not applicable.",
        "Composant toujours applicable",
        "Les paramètres, l'architecture, le code d'entraînement et les données "
        "d'entraînement existent pour tout modèle : ils peuvent ne pas être publiés, jamais "
        "être sans objet.",
    ),
    "not-applicable-without-notes": R(
        "Not applicable without notes",
        "Say in `notes` why the component does not apply to this model.",
        "Sans objet sans explication",
        "Dites dans `notes` pourquoi le composant ne s'applique pas à ce modèle.",
    ),
    "dataset-without-url": R(
        "Data set without URL",
        "Say where to get each data set; unshareable data is described instead.",
        "Jeu de données sans URL",
        "Dites où obtenir chaque jeu de données ; des données non partageables sont décrites "
        "à la place.",
    ),
    "unshareable-without-description": R(
        "Unshareable data not described",
        "Data that cannot be shared must be described in detail (OSAID data information).",
        "Données non partageables non décrites",
        "Des données qui ne peuvent pas être partagées doivent être décrites en détail "
        "(l'information sur les données de l'OSAID).",
    ),
    "open-dataset-without-license": R(
        "Open data set without licence",
        "A data set of access class open must name its open data licence.",
        "Jeu de données ouvert sans licence",
        "Un jeu de données de classe d'accès open doit nommer sa licence de données ouverte.",
    ),
    "exception-missing": R(
        "Data set withheld without saying why",
        "From definition 2.0, every data set that is not open carries an exception: its "
        "basis (legal, technical or other) and an explanation. Only legal and technical "
        "grounds are compatible with Open Source AI.",
        "Jeu de données retenu sans dire pourquoi",
        "Depuis la définition 2.0, chaque jeu de données qui n'est pas ouvert porte une "
        "exception : son motif (legal, technical ou other) et une explication. Seuls les "
        "motifs juridiques et techniques sont compatibles avec l'IA open source.",
    ),
    "exception-incomplete": R(
        "Exception without basis or explanation",
        "An exception names its basis (legal, technical or other) and explains it.",
        "Exception sans motif ni explication",
        "Une exception nomme son motif (legal, technical ou other) et l'explique.",
    ),
    "schema": R(
        "Schema violation",
        "The declaration does not follow the schema.",
        "Non-respect du schéma",
        "La déclaration ne suit pas le schéma.",
    ),
    "findings-left-out": R(
        "More findings than a file reports",
        "A file reports at most 1,000 findings, the most severe first; this note counts the "
        "rest. Fix the findings shown and validate again.",
        "Plus de constats qu'un fichier n'en rapporte",
        "Un fichier rapporte au plus 1 000 constats, les plus graves d'abord ; cette note "
        "compte les autres. Corrigez les constats affichés et validez de nouveau.",
    ),
    "definition-superseded": R(
        "Definition version superseded",
        "The declaration is written against an older definition version. It keeps that "
        "version's verdict; `openness migrate` rewrites it for the current one.",
        "Version de la définition remplacée",
        "La déclaration est écrite selon une version plus ancienne de la définition. Elle "
        "garde le verdict de cette version ; `openness migrate` la réécrit pour la version "
        "actuelle.",
    ),
    "invalid-license-expression": R(
        "Invalid licence expression",
        "A licence must be an SPDX licence expression, e.g. `Apache-2.0` or `MIT OR Apache-2.0`.",
        "Expression de licence non valide",
        "Une licence doit être une expression de licence SPDX, par exemple `Apache-2.0` ou "
        "`MIT OR Apache-2.0`.",
    ),
    "unknown-license": R(
        "Unknown licence",
        "The licence id is neither on the SPDX licence list nor one of the definition's "
        "`LicenseRef-` ids. Use the exact id; the message suggests the closest ones.",
        "Licence inconnue",
        "L'identifiant de licence n'est ni dans la liste des licences SPDX ni l'un des "
        "identifiants `LicenseRef-` de la définition. Utilisez l'identifiant exact ; le "
        "message propose les plus proches.",
    ),
    "ambiguous-license": R(
        "Ambiguous licence id",
        "The id names a family of licences (for example the Hugging Face id `bsd` or "
        "`gpl-3.0`). Name the exact licence.",
        "Identifiant de licence ambigu",
        "L'identifiant désigne une famille de licences (par exemple les identifiants Hugging "
        "Face `bsd` ou `gpl-3.0`). Nommez la licence exacte.",
    ),
    "license-alias": R(
        "Licence alias",
        "A Hugging Face licence id was used; the declaration should use the SPDX id or the "
        "definition's `LicenseRef-` id it stands for.",
        "Alias de licence",
        "Un identifiant de licence Hugging Face est utilisé ; la déclaration devrait utiliser "
        "l'identifiant SPDX ou l'identifiant `LicenseRef-` de la définition qu'il désigne.",
    ),
    "deprecated-license": R(
        "Deprecated SPDX id",
        "SPDX has deprecated this id; use the replacement given.",
        "Identifiant SPDX obsolète",
        "SPDX a rendu cet identifiant obsolète ; utilisez le remplaçant indiqué.",
    ),
    "restricted-license": R(
        "Licence restricts use",
        "The licence does not let everyone use, study, modify and share the component for "
        "any purpose; the component does not count as open.",
        "Licence qui restreint l'usage",
        "La licence ne permet pas à chacun d'utiliser, d'étudier, de modifier et de partager "
        "le composant pour tout usage ; le composant ne compte pas comme ouvert.",
    ),
    "license-not-open-for-kind": R(
        "Licence not open for this kind",
        "The licence restricts nothing, but it is not one this kind of component accepts: "
        "code needs an OSI-approved licence, and weights, data and documents a licence on "
        "the open content list. The component does not count as open.",
        "Licence non ouverte pour ce type",
        "La licence ne restreint rien, mais ce type de composant ne l'accepte pas : le code "
        "demande une licence approuvée par l'OSI, et les poids, les données et les documents "
        "une licence de la liste des contenus ouverts. Le composant ne compte pas comme "
        "ouvert.",
    ),
    "released-without-url": R(
        "Released without evidence",
        "A released component should give the URL where it can be found.",
        "Publié sans preuve",
        "Un composant publié devrait donner l'URL où le trouver.",
    ),
    "released-without-license": R(
        "Released without licence",
        "Without a licence nobody may use, modify or share the component; it does not count "
        "as open.",
        "Publié sans licence",
        "Sans licence, personne n'a le droit d'utiliser, de modifier ni de partager le "
        "composant ; il ne compte pas comme ouvert.",
    ),
    "datasets-missing": R(
        "Data sets not listed",
        "Released or partly released data should list its data sets; no level above open "
        "weights is reached without the list.",
        "Jeux de données non listés",
        "Des données publiées, même en partie, devraient lister leurs jeux de données ; "
        "aucun niveau au-dessus des poids ouverts n'est atteint sans cette liste.",
    ),
    "dataset-shares": R(
        "Data set shares exceed 1",
        "The `share` fractions of the data sets add up to more than 1.",
        "Parts des jeux de données au-delà de 1",
        "Les parts `share` des jeux de données font plus de 1 au total.",
    ),
    "status-datasets-mismatch": R(
        "Status disagrees with data sets",
        "The component's status does not match the access classes of its data sets.",
        "Statut en désaccord avec les jeux de données",
        "Le statut du composant ne correspond pas aux classes d'accès de ses jeux de données.",
    ),
    "schema-mismatch": R(
        "$schema does not match the version",
        "`$schema` should be the schema URL of the definition version declared in `openness`.",
        "$schema ne correspond pas à la version",
        "`$schema` devrait être l'URL du schéma de la version de la définition déclarée dans "
        "`openness`.",
    ),
    "open-source-washing": R(
        "Open source washing",
        "The model is presented as open source, but its computed level is below Open Source "
        "AI: the claim is contradicted by what is released and under which terms.",
        "Blanchiment open source",
        "Le modèle est présenté comme open source, mais son niveau calculé est inférieur à "
        "l'IA open source : ce qui est publié, et à quelles conditions, contredit cette "
        "revendication.",
    ),
}

CATALOGUE: dict[str, dict[str, RuleText]] = {"fr": FR}


def rule_text(rule_id: str, title: str, help_text: str, language: str) -> tuple[str, str]:
    """A rule's title and help in ``language`` (the English when it has no translation,
    or when the English has changed since it was translated)."""
    entry = CATALOGUE.get(language, {}).get(rule_id)
    if entry is None or (entry.title_en, entry.help_en) != (title, help_text):
        return title, help_text
    return entry.title, entry.help
