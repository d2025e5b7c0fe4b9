"""The site's own words in other languages: English sentence -> translation.

The site's page code and templates pass every human string through
``openness.site.language.tr`` with its English as the key; this table holds the
French. ``tests/site/test_site_language.py`` fails when a string given to ``tr``
has no French here, or when an entry here is no longer used. ``{fields}`` are
filled by ``tr`` and must survive translation unchanged. French conventions are
those of ``definition/translations/README.md`` (the vous form, « guillemets »).
"""

from __future__ import annotations

FR: dict[str, str] = {
    # --- menus and headings ------------------------------------------------------------
    "About": "À propos",
    "All versions": "Toutes les versions",
    "Badges": "Badges",
    "CLI reference": "Ligne de commande",
    "Changelog": "Journal des modifications",
    "Components": "Composants",
    "Contributing": "Contribuer",
    "Crosswalks": "Correspondances",
    "Decisions": "Décisions",
    "Declare": "Déclarer",
    "Definition {version}": "Définition {version}",
    "Download gates": "Téléchargements conditionnés",
    "G7 labels": "Labels du G7",
    "Home": "Accueil",
    "Install": "Installer",
    "Levels": "Niveaux",
    "Licence policy": "Politique de licences",
    "Models": "Modèles",
    "Open source washing": "Blanchiment open source",
    "Rules": "Règles",
    "The definition": "La définition",
    "Training data": "Données d'entraînement",
    "Use in CI": "Intégration continue",
    "Use it": "L'utiliser",
    "Validate": "Valider",
    "Versioning": "Versions",
    # --- the version line every page carries -------------------------------------------
    "as JSON": "en JSON",
    "other versions": "autres versions",
    "released {date}": "publiée le {date}",
    "version {version}": "la version {version}",
    "Definition version **{version}** (the latest)": (
        "Version de la définition **{version}** (la plus récente)"
    ),
    "Definition version **{version}**, superseded by {newest}": (
        "Version de la définition **{version}**, remplacée par {newest}"
    ),
    "(this project's definition, then called {old}, now {new}: not OSI's OSAID)": (
        "(la définition de ce projet, appelée alors {old}, aujourd'hui {new} : pas l'OSAID "
        "de l'OSI)"
    ),
    # --- small words -------------------------------------------------------------------
    " and ": " et ",
    "; ": " ; ",
    " or ": " ou ",
    "and": "et",
    "all": "tous",
    "any": "tous",
    "none": "aucun",
    "nothing": "rien",
    "yes": "oui",
    "no": "non",
    "Yes": "Oui",
    "No": "Non",
    "None.": "Aucun.",
    "pass": "satisfait",
    "fail": "échoue",
    "open": "ouvert",
    "not open": "non ouvert",
    "released": "publiée",
    "draft": "brouillon",
    "error": "erreur",
    "warning": "avertissement",
    "info": "information",
    "invalid": "invalide",
    "weights": "poids",
    "no label": "aucun label",
    "no level": "aucun niveau",
    "{asked} of {total}": "{asked} sur {total}",
    "{rank} of {count}": "{rank} sur {count}",
    "{items} and {last}": "{items} et {last}",
    "{below} and {above}": "{below} et {above}",
    "{count} more": "{count} de plus",
    "{shown} of {total} models": "{shown} modèles sur {total}",
    "{shown} of {total} licences": "{shown} licences sur {total}",
    "line {line}": "ligne {line}",
    "definition {version}": "définition {version}",
    "(definition {version})": "(définition {version})",
    "{title} (definition {older})": "{title} (définition {older})",
    "(required)": "(obligatoire)",
    "(or {others})": "(ou {others})",
    "*Fix:* {fix}": "*Correction :* {fix}",
    "This page's address:": "Adresse de cette page :",
    "Full report: {link}.": "Rapport complet : {link}.",
    "Details: {page}.": "Détails : {page}.",
    "Source: {source}.": "Source : {source}.",
    "Why": "Pourquoi",
    "Why.": "Pourquoi.",
    "Decision.": "Décision.",
    "not computed": "non calculé",
    "not computed (invalid declaration)": "non calculé (déclaration non valide)",
    "none given": "aucune indiquée",
    "every version": "toutes les versions",
    "the changelog": "le journal des modifications",
    "crosswalks": "les correspondances",
    "decisions": "les décisions",
    "download gates": "les téléchargements conditionnés",
    "licence policy": "politique de licences",
    "the licence policy": "la politique de licences",
    "training data": "données d'entraînement",
    "open source washing": "blanchiment open source",
    "its page": "sa page",
    "its JSON Schema": "son schéma JSON",
    "models directory": "répertoire des modèles",
    "how to add or contest a declaration": "comment ajouter ou contester une déclaration",
    "Add or contest a declaration": "Ajouter ou contester une déclaration",
    # --- tables ------------------------------------------------------------------------
    "| {heading} | Id | Meaning |": "| {heading} | Identifiant | Sens |",
    "Status": "Statut",
    "Kind": "Type",
    "| Class | Id | OSAID class | Meaning |": ("| Classe | Identifiant | Classe OSAID | Sens |"),
    "| Component | Pillar | Kind | First needed for |": (
        "| Composant | Pilier | Type | Exigé dès |"
    ),
    "| Id | Component | Kind | Always applies | First needed for |": (
        "| Identifiant | Composant | Type | Toujours applicable | Exigé dès |"
    ),
    "| Version | Status | Date | Pages | Data | Declaration schema |": (
        "| Version | Statut | Date | Pages | Données | Schéma des déclarations |"
    ),
    "no level (informative)": "aucun niveau (à titre d'information)",
    "| Level ({name} {version}) | G7 label | OSAID {osaid} items asked | MOF {mof} |": (
        "| Niveau ({name} {version}) | Label du G7 | Éléments de l'OSAID {osaid} exigés "
        "| MOF {mof} |"
    ),
    "{done} of {total} Class {numeral} components": (
        "{done} composants de la classe {numeral} sur {total}"
    ),
    "| G7 label | What the G7 text asks | {version} level |": (
        "| Label du G7 | Ce que demande le texte du G7 | Niveau de la {version} |"
    ),
    "| Level | Id | G7 label | Note |": "| Niveau | Identifiant | Label du G7 | Note |",
    "| {version} level | Id | G7 label | In {latest} | Note |": (
        "| Niveau de la {version} | Identifiant | Label du G7 | Dans la {latest} | Note |"
    ),
    "| Basis | Id | Allows {level} | Meaning |": (
        "| Motif | Identifiant | Permet l'{level} | Sens |"
    ),
    "| Gate | Id | What it does |": "| Condition | Identifiant | Ce qu'elle fait |",
    "| Change | Id | What |": "| Modification | Identifiant | Quoi |",
    "| Exit code | Meaning |": "| Code de sortie | Sens |",
    "| Input | Default | What it does |": "| Entrée | Par défaut | Ce qu'elle fait |",
    "| Field | Meaning |": "| Champ | Sens |",
    "| Model | Status | Licence | Level of the model |": (
        "| Modèle | Statut | Licence | Niveau du modèle |"
    ),
    "| Id in `openness.json` | {id} |": "| Identifiant dans `openness.json` | {id} |",
    "| Pillar | {pillar} |": "| Pilier | {pillar} |",
    "| Kind | {kind} |": "| Type | {kind} |",
    "| Always applies | {always} |": "| Toujours applicable | {always} |",
    "| MOF 1.0 component | {name} (id {id}, required for Class {numeral}, {title}) |": (
        "| Composant du MOF 1.0 | {name} (identifiant {id}, obligatoire pour la classe "
        "{numeral}, {title}) |"
    ),
    "| MOF 1.0 component | {name} (id {id}, optional for Class {numeral}, {title}) |": (
        "| Composant du MOF 1.0 | {name} (identifiant {id}, facultatif pour la classe "
        "{numeral}, {title}) |"
    ),
    "yes: it exists for every model, so it cannot be declared not applicable": (
        "oui : il existe pour tout modèle, et ne peut donc pas être déclaré sans objet"
    ),
    "no: it may be declared not applicable, with notes saying why": (
        "non : il peut être déclaré sans objet, avec des notes qui disent pourquoi"
    ),
    "left out (not released)": "omis (non publié)",
    "| Model | Our level | G7 label | OSAID 1.0 (computed) | MOF 1.0 (computed) "
    "| OSI's validation |": (
        "| Modèle | Notre niveau | Label du G7 | OSAID 1.0 (calculé) | MOF 1.0 (calculé) "
        "| Validation de l'OSI |"
    ),
    "| OSAID asks for | Component | Our level that asks for the same |": (
        "| L'OSAID demande | Composant | Notre niveau qui demande la même chose |"
    ),
    "| MOF id | MOF component | Type | Class | Required | Our component | Our first level |": (
        "| Identifiant MOF | Composant du MOF | Type | Classe | Obligatoire | Notre composant "
        "| Notre premier niveau |"
    ),
    "| Hugging Face id | Stands for |": "| Identifiant Hugging Face | Désigne |",
    "ambiguous: {reason} Choose from {choices}.": "ambigu : {reason} Choisissez parmi {choices}.",
    "refused: {reason}": "refusé : {reason}",
    "| Rule | Severity | What it means |": "| Règle | Gravité | Ce qu'elle signifie |",
    "| Question | Answer |": "| Question | Réponse |",
    "| Fact | Value |": "| Fait | Valeur |",
    "Name": "Nom",
    "Version": "Version",
    "Organization": "Organisation",
    "Release date": "Date de publication",
    "| Home | {url} |": "| Site | {url} |",
    "| Computed level | {computed} |": "| Niveau calculé | {computed} |",
    "| Read in definition {version} as | {level} (through its G7 label; the declaration "
    "migrated with `openness migrate` is judged afresh) |": (
        "| Lu dans la définition {version} comme | {level} (par son label du G7 ; la "
        "déclaration migrée avec `openness migrate` est jugée à nouveau) |"
    ),
    "| Valid declaration | {answer} |": "| Déclaration valide | {answer} |",
    "| Presented as open source | {answer} |": "| Présenté comme open source | {answer} |",
    "| G7 label | {label} |": "| Label du G7 | {label} |",
    "| Declaration | {path} |": "| Déclaration | {path} |",
    "| Component | Status | Licence | Evidence | Notes |": (
        "| Composant | Statut | Licence | Preuve | Notes |"
    ),
    "left out (counts as not released)": "omis (compte comme non publié)",
    "| Data set | Access | Licence | Share | Where / what |": (
        "| Jeu de données | Accès | Licence | Part | Où / quoi |"
    ),
    "| Severity | Rule | Where | Message | Fix |": (
        "| Gravité | Règle | Où | Message | Correction |"
    ),
    # --- home page blocks ---------------------------------------------------------------
    "Model name": "Nom du modèle",
    "A model or a maker: Llama, Mistral, OLMo, Gemma…": (
        "Un modèle ou un éditeur : Llama, Mistral, OLMo, Gemma…"
    ),
    "Look it up": "Chercher",
    "{count} models, each with a one-sentence answer, what is released, what you may do "
    "with it and the public sources of every fact.": (
        "{count} modèles, chacun avec une réponse en une phrase, ce qui est publié, ce que vous "
        "pouvez en faire et les sources publiques de chaque fait."
    ),
    "The {count} levels of definition {version} by pillar, highest first": (
        "Les {count} niveaux de la définition {version} par pilier, le plus haut d'abord"
    ),
    "Level": "Niveau",
    "(new at this level)": "(nouveau à ce niveau)",
    "{count} example models": "{count} modèles d'exemple",
    "{count} example model": "{count} modèle d'exemple",
    "For example: {models}": "Par exemple : {models}",
    "available, under any terms": "disponible, à n'importe quelles conditions",
    "every set listed and documented": "chaque jeu listé et documenté",
    "every set documented": "chaque jeu documenté",
    "every set listed; withheld only where sharing is impossible": (
        "chaque jeu listé ; retenu seulement si le partager est impossible"
    ),
    "every data set open": "chaque jeu de données ouvert",
    "not required": "non exigé",
    "required": "exigé",
    "No example declaration is presented as open source.": (
        "Aucune déclaration d'exemple n'est présentée comme open source."
    ),
    "The declaration is not valid, so no level is computed.": (
        "La déclaration n'est pas valide : aucun niveau n'est calculé."
    ),
    "The validator reports open source washing.": (
        "Le validateur signale un blanchiment open source."
    ),
    "No washing: the level supports the claim.": (
        "Pas de blanchiment : le niveau justifie la revendication."
    ),
    "Presented as open source; computed level: {level}.": (
        "Présenté comme open source ; niveau calculé : {level}."
    ),
    "Presented as open source; computed level (written against definition {version}): {level}.": (
        "Présenté comme open source ; niveau calculé (déclaration écrite selon la définition "
        "{version}) : {level}."
    ),
    "What stands between it and {top}:": "Ce qui le sépare de l'{top} :",
    "every file is valid (and at or above `--min-level` when given)": (
        "chaque fichier est valide (et au niveau de `--min-level` ou au-dessus, s'il est donné)"
    ),
    "a file is invalid, or below `--min-level`": (
        "un fichier n'est pas valide, ou est sous `--min-level`"
    ),
    "usage error, or a file could not be read": (
        "erreur d'utilisation, ou un fichier n'a pas pu être lu"
    ),
    "internal error: a bug in openness, please report it": (
        "erreur interne : un bogue d'openness, merci de le signaler"
    ),
    # --- the definition's pages -----------------------------------------------------------
    "Definition versions": "Versions de la définition",
    "Every version stays published at its own addresses: its pages, its data as JSON and "
    "its declaration schema. The site's menus show the latest; an older version's pages are "
    "reached from here, and each says that it is superseded. What changed from one version "
    "to the next: {changelog}, computed from the data.": (
        "Chaque version reste publiée à ses propres adresses : ses pages, ses données en JSON "
        "et son schéma des déclarations. Les menus du site montrent la plus récente ; on "
        "atteint d'ici les pages d'une version plus ancienne, et chacune dit qu'elle est "
        "remplacée. Ce qui a changé d'une version à l'autre : {changelog}, calculé à partir "
        "des données."
    ),
    "The {count} pillars": "Les {count} piliers",
    "The {count} levels": "Les {count} niveaux",
    "The {count} components": "Les {count} composants",
    "Each level includes every level below it: they are numbered from the bottom, 1 to "
    "{count}. A model's level is the highest one whose requirements, and all the "
    "requirements below it, are met. Each cell says what a level asks of a pillar.": (
        "Chaque niveau comprend tous ceux du dessous : ils sont numérotés à partir du bas, de "
        "1 à {count}. Le niveau d'un modèle est le plus haut dont les exigences, et toutes "
        "celles des niveaux inférieurs, sont remplies. Chaque case dit ce qu'un niveau exige "
        "d'un pilier."
    ),
    "The levels beside the G7 labels, OSAID and MOF": (
        "Les niveaux face aux labels du G7, à l'OSAID et au MOF"
    ),
    "{g7} are the words the G7 digital ministers adopted; each level's label is part of "
    "every report. The OSAID and MOF columns count what a level asks for, component by "
    "component, against {crosswalks}; the validator computes both verdicts for each model.": (
        "{g7} sont les mots qu'ont adoptés les ministres du numérique du G7 ; le label de "
        "chaque niveau figure dans chaque rapport. Les colonnes OSAID et MOF comptent ce "
        "qu'un niveau exige, composant par composant, au regard de {crosswalks} ; le "
        "validateur calcule les deux verdicts pour chaque modèle."
    ),
    "The G7 labels": "Les labels du G7",
    "OSAID 1.0 and MOF 1.0": "l'OSAID 1.0 et du MOF 1.0",
    "A declaration that presents the model as open source (`claims.open_source`) must "
    "reach {level}; below it the validator reports {washing}.": (
        "Une déclaration qui présente le modèle comme open source (`claims.open_source`) doit "
        "atteindre le niveau {level} ; en dessous, le validateur signale un {washing}."
    ),
    "Kinds of component": "Types de composant",
    "Which licences count as open for each kind: {policy}.": (
        "Quelles licences comptent comme ouvertes pour chaque type : {policy}."
    ),
    "Release statuses": "Statuts de publication",
    "Data access classes": "Classes d'accès aux données",
    "Which data sets may be withheld, and what a list of training data must say: {page}.": (
        "Quels jeux de données peuvent être retenus, et ce que doit dire une liste de données "
        "d'entraînement : {page}."
    ),
    "The choices this version makes where the G7 text, OSAID or the licences leave room, "
    "each with its reason:": (
        "Les choix que fait cette version là où le texte du G7, l'OSAID ou les licences "
        "laissent de la marge, chacun avec sa raison :"
    ),
    "How these levels compare with OSI's definition and the Model Openness Framework: {page}.": (
        "Comment ces niveaux se comparent à la définition de l'OSI et au Model Openness "
        "Framework : {page}."
    ),
    # --- a level ----------------------------------------------------------------------------
    "Level {rank}, counted from the bottom.": "Niveau {rank}, en comptant à partir du bas.",
    "G7 label: **{label}**": "Label du G7 : **{label}**",
    "G7 label: none (the G7 text has no label for this level).": (
        "Label du G7 : aucun (le texte du G7 n'a pas de label pour ce niveau)."
    ),
    "All G7 labels": "Tous les labels du G7",
    "What it requires": "Ce qu'il exige",
    "Nothing: every model is at least at this level.": (
        "Rien : tout modèle est au moins à ce niveau."
    ),
    "Everything {level} requires, and:": "Tout ce qu'exige le niveau {level}, et :",
    "What keeps a model from reaching it": "Ce qui empêche un modèle de l'atteindre",
    "Nothing: every model is at least at this level. Models stay here when: {blockers}": (
        "Rien : tout modèle est au moins à ce niveau. Les modèles y restent quand : {blockers}"
    ),
    "Example models at this level": "Modèles d'exemple à ce niveau",
    "written against definition {reading}, read as this level": (
        "écrit selon la définition {reading}, lu comme ce niveau"
    ),
    "None of the example declarations is at this level.": (
        "Aucune des déclarations d'exemple n'est à ce niveau."
    ),
    "What keeps the examples one level below": ("Ce qui retient les exemples au niveau du dessous"),
    "As computed by the validator on each example declaration:": (
        "Tel que le calcule le validateur sur chaque déclaration d'exemple :"
    ),
    "Below: {level}": "En dessous : {level}",
    "Above: {level}": "Au-dessus : {level}",
    # --- a component ------------------------------------------------------------------------
    "Why it matters": "Pourquoi il compte",
    "Which levels need it": "Quels niveaux l'exigent",
    "No level requires it. Declare it anyway: it is shown in reports and counts for the "
    "MOF class.": (
        "Aucun niveau ne l'exige. Déclarez-le quand même : il figure dans les rapports et "
        "compte pour la classe MOF."
    ),
    "OSAID 1.0 asks for it too: {what}": "L'OSAID 1.0 le demande aussi : {what}",
    "What counts as released": "Ce qui compte comme publié",
    "Acceptable licences": "Licences acceptables",
    "The full list, with the reason for every licence that is not open: {policy}.": (
        "La liste complète, avec la raison de chaque licence qui n'est pas ouverte : {policy}."
    ),
    "Evidence": "Preuves",
    "Declaring it": "Le déclarer",
    'In `openness.json`, under `"components"`:': 'Dans `openness.json`, sous `"components"` :',
    "Access classes of a data set": "Classes d'accès d'un jeu de données",
    "In the example declarations": "Dans les déclarations d'exemple",
    # --- G7, gates, decisions, training data --------------------------------------------------
    "The labels": "Les labels",
    "The levels of definition {version}": "Les niveaux de la définition {version}",
    "Every report gives the G7 label of the computed level (`crosswalks.g7` in the JSON "
    "report), next to {frameworks}.": (
        "Chaque rapport donne le label du G7 du niveau calculé (`crosswalks.g7` dans le "
        "rapport JSON), à côté de {frameworks}."
    ),
    "OSAID and MOF": "l'OSAID et du MOF",
    "Definition {version}, read as G7 labels": "La définition {version}, lue en labels du G7",
    "A declaration written against {older} keeps its {version} level. Its report reads "
    "that level as a G7 label, and the level of {latest} it stands for, as follows:": (
        "Une déclaration écrite selon la {older} garde son niveau {version}. Son rapport lit "
        "ce niveau comme un label du G7, et comme le niveau de la {latest} qui lui "
        "correspond, ainsi :"
    ),
    "Some components can be downloaded only after a form: a registration, or the "
    "acceptance of terms. A component declares it in its `gate` field (omit it when there "
    "is none):": (
        "Certains composants ne se téléchargent qu'après un formulaire : une inscription, ou "
        "l'acceptation de conditions. Un composant le déclare dans son champ `gate` (omettez-le "
        "quand il n'y en a pas) :"
    ),
    "Terms that bind every user, such as an acceptable-use policy, belong in the licence "
    "expression, where the {policy} judges them. Why: {decisions}.": (
        "Les conditions qui lient chaque utilisateur, comme une politique d'utilisation "
        "acceptable, relèvent de l'expression de licence, où la {policy} les juge. "
        "Pourquoi : {decisions}."
    ),
    "The policy choices definition {version} makes where the G7 text, OSAID or the "
    "licences leave room, each with its reason. They are part of the definition's data "
    "(`decisions`), so they change only with a new version.": (
        "Les choix que fait la définition {version} là où le texte du G7, l'OSAID ou les "
        "licences laissent de la marge, chacun avec sa raison. Ils font partie des données de "
        "la définition (`decisions`) : ils ne changent qu'avec une nouvelle version."
    ),
    "Training data: access, exceptions, data information": (
        "Données d'entraînement : accès, exceptions, information sur les données"
    ),
    "Definition {version} asks more of the list of training data than that it exists: it "
    "must account for all of the data, say something about each data set, and say why any "
    "set that is not open is withheld. Each data set is an entry of the {component} "
    "component's `datasets` list.": (
        "La définition {version} demande plus à la liste des données d'entraînement que "
        "d'exister : elle doit rendre compte de toutes les données, dire quelque chose de "
        "chaque jeu de données, et dire pourquoi tout jeu qui n'est pas ouvert est retenu. "
        "Chaque jeu de données est une entrée de la liste `datasets` du composant "
        "« {component} »."
    ),
    "Access classes": "Classes d'accès",
    "Every data set says how it can be had, in its `access` field:": (
        "Chaque jeu de données dit comment l'obtenir, dans son champ `access` :"
    ),
    "Why a data set is withheld: exceptions": "Pourquoi un jeu de données est retenu : exceptions",
    "A data set whose access is not `open` must carry an `exception` with a `basis` and an "
    "`explanation`; without one the declaration is invalid. Only some bases allow {level}:": (
        "Un jeu de données dont l'accès n'est pas `open` doit porter une `exception` avec un "
        "motif `basis` et une explication `explanation` ; sans elle, la déclaration n'est pas "
        "valide. Seuls certains motifs permettent le niveau {level} :"
    ),
    "Data information": "Information sur les données",
    "**Shares add up.** Each data set gives its `share` of the training tokens, and the "
    "shares add up to 1, within {tolerance}. A list that covers part of the data is not a "
    "list of all the training data.": (
        "**Les parts font le compte.** Chaque jeu de données donne sa part `share` des jetons "
        "d'entraînement, et les parts font 1 au total, à {tolerance} près. Une liste qui ne "
        "couvre qu'une partie des données n'est pas une liste de toutes les données "
        "d'entraînement."
    ),
    "**Descriptions say something.** A data set's `description` that says nothing does not "
    "count as data information. These texts (compared without regard to case) say nothing: "
    "{descriptions}.": (
        "**Les descriptions disent quelque chose.** La `description` d'un jeu de données qui "
        "ne dit rien ne compte pas comme information sur les données. Ces textes (comparés "
        "sans tenir compte de la casse) ne disent rien : {descriptions}."
    ),
    "What the levels ask of the training data": (
        "Ce que les niveaux exigent des données d'entraînement"
    ),
    "an empty text": "un texte vide",
    "{requirement} at {level}": "{requirement} au niveau {level}",
    "Support call transcripts": "Transcriptions d'appels au support",
    "Customer support calls, 2019-2022, transcribed and anonymised.": (
        "Appels au support client, 2019-2022, transcrits et anonymisés."
    ),
    "Personal data: the callers never agreed to publication.": (
        "Données personnelles : les appelants n'ont jamais accepté leur publication."
    ),
    # --- crosswalks -----------------------------------------------------------------------------
    "Crosswalks: G7, OSAID 1.0 and MOF 1.0": "Correspondances : G7, OSAID 1.0 et MOF 1.0",
    "The validator computes four verdicts from the same `openness.json`: this definition's "
    "level, the G7 label that level stands for, whether the model meets OSI's Open Source "
    "AI Definition (OSAID), and its class in the Model Openness Framework (MOF). This "
    "definition is not OSAID: OSAID and the MOF ask for different things, and the verdicts "
    "disagree on purpose.": (
        "Le validateur calcule quatre verdicts à partir du même `openness.json` : le niveau de "
        "cette définition, le label du G7 auquel ce niveau correspond, si le modèle satisfait "
        "l'Open Source AI Definition de l'OSI (OSAID), et sa classe dans le Model Openness "
        "Framework (MOF). Cette définition n'est pas l'OSAID : l'OSAID et le MOF demandent "
        "d'autres choses, et les verdicts divergent à dessein."
    ),
    "The example models under every framework": "Les modèles d'exemple selon chaque cadre",
    "OSI's column is OSI's own published validation result, not computed here; source: {source}.": (
        "La colonne de l'OSI est le résultat de validation publié par l'OSI elle-même, non "
        "calculé ici ; source : {source}."
    ),
    "All systems in OSI's validation: {summary}": (
        "Tous les systèmes de la validation de l'OSI : {summary}"
    ),
    "OSI's validation phase of OSAID 1.0 (2024): systems that passed, that would probably "
    "pass with a licence change, and that did not pass. OSI says these are not "
    "certifications.": (
        "La phase de validation de l'OSAID 1.0 par l'OSI (2024) : les systèmes qui l'ont "
        "passée, ceux qui la passeraient probablement avec un changement de licence, et ceux "
        "qui ne l'ont pas passée. L'OSI précise que ce ne sont pas des certifications."
    ),
    "passed": "passé",
    "would pass with a licence change": "passerait avec un changement de licence",
    "did not pass": "pas passé",
    "not reviewed": "non examiné",
    "How each version's levels read as the labels: {page}.": (
        "Comment les niveaux de chaque version se lisent en labels : {page}."
    ),
    "Where this definition is stricter than OSAID": (
        "Là où cette définition est plus stricte que l'OSAID"
    ),
    "Our levels ask for these, OSAID does not (or not this strictly):": (
        "Nos niveaux exigent ceci, l'OSAID non (ou pas aussi strictement) :"
    ),
    "The decisive difference is at {level}:": "La différence décisive se joue au niveau {level} :",
    "MOF classes are cumulative: Class II needs everything Class III needs, Class I "
    "everything Class II needs.": (
        "Les classes du MOF sont cumulatives : la classe II exige tout ce qu'exige la classe "
        "III, la classe I tout ce qu'exige la classe II."
    ),
    # --- licences ---------------------------------------------------------------------------
    "What each kind accepts": "Ce que chaque type accepte",
    "accepts {what}.": "accepte {what}.",
    "OSI-approved licences": "les licences approuvées par l'OSI",
    "licences on the open content list": "les licences de la liste des contenus ouverts",
    "Find a licence": "Trouver une licence",
    "Every licence the validator knows, in groups that each say once why they are open or "
    "not. Type part of an id or a name, or pick a kind of component and a verdict. `?` "
    "stands for one character and `*` for any text in the patterns.": (
        "Chaque licence que connaît le validateur, en groupes qui disent chacun une fois "
        "pourquoi elles sont ouvertes ou non. Tapez une partie d'un identifiant ou d'un nom, "
        "ou choisissez un type de composant et un verdict. Dans les motifs, `?` remplace un "
        "caractère et `*` n'importe quel texte."
    ),
    "Restrictions that make a licence not open": (
        "Les restrictions qui rendent une licence non ouverte"
    ),
    "Hugging Face licence ids": "Identifiants de licence Hugging Face",
    "Every Hugging Face id and what it stands for": (
        "Chaque identifiant Hugging Face et ce qu'il désigne"
    ),
    "Open for every kind": "Ouvertes pour tous les types",
    "OSI-approved: open for code, and for weights, data and documents.": (
        "Approuvées par l'OSI : ouvertes pour le code, et pour les poids, les données et les "
        "documents."
    ),
    "Open for {kinds}, not for {shut}": "Ouvertes pour : {kinds} ; pas pour : {shut}",
    "On the open content list, not OSI-approved: open for {kinds}; {shut} needs an "
    "OSI-approved licence.": (
        "Sur la liste des contenus ouverts, non approuvées par l'OSI : ouvertes pour "
        "{kinds} ; type qui demande une licence approuvée par l'OSI : {shut}."
    ),
    "On the open content list, not OSI-approved: open for {kinds}; {shut} need an "
    "OSI-approved licence.": (
        "Sur la liste des contenus ouverts, non approuvées par l'OSI : ouvertes pour "
        "{kinds} ; types qui demandent une licence approuvée par l'OSI : {shut}."
    ),
    "Model licences without an SPDX id": "Licences de modèle sans identifiant SPDX",
    "Declare these with their LicenseRef- id; each has a page with its restrictions and reason.": (
        "Déclarez-les avec leur identifiant LicenseRef- ; chacune a une page avec ses "
        "restrictions et sa raison."
    ),
    "Restricted: {restrictions}": "Restreintes : {restrictions}",
    "Find": "Chercher",
    "an id or a name, e.g. apache, llama, cc-by": (
        "un identifiant ou un nom, par ex. apache, llama, cc-by"
    ),
    "Verdict": "Verdict",
    "Not open for any kind": "Ouvertes pour aucun type",
    "Neither OSI-approved nor on the open content list, so not open for any kind.": (
        "Ni approuvées par l'OSI ni sur la liste des contenus ouverts : ouvertes pour aucun type."
    ),
    "{id}: not an SPDX licence, so declarations name it with this project's `LicenseRef-` "
    "id. Part of the {policy}.": (
        "{id} : pas une licence SPDX ; les déclarations la nomment donc avec l'identifiant "
        "`LicenseRef-` de ce projet. Fait partie de la {policy}."
    ),
    "Licence text": "Texte de la licence",
    "Open for": "Ouverte pour",
    "Hugging Face ids": "Identifiants Hugging Face",
    "Hugging Face `license_name`": "`license_name` Hugging Face",
    "What the licence policy says": "Ce que dit la politique de licences",
    "Restrictions": "Restrictions",
    "Models in the directory under it": "Modèles du répertoire sous cette licence",
    # --- models -----------------------------------------------------------------------------
    "{count} declarations of real models, each written from its makers' published facts "
    "with a public source for each. The level and the badge are computed by the validator "
    "from each declaration when the site is built. The whole directory as data: {index} "
    "(with {schema}).": (
        "{count} déclarations de modèles réels, chacune écrite à partir des faits publiés par "
        "leurs auteurs, avec une source publique pour chacun. Le niveau et le badge sont "
        "calculés par le validateur à partir de chaque déclaration lors de la construction du "
        "site. Tout le répertoire en données : {index} (avec {schema}). Les faits, les notes "
        "et les sources des déclarations sont cités en anglais, comme leurs auteurs les ont "
        "écrits."
    ),
    "name, organization, level…": "nom, organisation, niveau…",
    "Weights licence": "Licence des poids",
    "Click a column heading to sort by it. Something wrong or missing? {contributing}.": (
        "Cliquez sur l'en-tête d'une colonne pour trier. Une erreur, un oubli ? {contributing}."
    ),
    "Model": "Modèle",
    "OSAID 1.0": "OSAID 1.0",
    "MOF 1.0": "MOF 1.0",
    "G7 label": "Label du G7",
    "Presented as open source": "Présenté comme open source",
    "not released": "non publié",
    "Open source AI?": "IA open source ?",
    "Open source AI? {short} {detail}": "IA open source ? {short} {detail}",
    "This model is presented as open source, but its computed level is {level}. See {washing}.": (
        "Ce modèle est présenté comme open source, mais son niveau calculé est {level}. "
        "Voir {washing}."
    ),
    "What is released": "Ce qui est publié",
    "What the symbols mean": "Ce que veulent dire les symboles",
    "Can I use it?": "Puis-je l'utiliser ?",
    "Derived from the licence policy's data on the weights' licence; \"not stated\" means "
    "the data says nothing on that point, not that it is allowed. Not legal advice.": (
        "Tiré des données de la politique de licences sur la licence des poids ; « non "
        "précisé » veut dire que les données ne disent rien sur ce point, pas que c'est "
        "permis. Ce n'est pas un conseil juridique."
    ),
    "Where other verdicts differ": "Là où d'autres verdicts diffèrent",
    "Sources": "Sources",
    "Facts checked against these public sources on **{date}**.": (
        "Faits vérifiés auprès de ces sources publiques le **{date}**."
    ),
    "How its makers present it: {note}": "Comment ses auteurs le présentent : {note}",
    "**Not confirmed** against a source (treat as the weakest facts):": (
        "**Non confirmé** par une source (à tenir pour les faits les plus fragiles) :"
    ),
    "The declaration itself: {link}.": "La déclaration elle-même : {link}.",
    "The full report": "Le rapport complet",
    "What is released, in detail": "Ce qui est publié, en détail",
    "Training data sets": "Jeux de données d'entraînement",
    "What blocks {level}": "Ce qui bloque le niveau {level}",
    "Also missing for {level}": "Manque aussi pour le niveau {level}",
    "Why it fails OSAID 1.0": "Pourquoi il échoue à l'OSAID 1.0",
    "MOF notes": "Notes sur le MOF",
    "Findings": "Constats",
    "The reviewers' notes": "Les notes des relecteurs",
    "Written by the declaration's authors in `x-rationale` (the validator ignores it):": (
        "Écrites par les auteurs de la déclaration dans `x-rationale` (le validateur les ignore) :"
    ),
    "The declaration": "La déclaration",
    "The report as JSON (`openness validate --format json`)": (
        "Le rapport en JSON (`openness validate --format json`)"
    ),
    "Class {numeral}, {label}": "Classe {numeral}, {label}",
    "Class {numeral} {percent}%": "Classe {numeral} : {percent} %",
    "The licence policy says: {reason} (see {where}; the licence itself decides).": (
        "La politique de licences dit : {reason} (voir {where} ; c'est la licence elle-même "
        "qui fait foi)."
    ),
    "data set {name}": "jeu de données {name}",
    "Level, and OSI's validation": "Niveau, et validation de l'OSI",
    "No source is given.": "Aucune source n'est donnée.",
    "Found a wrong or outdated fact? See {guide}.": ("Un fait faux ou dépassé ? Voir {guide}."),
    "Found a wrong or outdated fact? [Propose a correction]({form}), or see {guide}.": (
        "Un fait faux ou dépassé ? [Proposez une correction]({form}), ou voyez {guide}."
    ),
    # --- the models directory's sentences ----------------------------------------------------
    "released, open": "publié, ouvert",
    "released under terms the definition counts as open": (
        "publié à des conditions que la définition compte comme ouvertes"
    ),
    "released, restricted": "publié, restreint",
    "released, but under a licence that is not open for it, without one, or behind an "
    "agreement to accept": (
        "publié, mais sous une licence qui n'est pas ouverte pour lui, sans licence, ou "
        "derrière des conditions à accepter"
    ),
    "partly released": "publié en partie",
    "only part of it is released": "seule une partie est publiée",
    "not publicly available": "aucun accès public",
    "not applicable": "sans objet",
    "does not exist for this model": "n'existe pas pour ce modèle",
    "Not known:": "Inconnu :",
    "the declaration is not valid, so no level is computed.": (
        "la déclaration n'est pas valide : aucun niveau n'est calculé."
    ),
    "({title}): the {pillars} are all released under open terms.": (
        "({title}) : tous les piliers ({pillars}) sont publiés à des conditions ouvertes."
    ),
    "({title}), but not {top}: {gaps}.": "({title}), mais pas {top} : {gaps}.",
    "({title}): {because}.": "({title}) : {because}.",
    "it does not meet the level's requirements": "il ne remplit pas les exigences du niveau",
    "{licence} is not an open licence for the {component}": (
        "{licence} n'est pas une licence ouverte pour le composant « {component} »"
    ),
    "no {components}": "ni {components}",
    "the training data sets are not listed": (
        "les jeux de données d'entraînement ne sont pas listés"
    ),
    "not all of the training data is openly licensed": (
        "les données d'entraînement ne sont pas toutes sous licence ouverte"
    ),
    "the licence of the {components} is not known": (
        "la licence de ce qui suit n'est pas connue : {components}"
    ),
    "the weights' licence restricts use ({licence}: {restrictions})": (
        "la licence des poids restreint l'usage ({licence} : {restrictions})"
    ),
    "the {component}'s licence restricts use ({licence}: {restrictions})": (
        "la licence du composant « {component} » restreint l'usage ({licence} : {restrictions})"
    ),
    "the {components} are behind an agreement to accept": (
        "téléchargement soumis à des conditions à accepter : {components}"
    ),
    "the {components} is behind an agreement to accept": (
        "téléchargement soumis à des conditions à accepter : {components}"
    ),
    "the weights are not released, nor are {count} other components": (
        "les poids ne sont pas publiés, ni {count} autres composants"
    ),
    "the weights are not released, nor is the {components}": (
        "les poids ne sont pas publiés, ni ceci : {components}"
    ),
    "the weights are not released, nor are the {components}": (
        "les poids ne sont pas publiés, ni ceci : {components}"
    ),
    "the weights are not released": "les poids ne sont pas publiés",
    "{components} are not released": "non publiés : {components}",
    "{components} is not released": "non publié : {components}",
    "{nothing} is released openly": "rien n'est publié de façon ouverte ({nothing})",
    "the {components} have no licence": "sans licence : {components}",
    "the {components} has no licence": "sans licence : {components}",
    "the {components} are only partly released": "publiés en partie seulement : {components}",
    "the {components} is only partly released": "publié en partie seulement : {components}",
    "the {components} are declared not applicable": "déclarés sans objet : {components}",
    "the {components} is declared not applicable": "déclaré sans objet : {components}",
    "the training data is withheld without legal or technical grounds and not fully listed": (
        "des données d'entraînement sont retenues sans motif juridique ni technique, et ne "
        "sont pas toutes listées"
    ),
    "training data is withheld without legal or technical grounds": (
        "des données d'entraînement sont retenues sans motif juridique ni technique"
    ),
    "the list of training data is incomplete": (
        "la liste des données d'entraînement est incomplète"
    ),
    "The weights are not released: there is nothing to download or run yourself.": (
        "Les poids ne sont pas publiés : il n'y a rien à télécharger ni à faire tourner vous-même."
    ),
    "The weights are released without a licence: nobody may use, modify or share them.": (
        "Les poids sont publiés sans licence : personne n'a le droit de les utiliser, de les "
        "modifier ni de les partager."
    ),
    "Download": "Téléchargement",
    "behind an agreement to accept, whose terms may add conditions": (
        "derrière des conditions à accepter, qui peuvent en ajouter d'autres"
    ),
    "after registering": "après inscription",
    "no terms to accept": "aucune condition à accepter",
    "The weights are under {name}, an open licence: any use, commercial or not.": (
        "Les poids sont sous {name}, une licence ouverte : tout usage, commercial ou non."
    ),
    "But the download asks you to accept terms first: read them too.": (
        "Mais le téléchargement vous demande d'abord d'accepter des conditions : lisez-les aussi."
    ),
    "Commercial use": "Usage commercial",
    "Modified versions (derivatives)": "Versions modifiées (dérivés)",
    "User or revenue caps": "Plafonds d'utilisateurs ou de revenus",
    "Restrictions on outputs": "Restrictions sur les sorties",
    "Naming duties": "Obligations de nommage",
    "Fields of use or places excluded": "Domaines d'utilisation ou lieux exclus",
    "Terms the licensor may change": "Conditions que le concédant peut changer",
    "none beyond keeping notices": "aucune, hormis garder les mentions",
    "The weights' licence ({expression}) is not known to the licence policy.": (
        "La licence des poids ({expression}) n'est pas connue de la politique de licences."
    ),
    "no: {restrictions}": "non : {restrictions}",
    "not forbidden by the licence data": "non interdit par les données de licence",
    "no (no derivatives)": "non (pas de dérivés)",
    "allowed": "permis",
    ", and the use restrictions must be passed on": (
        ", et les restrictions d'usage doivent être transmises"
    ),
    "yes: above a threshold, permission is needed": (
        "oui : au-delà d'un seuil, il faut une autorisation"
    ),
    "yes: derivatives must carry the licensor's brand or a notice": (
        "oui : les dérivés doivent porter la marque du concédant ou une mention"
    ),
    "yes: an acceptable-use policy or a list of forbidden uses or places": (
        "oui : une politique d'utilisation acceptable ou une liste d'usages ou de lieux interdits"
    ),
    "yes: it may restrict use after the fact": "oui : il peut restreindre l'usage après coup",
    "The weights are under {name}, which is not an open licence.": (
        "Les poids sont sous {name}, qui n'est pas une licence ouverte."
    ),
    "not stated in the licence data": "non précisé dans les données de licence",
    "it misses a requirement": "il lui manque une exigence",
    "OSI's 2024 validation passed {system} under OSAID 1.0; here it is {title}, because {why}.": (
        "La validation de l'OSI en 2024 a reconnu {system} selon l'OSAID 1.0 ; ici, c'est "
        "{title}, parce que {why}."
    ),
    "OSI's 2024 validation says {system} {verdict}; here it is {title}, judged on the "
    "declaration's current facts.": (
        "La validation de l'OSI en 2024 dit de {system} : {verdict} ; ici, c'est {title}, "
        "jugé sur les faits actuels de la déclaration."
    ),
    "G7 label: {note}": "Label du G7 : {note}",
    "OSAID 1.0 passes: {note}": "L'OSAID 1.0 est satisfaite : {note}",
    "OSAID 1.0 fails: {note}": "L'OSAID 1.0 n'est pas satisfaite : {note}",
    "Class {numeral} ({label})": "la classe {numeral} ({label})",
    "no class ({label})": "aucune classe ({label})",
    "; no level here asks for the {components}": (
        " ; aucun niveau ici n'exige ceci : {components}"
    ),
    "MOF 1.0 gives it {placed} although it is {title} here: MOF's Class {wanted} also "
    "needs the {names} released under open licences{tail}.": (
        "Le MOF 1.0 lui donne {placed} alors qu'il est ici {title} : la classe {wanted} du "
        "MOF exige aussi que ceci soit publié sous licences ouvertes : {names}{tail}."
    ),
    "MOF 1.0 gives it Class {numeral} ({label}), which does not ask for the {components}; "
    "here their lack keeps it at {title}.": (
        "Le MOF 1.0 lui donne la classe {numeral} ({label}), qui n'exige pas ceci : "
        "{components} ; ici, leur absence le retient au niveau {title}."
    ),
    # --- badges -------------------------------------------------------------------------------
    "A badge shows a model's computed level and the definition version. Make one for your "
    "own declaration with `openness badge`, or embed the published badge of your level "
    "straight from this site.": (
        "Un badge montre le niveau calculé d'un modèle et la version de la définition. "
        "Faites celui de votre déclaration avec `openness badge --lang fr`, ou intégrez "
        "directement depuis ce site le badge publié de votre niveau."
    ),
    "Gallery": "Galerie",
    "Every published badge at the size it is drawn, highest level first, then the badge of "
    "a declaration that is not valid. The dark variants (a darker label, for pages in dark "
    "mode) are shown on a dark strip. Each label names this definition and version, never a "
    "level the model does not reach; the text reads at a contrast of at least 4.5:1 on "
    "every colour.": (
        "Chaque badge publié à la taille où il est dessiné, le niveau le plus haut d'abord, "
        "puis le badge d'une déclaration non valide. Les variantes sombres (une étiquette plus "
        "foncée, pour les pages en mode sombre) sont montrées sur une bande sombre. Chaque "
        "étiquette nomme cette définition et sa version, jamais un niveau que le modèle "
        "n'atteint pas ; le texte se lit avec un contraste d'au moins 4,5:1 sur chaque "
        "couleur."
    ),
    "The published badge files are not part of this build; the previews below are drawn "
    "by the same badge renderer from the definition data.": (
        "Les fichiers de badges publiés ne font pas partie de cette construction ; les aperçus "
        "ci-dessous sont dessinés par le même moteur à partir des données de la définition."
    ),
    "dark variant": "variante sombre",
    "light variant": "variante claire",
    "Copy a badge": "Copier un badge",
    "The snippets below link to the level's page. `openness badge --format markdown` (or "
    "`html`, `rst`) makes the snippet of your own declaration: the badge of the level it "
    "computes, linking to your model's page in the {directory} when the directory holds it "
    "(matched by `model.url`), so a reader who clicks it sees the reviewed verdict of that "
    "model.": (
        "Les extraits ci-dessous renvoient à la page du niveau, en français. "
        "`openness badge --lang fr --format markdown` (ou `html`, `rst`) fait l'extrait de "
        "votre propre déclaration : le badge du niveau qu'elle calcule, avec un lien vers la "
        "page de votre modèle dans le {directory} quand le répertoire le contient (reconnu "
        "par `model.url`), pour qu'un lecteur qui clique voie le verdict relu de ce modèle."
    ),
    "GitHub README (Markdown):": "README GitHub (Markdown) :",
    "Hugging Face model card (`README.md`; a PNG, because model pages do not always show "
    "SVG images):": (
        "Fiche de modèle Hugging Face (`README.md` ; un PNG, car les pages de modèle "
        "n'affichent pas toujours les images SVG) :"
    ),
    "HTML, with the dark variant for pages in dark mode (the `<source>` line):": (
        "HTML, avec la variante sombre pour les pages en mode sombre (la ligne `<source>`) :"
    ),
    "shields.io, through the endpoint JSON:": "shields.io, par le JSON de point d'accès :",
    "Addresses": "Adresses",
    "Published badges live at `{base}/badges/<version>/{folder}<level>.svg` (flat style) "
    "and `{base}/badges/<version>/{folder}<level>-<style>.svg` for the styles {styles}. The "
    "level ids are {ids}. A badge of a released version never changes.": (
        "Les badges publiés sont à `{base}/badges/<version>/{folder}<level>.svg` (style "
        "plat) et à `{base}/badges/<version>/{folder}<level>-<style>.svg` pour les styles "
        "{styles}. Les identifiants de niveau sont {ids}. Le badge d'une version publiée ne "
        "change jamais. Les badges anglais sont au même endroit, sans `{folder}`."
    ),
    "Every published badge file": "Chaque fichier de badge publié",
    # --- rules --------------------------------------------------------------------------------
    "Validator rules": "Règles du validateur",
    "Every finding `openness validate` reports names one of these rules. Each rule has a "
    "stable id and its own anchor on this page, which reports link to.": (
        "Chaque constat que rapporte `openness validate` nomme l'une de ces règles. Chaque "
        "règle a un identifiant stable et sa propre ancre sur cette page, vers laquelle "
        "pointent les rapports."
    ),
    "Severities, most serious first: {severities}.": (
        "Gravités, de la plus sérieuse à la moindre : {severities}."
    ),
    "severity: {severity}": "gravité : {severity}",
    # --- changelog ------------------------------------------------------------------------------
    "What changed from one version of the definition to the next. This page is computed "
    "when the site is built, by comparing the data files of the two versions ({versions}); "
    "nothing on it is written by hand. A level is followed from one version to the next "
    "through the G7 label the older version reads it as.": (
        "Ce qui a changé d'une version de la définition à la suivante. Cette page est "
        "calculée lors de la construction du site, en comparant les fichiers de données des "
        "deux versions ({versions}) ; rien n'y est écrit à la main. Un niveau est suivi d'une "
        "version à la suivante par le label du G7 sous lequel la version la plus ancienne le "
        "lit."
    ),
    "From {old} to {new}": "De la {old} à la {new}",
    "{count} changes: {old} to {new}.": "{count} modifications : de la {old} à la {new}.",
    "The first version: {summary}": "La première version : {summary}",
    "added": "ajout",
    "removed": "retrait",
    "changed": "modification",
    "renamed": "renommage",
    "merged": "fusion",
    "Name and badge": "Nom et badge",
    "Requirements of the levels": "Exigences des niveaux",
    "Open source claims": "Revendications d'open source",
    "Pillars, kinds, statuses and access classes": ("Piliers, types, statuts et classes d'accès"),
    "Exception bases": "Motifs d'exception",
    "G7 crosswalk": "Correspondance avec le G7",
    "OSAID crosswalk": "Correspondance avec l'OSAID",
    "{title}: no level matches it.": "{title} : aucun niveau ne lui correspond.",
    "{title} is now part of {image} ({id}), with {others}.": (
        "{title} fait désormais partie de {image} ({id}), avec {others}."
    ),
    "{title} ({id}) is now {image} ({image_id}).": (
        "{title} ({id}) est désormais {image} ({image_id})."
    ),
    "Title {old} is now {new}.": "Le titre {old} est désormais {new}.",
    "The id {id} named {was}, which is now {title} ({then}).": (
        "L'identifiant {id} désignait {was}, aujourd'hui {title} ({then})."
    ),
    "The id {id} named {was}.": "L'identifiant {id} désignait {was}.",
    "{title}, between {neighbours}: {summary}": "{title}, entre {neighbours} : {summary}",
    "At {title}: {summary}": "Au niveau {title} : {summary}",
    "Was at {title}: {summary}": "Était au niveau {title} : {summary}",
    "asked at {title}, was at {was}": "exigé au niveau {title}, l'était au niveau {was}",
    "{version}'s {title}": "{title} de la {version}",
    "now a group of {parts}": "désormais un groupe : {parts}",
    "no longer a group; {test} test on {components}": (
        "n'est plus un groupe ; test {test} sur {components}"
    ),
    "test {old} is now {new}": "le test {old} est désormais {new}",
    "components {old} are now {new}": "les composants {old} sont désormais {new}",
    "parts {old} are now {new}": "les parties {old} sont désormais {new}",
    "A model presented as open source must reach {title} ({id}); it had to reach {was}, "
    "now called {now}.": (
        "Un modèle présenté comme open source doit atteindre {title} ({id}) ; il devait "
        "atteindre {was}, appelé aujourd'hui {now}."
    ),
    "A model presented as open source must reach {title} ({id}); it had to reach {was}.": (
        "Un modèle présenté comme open source doit atteindre {title} ({id}) ; il devait "
        "atteindre {was}."
    ),
    "always applies now: it can no longer be declared not applicable": (
        "toujours applicable désormais : il ne peut plus être déclaré sans objet"
    ),
    "no longer always applies: it may be declared not applicable": (
        "n'est plus toujours applicable : il peut être déclaré sans objet"
    ),
    "kind": "type",
    "pillar": "pilier",
    "title": "titre",
    "status": "statut",
    "MOF component": "composant du MOF",
    "data access class": "classe d'accès aux données",
    "{label} {old} is now {new}": "{label} {old} est désormais {new}",
    "{label} {old} is now {new}.": "{label} {old} est désormais {new}.",
    "Data access class {title}: OSAID class {old} is now {new}.": (
        "Classe d'accès aux données {title} : la classe OSAID {old} est désormais {new}."
    ),
    "{what} (changed: {fields}).": "{what} (modifié : {fields}).",
    "its value": "sa valeur",
    "{title}: counts for Open Source AI": "{title} : compte pour l'IA open source",
    "{title}: does not count for Open Source AI": "{title} : ne compte pas pour l'IA open source",
    "Any list of data sets will do.": "N'importe quelle liste de jeux de données suffit.",
    "Shares must add up to 1 within {tolerance}; {count} descriptions count as saying nothing.": (
        "Les parts doivent faire 1 au total, à {tolerance} près ; {count} descriptions "
        "comptent comme ne disant rien."
    ),
    "Shares must add up to 1 within {tolerance} (was {was}).": (
        "Les parts doivent faire 1 au total, à {tolerance} près (auparavant {was})."
    ),
    "A description that counts as saying nothing.": (
        "Une description qui compte comme ne disant rien."
    ),
    "No longer counts as saying nothing.": "Ne compte plus comme ne disant rien.",
    "Title": "Titre",
    "Badges read {new} (were {old}).": "Les badges affichent {new} (auparavant {old}).",
    "Label {title}": "Label {title}",
    "{old} read {title} as {read}. {note} In {new} it became {target}, whose G7 label is {now}.": (
        "La {old} lisait {title} comme {read}. {note} Dans la {new}, il est devenu {target}, "
        "dont le label du G7 est {now}."
    ),
    "OSAID {version} item: {summary}": "Élément de l'OSAID {version} : {summary}",
    "Restriction {title}": "Restriction {title}",
    "Kind {kind} accepts {accept}": "Le type {kind} accepte {accept}",
    "Open content: {title}": "Contenu ouvert : {title}",
    "Restricted ({restrictions})": "Restreinte ({restrictions})",
    "open for {kinds}": "ouverte pour {kinds}",
    "restricted ({restrictions})": "restreinte ({restrictions})",
    "one of {choices}": "l'une de {choices}",
    "Licence name {alias} read as {target}": "Nom de licence {alias} lu comme {target}",
    "{label} (was: {old}).": "{label} (auparavant : {old}).",
    "{label} (changed: {fields}).": "{label} (modifié : {fields}).",
}

SITE: dict[str, dict[str, str]] = {"fr": FR}
