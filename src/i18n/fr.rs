//! Français.

use cloudfall_model::certainty::{Certainty, Counted, HowKnown};
use cloudfall_model::data::{DependencyMode, Role, ShareLabel, ShareScope};
use cloudfall_model::embed::View;
use cloudfall_model::metrics::Reading;
use cloudfall_model::query::{MAX_LIST_IDS, MAX_QUERY_BYTES};
use cloudfall_model::validate::{JsonType, ProblemKind, Shape, Step, Syntax};
use cloudfall_model::{EvidenceKind, Jurisdiction, Lang, NodeKind, NodeState, Problem};

use super::{StoryTexts, Texts};

pub const STORY: StoryTexts = StoryTexts {
    notice_bad_class_value: |key, value| format!("Le lien donne à « {key} » la valeur « {value} », que cette page ne connaît pas ; elle a été ignorée."),
    problem,
    problem_place,
    title: "Cloudfall",
    notice_unknown_jurisdiction: |code| format!("Le lien cite la juridiction « {code} », qui n'est pas un code de pays ; elle a été ignorée."),
    list_separator: ", ",
    notice_unknown_id: |id| format!("Le lien cite « {id} », absent de ces données ; il a été ignoré."),
    notice_not_switchable: |id| format!("« {id} » est un service web, pas un élément que l'on peut éteindre ; il a été ignoré."),
    notice_unknown_lang: |code| format!("La langue « {code} » n'est pas disponible ; affichage en anglais."),
    notice_heading: "À propos de ce lien",
    dismiss: "Fermer",
    data_error: "Les données n'ont pas pu être chargées. Rien n'est affiché, pour ne rien afficher de faux. Problèmes trouvés :",
    state_name: |state| match state {
        NodeState::Up => "en service",
        NodeState::Degraded => "dégradé",
        NodeState::Down => "en panne",
    },
    and_more: |more| if more == 1 { "et 1 autre".to_string() } else { format!("et {more} autres") },
    loading: "Chargement des données…",
    notice_bad_data_path: |path| format!("Le lien demande le fichier de données « {path} », qui n'est pas un fichier de ce site ; les données intégrées sont affichées."),
    colon: "\u{a0}: ",
    data_error_fallback: "Afficher plutôt Cloudfall avec ses données intégrées",
    metric_down: |down, total, percent| format!("{down} services web sur {total} en panne ({})", super::percent(percent)),
    metric_degraded: |degraded, percent| format!("{} ({})", super::fr_count(degraded, "dégradé", "dégradés"), super::percent(percent)),
    why_link: |certainty, date| {
        let kind = match certainty {
            Certainty::Documented => "lien documenté",
            Certainty::Inferred => "lien déduit",
            Certainty::Reported => "seulement signalé",
        };
        match date {
            Some(date) => format!("{kind}, {date}"),
            None => "fait partie de".to_string(),
        }
    },
    crashed: "Cloudfall s’est arrêté à cause d’une erreur de l’application. Le lien dans la barre d’adresse garde ce que vous aviez choisi. ",
    crashed_back: "Recommencer depuis le début",
    how_name: |how| (cloudfall_draw::words::words(Lang::Fr).how)(how),
    how_count: |certainty, count| {
        let word = match certainty {
            Certainty::Documented => "documenté",
            Certainty::Inferred => "déduit",
            Certainty::Reported => "seulement signalé",
        };
        if count <= 1 { format!("{count} {word}") } else { format!("{count} {word}s") }
    },
    why_heading: "Pourquoi ?",
    why_intro: |name, state| format!("{name} est {state} à cause de cette chaîne :"),
    why_switched_off: "éteint",
    category_name: |category| (cloudfall_draw::words::words(Lang::Fr).category)(Some(category)),
    notice_unknown_incident: |id| format!("Le lien cite la panne « {id} », absente de ces données ; elle a été ignorée."),
    notice_unknown_period: |period| format!("Le lien cite la période « {period} », sans parts de marché ; affichage de la plus récente."),
    notice_bad_backup: |pair| format!("Le lien demande le secours « {pair} », qui n'associe pas un service web et une infrastructure de ces données ; il a été ignoré."),
    notice_unknown_key: |key| format!("Le lien contient un paramètre « {key} » que cette page ne connaît pas ; il a été ignoré."),
    notice_unknown_certainty: |value| format!("Le lien demande de compter « {value} », qui n'est pas un genre de preuve ; tous les services touchés sont comptés."),
    notice_unknown_chart: |chart| format!("Le lien demande le graphique « {chart} », qui n'existe pas ; affichage des parts de marché."),
    notice_too_long: |bytes| format!("Le lien compte {bytes} caractères, plus que cette page n'en lit ; seuls ses {MAX_QUERY_BYTES} premiers caractères ont été lus."),
    notice_too_many_ids: |key, count| format!("Le lien énumère {count} éléments dans « {key} » ; seuls les {MAX_LIST_IDS} premiers ont été lus."),

    notice_bad_value: |key, value, takes| {
        let takes = if takes.is_empty() { String::new() } else { format!(" (il prend {})", super::list_and(takes, "ou")) };
        format!("Le lien donne à « {key} » la valeur « {value} », qu'il ne prend pas{takes} ; elle a été ignorée.")
    },
    open_explorer: "Ouvrir l'explorateur complet",
    views_label: "Afficher",
    view_name: |view| match view {
        View::Story => "Récit",
        View::Chart => "Marché",
        View::Map => "Carte",
        View::Full => "Tout",
    },
    credits: |version, as_of, licence| match licence {
        Some(licence) => format!("Cloudfall · données {version}, vérifiées au {as_of} · {licence}"),
        None => format!("Cloudfall · données {version}, vérifiées au {as_of}"),
    },
    story_heading: "Ce qui s'éteint",
    story_none: "Rien n'est éteint : tous les services web des données fonctionnent. Ouvrez l'explorateur complet pour éteindre un fournisseur, une région ou un seul service cloud.",
    story_off: "Éteint",
    story_chain: "Le chemin de la panne",
    story_suppliers: "Fournisseurs intermédiaires qui tombent avec",
    story_group: |category, count| format!("{category} : {count}"),
    story_service_state: |state| format!(", {state}, "),
    story_see_map: "Voir la carte complète",
    story_folded: |services, groups| match groups {
        1 => format!("{services} de plus dans 1 autre catégorie"),
        _ => format!("{services} de plus dans {groups} autres catégories"),
    },
    share_open: "Partager ou intégrer",
    share_heading: "Partager cette vue",
    share_link_label: "Lien vers cette vue",
    share_embed_label: "Code d'intégration pour un article",
    share_embed_hint: "Collez-le dans le HTML de votre page. Le petit script ajuste la hauteur du cadre à son contenu ; sans lui, le cadre garde sa hauteur.",
    share_copy: "Copier",
    share_copied: "Copié",
    share_copy_failed: "Le navigateur n'a pas permis la copie : le texte est sélectionné, appuyez sur Ctrl+C (⌘C sur Mac).",
    share_close: "Fermer",
    share_preview_label: "Aperçu en",
    notice_unknown_version: |version| format!("Le lien demande la version {version} des données, que ce site n'a pas ; affichage des données actuelles."),
    pinned_note: |version, as_of| format!("Ceci montre la version {version} des données (faits vérifiés au {as_of}), celle du moment où le lien a été fait."),
    pinned_latest: "Voir avec les données actuelles",
    embed_title: |off| if off.is_empty() {
        "Cloudfall : le risque de concentration du cloud".to_string()
    } else {
        format!("Cloudfall : ce qui s'éteint quand {off} tombe en panne")
    },
    page_title: "Cloudfall — le risque de concentration du cloud",
};

pub const FR: Texts = Texts {
    story: STORY,
    tagline: "Quelques fournisseurs de cloud font tourner une grande partie du Web. Éteignez-en un et regardez ce qui s'éteint avec lui.",
    language_label: "Langue",
    chart_heading: "Qui détient le marché du cloud",
    chart_intro: "Cliquez sur la barre d'un fournisseur pour l'éteindre.",
    chart_caption: |period| format!("Parts du marché mondial des infrastructures cloud, {period}"),
    market_size: |usd_bn| format!("Taille du marché : {usd_bn:.0} milliards de dollars US sur le trimestre"),
    source_label: "Source",
    map_heading: "Qui dépend de qui",
    map_intro: "Les fournisseurs à gauche, les services du quotidien à droite. Trait plein : dépendance documentée ; pointillés : le service a seulement été signalé touché lors d'une panne.",
    switches_heading: "Éteindre",
    switches_intro: "Éteignez un fournisseur entier, une région, ou un seul service dans une région.",
    reset: "Tout rallumer",
    jurisdiction_heading: "Selon le siège",
    jurisdiction_hint: "Tous les fournisseurs et intermédiaires (paiement, connexion…) qui y ont leur siège.",
    jurisdiction_name: |group| match group {
        Jurisdiction::Country(code) if &code == b"US" => "Tous les fournisseurs américains".to_string(),
        Jurisdiction::Country(code) if &code == b"CN" => "Tous les fournisseurs chinois".to_string(),
        Jurisdiction::Country(_) => format!("Tous les fournisseurs dont le siège est\u{a0}: {}", group.code().to_ascii_uppercase()),
        Jurisdiction::OutsideEu => "Tous les fournisseurs hors de l'UE".to_string(),
    },
    eu_standing: |standing, total| {
        format!("{standing} des {total} services web basés dans l'UE restent debout (en service ou dégradés)\u{a0}; {} tombent.", total - standing)
    },
    switch_label: |name, off| {
        if off {
            format!("{name} : éteint (appuyer pour rallumer)")
        } else {
            format!("{name} : allumé (appuyer pour éteindre)")
        }
    },
    summary_none: |total| format!("Les {total} services web de ces données fonctionnent. Éteignez quelque chose pour voir ce qui en dépend."),
    summary_caveat: "Seules les dépendances de ces données sont comptées ; un vrai service peut en avoir d'autres, ou basculer ailleurs.",
    legend_heading: "Lire la carte",
    dataset_line: |version, as_of| format!("Données {version}, faits vérifiés jusqu'au {as_of}."),
    evidence_counts: |documented, reported, inferred| {
        let all = (documented + reported + inferred).max(1) as f64;
        let percent = |n: usize| 100.0 * n as f64 / all;
        format!(
            "Dépendances : {documented} documentées ({:.0} %), {reported} seulement signalées lors d'une panne ({:.0} %), {inferred} déduites ({:.0} %).",
            percent(documented), percent(reported), percent(inferred)
        )
    },
    kind_name: |kind| match kind {
        NodeKind::Provider => "fournisseur de cloud",
        NodeKind::Region => "région",
        NodeKind::Zone => "zone de disponibilité",
        NodeKind::CloudService => "service cloud",
        NodeKind::Supplier => "fournisseur intermédiaire",
        NodeKind::WebService => "service web",
    },
    evidence_name: |kind| match kind {
        EvidenceKind::Documented => "documentée",
        EvidenceKind::Reported => "signalée",
        EvidenceKind::Inferred => "déduite",
    },
    evidence_explained: |kind| match kind {
        EvidenceKind::Documented => "Documentée : affirmée par l'entreprise ou son fournisseur (étude de cas, document officiel, conférence).",
        EvidenceKind::Reported => "Signalée : le service a été signalé touché quand cet élément est tombé ; le chemin exact n'est pas public.",
        EvidenceKind::Inferred => "Déduite : tirée d'autres faits, affirmée nulle part.",
    },
    node_label: |name, kind, state| format!("{name}, {kind}, {state}"),
    map_caption: |nodes, edges| format!("Carte des dépendances : {nodes} nœuds, {edges} liens."),
    share_label: |label| match label {
        ShareLabel::Others => "Autres",
        ShareLabel::BigThree => "Amazon + Microsoft + Google",
        ShareLabel::EuropeanProviders => "Fournisseurs européens",
    },
    scope_name: |scope| match scope {
        ShareScope::Worldwide => "Monde",
        ShareScope::Europe => "Europe",
    },
    europe_caption: |period| format!("Marché des infrastructures cloud en Europe, {period}"),
    period_label: "Période",
    latest: "la plus récente",
    view_shares: "Parts",
    view_history: "Historique",
    history_caption: |first, last| format!("Parts du marché mondial dans le temps, de {first} à {last}"),
    history_sources: |periods| format!("{periods} estimations trimestrielles, chacune avec sa source : choisissez une période sous Parts pour la voir."),
    history_table: "Les chiffres en tableau",
    switch_children: |count| if count == 1 { "1 région ou service".to_string() } else { format!("{count} régions et services") },
    texts_loading: "Chargement des sources…",
    texts_missing: "sources non chargées",
    texts_failed: |why| format!("Les sources n'ont pas pu être chargées\u{a0}: {why} La carte et les chiffres n'en ont pas besoin\u{a0}; rechargez la page pour réessayer."),
    zoom_label: "Zoomer sur la carte",
    zoom_in: "Agrandir",
    zoom_out: "Réduire",
    zoom_fit: "Ajuster à la largeur",
    canvas_hint: |drawn, labels| {
        let names = if labels { "" } else { " Zoomez pour voir les liens, puis les noms." };
        format!("{drawn} nœuds visibles. Faites glisser pour vous déplacer, molette ou + et − pour zoomer.{names}")
    },
    more_in_search: |more| format!("et {more} autres : trouvez-les avec la recherche."),
    history_note: "Les trous sont des trimestres pour lesquels aucune source ne donne de part ; les lignes relient les trimestres connus.",
    approximate_note: "~ signale un chiffre approximatif (« environ », « plus de », ou lu sur un graphique).",

    metrics_heading: "Ce qui est en panne",
    metric_audience: |millions, known, down, counted| {
        let total = super::fr_millions(millions);
        format!("Les audiences connues de {known} des {down} services en panne ({counted}) totalisent {total} d'utilisateurs : un ordre de grandeur, pas un nombre de personnes, car une personne qui utilise trois de ces services compte trois fois et chaque source compte à sa façon (utilisateurs mensuels, comptes, visites).")
    },
    metric_audience_none: "Aucune audience n'est connue pour les services en panne.",
    metric_hhi: |hhi, period, lower_bound| {
        format!("Concentration du marché (IHH, {period}) : {}{hhi:.0}", if lower_bound { "au moins " } else { "" })
    },
    hhi_reading: |reading| match reading {
        Reading::Unconcentrated => "peu concentré",
        Reading::Moderately => "modérément concentré",
        Reading::Highly => "très concentré",
    },
    hhi_caveat: "Somme des carrés des parts de marché des fournisseurs nommés (« autres » exclus : c'est un minimum). Lecture : lignes directrices américaines sur les concentrations horizontales (DOJ/FTC, 2010, §5.3) : moins de 1 500, peu concentré ; de 1 500 à 2 500, modérément ; plus de 2 500, très concentré. Les lignes directrices de 2023 parlent de marché très concentré dès 1 800.",

    legend_how_heading: "Comment on connaît l’état d’une case",
    headquarters: "Siège",
    spof_heading: "Ce qui peut à lui seul le faire tomber",
    spof_set: |count, proven| {
        let minimal = if proven { "" } else { " (recherche arrêtée avant la fin : peut-être pas le plus petit)" };
        format!("Aucun interrupteur seul ; ces {count} ensemble le font tomber{minimal} :")
    },
    spof_none: "Aucun interrupteur de ces données ne le fait tomber, seul ou avec d’autres.",
    spof_unknown: "Rien de public ne dit sur quoi il tourne : ce qui peut le faire tomber est inconnu, pas « rien ».",
    how_intro: |affected| {
        if affected <= 1 {
            "Comment on le sait : du seul service web touché, ".to_string()
        } else {
            format!("Comment on le sait : sur les {affected} services web touchés, ")
        }
    },
    how_part: |certainty, count| {
        let verb = if count <= 1 { "est relié" } else { "sont reliés" };
        match certainty {
            Certainty::Documented => format!("{count} {verb} à la panne par des liens documentés"),
            Certainty::Inferred => format!("{count} {verb} par des liens déduits"),
            Certainty::Reported => format!(
                "{count} {verb} seulement par des signalements le jour d’une panne (observés, non expliqués)"
            ),
        }
    },
    how_at_risk: |count| {
        if count <= 1 {
            format!("{count} autre est à risque : il tourne chez le fournisseur ou dans la région en panne, mais on ne sait pas quelle partie il utilise.")
        } else {
            format!("{count} autres sont à risque : ils tournent chez le fournisseur ou dans la région en panne, mais on ne sait pas quelle partie ils utilisent.")
        }
    },
    how_unknown: |count| {
        if count <= 1 {
            format!("{count} n’a aucune dépendance publique : inconnu, pas à l’abri.")
        } else {
            format!("{count} n’ont aucune dépendance publique : inconnus, pas à l’abri.")
        }
    },
    how_explained: |how| match how {
        HowKnown::Affected(Certainty::Documented) => "chaque lien de la chaîne est documenté",
        HowKnown::Affected(Certainty::Inferred) => "le lien le plus faible de la chaîne est déduit",
        HowKnown::Affected(Certainty::Reported) => "seul un signalement le jour d’une panne le relie à ce qui est tombé",
        HowKnown::AtRisk { .. } => "tourne sur ce qui est tombé ; quelle partie, on ne sait pas",
        HowKnown::Unaffected => "rien dans les données ne le relie à ce qui est éteint",
        HowKnown::Unknown => "aucune dépendance publique : les données ne peuvent rien dire",
    },
    blast_heading: "Points de défaillance uniques",
    blast_intro: "Combien de services web chaque élément d'infrastructure ferait tomber à lui seul, dans ces données.",
    blast_row: |down, degraded| {
        if degraded > 0 {
            format!("{down} en panne, {}", super::fr_count(degraded, "dégradé", "dégradés"))
        } else {
            format!("{down} en panne")
        }
    },
    blast_none: "Dans ces données, rien ne fait tomber un service web à lui seul.",

    details_empty: "Cliquez sur une case de la carte (ou placez-y le focus), ou cherchez un nom, pour voir ce que c'est, de quoi cela dépend et pourquoi nous le pensons.",
    close: "Fermer",
    depends_on_heading: "Dépend de",
    dependents_heading: "Ce qui en dépend",
    nothing_listed: "Rien dans ces données.",
    evidence_heading: "Preuves",
    incidents_heading: "Signalé touché lors de",
    role_name: |role| match role {
        Role::Hosting => "hébergement",
        Role::Compute => "calcul",
        Role::Database => "base de données",
        Role::Storage => "stockage",
        Role::Cdn => "diffusion de contenu (CDN)",
        Role::Dns => "DNS",
        Role::Authentication => "connexion",
        Role::Payments => "paiements",
        Role::Messaging => "messagerie",
        Role::Support => "service client",
        Role::Monitoring => "supervision",
        Role::Collaboration => "collaboration",
        Role::ControlPlane => "plan de contrôle",
        Role::Network => "réseau",
        Role::Identity => "identité",
        Role::Ai => "IA",
        Role::Unknown => "rôle inconnu",
    },
    mode_name: |mode| match mode {
        DependencyMode::Required => "indispensable",
        DependencyMode::Redundant => "une solution parmi plusieurs",
        DependencyMode::Soft => "secondaire : dégrade sans casser",
    },
    audience_line: |millions, measure, scope| {
        format!("Audience\u{a0}: {} — {measure} ({scope})", super::fr_millions(millions))
    },
    switch_off: "Éteindre",
    switch_on: "Rallumer",
    opens_new_tab: "(s'ouvre dans un nouvel onglet)",

    whatif_heading: "Et si…",
    whatif_intro: |name| format!("Et si {name} pouvait aussi tourner ailleurs ? Choisissez un secours : quand sa propre infrastructure tombe, le service y bascule et n'est que dégradé."),
    whatif_choose: "Choisir un secours",
    whatif_add: "Ajouter ce secours",
    whatif_item: |service, backup| format!("Hypothèse : {service} pourrait aussi tourner sur {backup}"),
    whatif_remove: "Retirer",
    whatif_banner: "Secours hypothétiques en jeu (pas réels) :",
    whatif_edge: "secours hypothétique",

    search_label: "Trouver sur la carte",
    search_placeholder: "Airbnb, DynamoDB, Paris…",
    search_none: "Aucun résultat dans ces données.",

    replay_heading: "Rejouer une vraie panne",
    replay_intro: "Éteignez exactement ce qui est tombé, puis comparez ce que prédit le modèle avec ce qui a été signalé.",
    replay_choose: "Choisir une panne",
    replay_close: "Quitter la relecture",
    replay_duration: |hours| {
        if hours.fract() == 0.0 {
            format!("environ {hours:.0} heures")
        } else {
            format!("environ {hours:.1} heures").replace('.', ",")
        }
    },
    replay_headline: |date, reported, predicted, at_risk| format!("Le {date}, {reported} de ces services ont été signalés touchés. Les preuves indépendantes des signalements de ce jour-là en prédisaient {predicted} ; parmi les autres, {at_risk} tournent chez le fournisseur tombé, sans qu’on sache où (à risque)."),
    replay_samples: |out, within, reported| format!("Les preuves indépendantes des signalements de cette panne prédisent {out} des {reported} services signalés touchés ; avec ces signalements (ce que montre la carte), {within} sur {reported}, ce qui ne prouve rien : un signalement ne peut pas se confirmer lui-même."),
    replay_overall: |hits, reported, incidents| format!("Sur l’ensemble des {incidents} pannes, les preuves indépendantes en prédisent {hits} sur {reported}."),
    replay_hits: |hits, reported| format!("Prédits et signalés : {hits} sur {reported}"),
    replay_misses: |misses, at_risk| format!("Signalés mais non prédits : {misses}, dont {at_risk} connus pour tourner chez le fournisseur tombé"),
    replay_at_risk: |provider| format!("tourne chez {provider}, mais ses régions et services ne sont pas publics : la panne les a révélés"),
    replay_unreported: |count| format!("Prédits mais non signalés : {count}"),
    replay_miss_unexplained: "Aucune dépendance de ces données ne l'explique.",
    replay_hits_explained: "D'autres preuves (hébergement documenté, autres pannes) les prédisent, et des sources les ont signalés touchés. Les signalements de cette panne-ci sont exclus de la prédiction : un signalement ne se confirme jamais lui-même.",
    replay_misses_explained: "Des sources les ont signalés touchés, mais rien d'autre dans les données ne dit qu'ils dépendaient de ce qui est tombé : des dépendances cachées, souvent via un fournisseur intermédiaire ou une région dont personne ne parlait. À discuter.",
    replay_unreported_explained: "Le modèle les éteint, mais aucune source trouvée ne les signale : ils ont peut-être basculé ailleurs, ou personne n'en a parlé.",
    replay_changed: "Vous avez changé les interrupteurs depuis le début de la relecture : la comparaison porte sur ce qui est éteint maintenant.",
    counted_label: "Compter",
    counted_name: |counted| match counted {
        None => "tous les services touchés",
        Some(Counted::Documented) => "seulement les chaînes documentées",
        Some(Counted::Inferred) => "les chaînes documentées ou déduites",
        Some(Counted::Reported) => "tous les services touchés, signalements compris",
        Some(Counted::AtRisk) => "les services touchés et ceux à risque",
    },
    counted_note: |counted| match counted {
        Counted::Documented => " (seuls les services reliés à ce qui est éteint par des liens documentés sont comptés)",
        Counted::Inferred => " (seuls les services reliés par des liens documentés ou déduits sont comptés)",
        Counted::Reported => "",
        Counted::AtRisk => " (les services à risque sont comptés comme en panne)",
    },
    read_via: |site| format!("lu via une copie\u{a0}: {site}"),
    evidence_dated: |years| format!("ancienne\u{a0}: {years}\u{a0}ans"),
    newest_evidence: |date| format!("preuve la plus récente {date}"),
    hosting_note_label: "Comment on le sait",
    data_credit_label: "À propos des données",
    licence_label: "Licence",
    citation_label: "Citer ainsi",
    no_licence: "Ce fichier de données n'indique pas de licence.",
    loader_heading: "Vos propres données",
    loader_intro: "Ouvrez un fichier de données (.json) à vous, ou déposez-le ici. Il est d'abord vérifié\u{a0}: s'il a des problèmes, ils sont listés et rien ne change sur la page.",
    loader_choose: "Ouvrir un fichier de données",
    loader_drop: "Déposez un fichier .json ici",
    loader_template: "Télécharger un petit fichier d'exemple pour commencer",
    loader_reading: |name| format!("Vérification de « {name} »\u{2026}"),
    loader_loaded: |name, nodes| {
        let boxes = if nodes <= 1 { "boîte" } else { "boîtes" };
        format!("La carte montre maintenant votre fichier « {name} » ({nodes} {boxes}).")
    },
    loader_back: "Revenir aux données d'origine",
    loader_refused: |name, problems| {
        let problems = if problems <= 1 { format!("{problems} problème") } else { format!("{problems} problèmes") };
        format!("« {name} » n'a pas été chargé ({problems}) ; la page n'a pas changé. Corrigez ceci dans le fichier et ouvrez-le à nouveau\u{a0}:")
    },
    loader_unreadable: "Le navigateur n'a pas pu lire ce fichier.",
    skip_to_map: "Aller à la carte",
    switch_running: "En marche",
    search_count: |count| if count == 1 { "1 suggestion".to_string() } else { format!("{count} suggestions") },
    hhi_more: "Que dit ce nombre\u{202f}?",
    hhi_explained: "Il mesure comment le marché du cloud se partage entre les entreprises qui le vendent\u{a0}: on additionne le carré de la part de marché de chaque entreprise, en pourcentage (10\u{202f}000 si une seule avait tout). Autour de 1\u{202f}400, plusieurs grandes entreprises se partagent le marché\u{a0}: les règles de la concurrence le disent «\u{a0}peu concentré\u{a0}». Il ne mesure pas combien de sites dépendent d'une même entreprise ou d'une même région\u{a0}: la carte montre qu'une seule région, us-east-1, peut faire tomber beaucoup de services à la fois, même dans un tel marché.",
    glossary_heading: "Les mots utilisés ici",
    glossary: &[
        ("Fournisseur de cloud", "Une entreprise qui loue des ordinateurs dans ses centres de données (Amazon Web Services, Microsoft Azure, Google Cloud…). «\u{a0}Le nuage\u{a0}», ce sont ces ordinateurs, dans de vrais bâtiments."),
        ("Région", "Un groupe de centres de données d'un fournisseur dans une zone, comme us-east-1 en Virginie du Nord (États-Unis). Une région, ce sont quelques bâtiments, pas l'endroit où sont les utilisateurs."),
        ("Zone de disponibilité", "Un ou plusieurs centres de données d'une région, avec leur propre électricité et leur propre réseau, pour que la panne d'un bâtiment n'arrête pas la région. Elle ne protège pas quand tombe quelque chose que toute la région partage."),
        ("Fournisseur tiers", "Une entreprise à qui un site confie une tâche (paiement, connexion, messages, assistance…). Si elle tombe, le site peut tomber avec elle, même sans utiliser lui-même le cloud en panne."),
        ("DNS", "L'annuaire d'Internet\u{a0}: il transforme un nom comme dynamodb.us-east-1.amazonaws.com en l'adresse numérique d'un ordinateur. Le 20 octobre 2025, un tel enregistrement a été vidé par erreur."),
    ],
    live_switched: |name, off| if off { format!("{name}\u{a0}: éteint.") } else { format!("{name}\u{a0}: rallumé.") },
    live_all_on: "Tout est rallumé.",
    live_counts: |down, degraded, up, names| {
        let services = if down < 2 { "service web en panne" } else { "services web en panne" };
        let including = if names.is_empty() || names.len() == down {
            if names.is_empty() { String::new() } else { format!("\u{a0}: {}", super::list_and(names, "et")) }
        } else {
            format!(", dont {}", super::list_and(names, "et"))
        };
        format!(
            "{down} {services}{including}\u{202f}; {}\u{202f}; {}.",
            super::fr_count(degraded, "dégradé", "dégradés"),
            super::fr_count(up, "intact", "intacts")
        )
    },
    dark_theme: "Thème sombre",
    table_heading: "Tous les services web, en tableau",
    table_intro: "Les mêmes états que sur la carte, une ligne par service. Triez avec le bouton d'une colonne.",
    table_service: "Service",
    table_state: "État",
    table_audience: "Audience",
    table_millions: super::fr_millions,
    cascade_label: "Comment la panne se propage",
    cascade_stepping: "Vague par vague",
    cascade_next: "Vague suivante",
    cascade_wave: |shown, waves| format!("Vague {shown} sur {waves}\u{a0}: les cases déjà atteintes montrent leur nouvel état."),
    cascade_done: "Toutes les vagues sont montrées.",
    tree_heading: "La carte en liste",
    tree_intro: "Les fournisseurs, puis ce qui s'y trouve ou en dépend. Haut et Bas pour se déplacer\u{a0}; Droite ouvre, Gauche ferme\u{a0}; Entrée montre les détails\u{a0}; Espace éteint ou rallume.",
    tree_junction: |others, more| if more > 0 { format!(" (carrefour\u{a0}: aussi sous {others} et {more} autres)") } else { format!(" (carrefour\u{a0}: aussi sous {others})") },
    pan_left: "Déplacer la vue vers la gauche",
    pan_up: "Déplacer la vue vers le haut",
    pan_down: "Déplacer la vue vers le bas",
    pan_right: "Déplacer la vue vers la droite",
    // Issue 16, export.
    export_heading: "Télécharger et imprimer",
    export_intro: "Chaque fichier indique le scénario, la date, la version des données, leur licence et leurs sources.",
    export_chart_svg: "Graphique (SVG)",
    export_chart_png: "Graphique (PNG)",
    export_story_svg: "Image du scénario (SVG)",
    export_story_png: "Image du scénario (PNG)",
    export_map_svg: "Carte (SVG)",
    export_map_png: "Carte (PNG)",
    export_csv: "Services touchés (CSV)",
    export_print: "Imprimer ce scénario",
    // Issue 17 : les points de vue de la liste et les infobulles qui résument.
    tree_viewpoints: "Lire la liste",
    tree_by_provider: "Par fournisseur\u{a0}: ce qui en dépend",
    tree_by_service: "Par service\u{a0}: ce dont il a besoin",
    tree_intro_service: "Les services web, les plus connus d'abord, puis ce dont chacun a besoin, jusqu'aux fournisseurs. Haut et Bas pour se déplacer\u{a0}; Droite ouvre, Gauche ferme\u{a0}; Entrée montre les détails\u{a0}; Espace éteint ou rallume.",
    box_reach: |down, degraded, names, summarised| {
        let dark = if down < 2 {
            format!("{down}\u{a0}service web tombe en panne")
        } else {
            format!("{down}\u{a0}services web tombent en panne")
        };
        let counts = match (down, degraded) {
            (_, 0) => dark,
            (0, 1) => "1\u{a0}service web est dégradé".to_string(),
            (0, _) => format!("{degraded}\u{a0}services web sont dégradés"),
            _ => format!("{dark} et {}", super::fr_count(degraded, "dégradé", "dégradés")),
        };
        if names.is_empty() {
            format!("{counts}.")
        } else if summarised {
            format!("{counts}, dont {}.", super::list_and(names, "et"))
        } else {
            format!("{counts}\u{a0}: {}.", super::list_and(names, "et"))
        }
    },
};

// Les problèmes d'un fichier de données (issue 18), en mots qu'un élève suit.

/// « a, b ou c ».
fn one_of(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} ou {last}", rest.join(", ")),
    }
}

/// Comment s'appelle une valeur du champ qui termine le chemin du problème.
fn value_name(problem: &Problem) -> &'static str {
    let in_evidence = problem.path.contains("evidence");
    match problem.path.rsplit('.').next().unwrap_or_default() {
        "kind" if in_evidence => "une sorte de preuve connue",
        "kind" => "une sorte de boîte connue",
        "role" => "un rôle connu",
        "mode" => "un mode connu",
        "scope" => "une portée connue",
        "label" => "une étiquette connue",
        "category" => "une catégorie connue",
        _ => "une valeur permise ici",
    }
}

fn json_type(found: &JsonType) -> String {
    match found {
        JsonType::Text(Some(value)) => format!("le texte « {value} »"),
        JsonType::Text(None) => "un texte entre guillemets".to_string(),
        JsonType::Number(Some(value)) => format!("le nombre {value}"),
        JsonType::Number(None) => "un nombre".to_string(),
        JsonType::WholeNumber => "un nombre entier (0, 1, 2...)".to_string(),
        JsonType::TrueFalse(Some(value)) => format!("le mot {value}"),
        JsonType::TrueFalse(None) => "true ou false".to_string(),
        JsonType::List => "une liste [ ... ]".to_string(),
        JsonType::Object => "un groupe { ... }".to_string(),
        JsonType::Null => "null (rien)".to_string(),
        JsonType::Other(other) => other.clone(),
    }
}

fn problem(problem: &Problem) -> String {
    use ProblemKind as K;
    match &problem.kind {
        K::TooLarge { megabytes, limit_megabytes } => format!("Le fichier pèse {megabytes} Mo\u{a0}: c'est trop. Cloudfall lit des fichiers de données de {limit_megabytes} Mo au plus."),
        K::NotUtf8 { byte } => format!("Le fichier n'est pas enregistré comme texte UTF-8 (le premier octet fautif est le numéro {byte}). Enregistrez-le à nouveau en texte UTF-8."),
        K::Syntax(kind) => {
            let what = syntax(kind);
            format!("Ce n'est pas du JSON valide\u{a0}: {what}.")
        }
        K::NotAnObject => "Le fichier doit être un seul groupe { ... } avec « dataset » et « nodes ».".to_string(),
        K::Sections(_) => "Les sections du fichier sont illisibles\u{a0}: il doit être un seul groupe { ... } de sections nommées.".to_string(),
        K::MissingSection { name } => format!("Il manque au fichier la section « {name} »."),
        K::UnknownSection { name } => format!("« {name} » n'est pas une section que Cloudfall connaît\u{a0}: utilisez $schema, dataset, market_shares, nodes, dependencies ou incidents."),
        K::RepeatedSection { name } => format!("La section « {name} » est écrite deux fois dans le fichier. Gardez-en une seule, avec tout le contenu des deux."),
        K::NotAList => "Cette section doit être une liste, écrite [ ... ].".to_string(),
        K::Shape(shape) => match shape {
            Shape::UnknownValue { found, allowed } => format!("« {found} » n'est pas {}\u{a0}: écrivez {}.", value_name(problem), one_of(allowed)),
            Shape::UnknownField { found, allowed } if allowed.is_empty() => format!("« {found} » n'est pas permis ici."),
            Shape::UnknownField { found, allowed } => format!("« {found} » n'est pas un champ que Cloudfall connaît ici\u{a0}: les champs sont {}.", one_of(allowed)),
            Shape::MissingField { field } => format!("Il manque le champ « {field} »."),
            Shape::DuplicateField { field } => format!("Le champ « {field} » est écrit deux fois."),
            Shape::WrongType { found, expected } | Shape::WrongValue { found, expected } => format!("Il fallait ici {}, pas {}.", json_type(expected), json_type(found)),
            Shape::Syntax(inner) => format!("Ce n'est pas du JSON valide\u{a0}: {}.", syntax(inner)),
            Shape::Other(message) => message.clone(),
        },
        K::NotADate { text } => format!("« {text} » n'est pas une date\u{a0}: écrivez-la 2025, 2025-10 ou 2025-10-20."),
        K::NotAWebLink { excerpt } => format!("« {excerpt} » n'est pas une adresse web\u{a0}: un lien doit commencer par https:// (ou http://)."),
        K::ControlCharacter { code } => format!("Le texte contient un caractère invisible (U+{code:04X}) qui pourrait cacher ce qu'il dit\u{a0}: enlevez-le."),
        K::EmptyVia => "« via » est vide\u{a0}: nommez la copie par laquelle la source a été lue, ou enlevez « via ».".to_string(),
        K::NoPublisher => "Dites qui a publié la source.".to_string(),
        K::NoTitle => "Donnez le titre de la source.".to_string(),
        K::UnknownNode { id } => format!("Il n'y a pas de boîte dont l'identifiant est « {id} »."),
        K::NoVersion => "Le jeu de données a besoin d'un numéro de version.".to_string(),
        K::NoLicenceName => "Nommez la licence, par exemple CC BY 4.0.".to_string(),
        K::NoChangelogVersion => "Chaque entrée de l'historique des versions a besoin de la version qu'elle décrit.".to_string(),
        K::BadId { id } => format!("« {id} » n'est pas un identifiant valide\u{a0}: utilisez des minuscules, des chiffres et des tirets, avec / entre les niveaux (comme aws/us-east-1)."),
        K::EmptyName => "Le nom est vide.".to_string(),
        K::IdUsedTwice { id } => format!("L'identifiant « {id} » est utilisé deux fois\u{a0}: chaque boîte a besoin du sien."),
        K::NoParent { id, parent } => format!("« {id} » est rangé dans « {parent} », mais il n'y a pas de boîte « {parent} »."),
        K::BadCountry { country } => format!("« {country} » n'est pas un code de pays\u{a0}: écrivez deux majuscules, comme FR ou US."),
        K::CountrySourceWithoutCountry => "Il y a une source pour le pays, mais pas de pays\u{a0}: ajoutez « country ».".to_string(),
        K::BadAudience { millions } => format!("{millions} n'est pas un nombre de millions de personnes."),
        K::NoMeasure => "Dites ce qui a été compté (utilisateurs mensuels, comptes...).".to_string(),
        K::HostingNoteNotWebService => "Seul un service web peut avoir une note sur ce qui l'héberge.".to_string(),
        K::SelfDependency => "Une boîte ne peut pas dépendre d'elle-même.".to_string(),
        K::RedundantWithoutGroup => "Une dépendance redondante a besoin d'un « group » qui nomme les solutions de secours.".to_string(),
        K::GroupWithoutRedundant => "Seule une dépendance redondante a un « group ».".to_string(),
        K::NoEvidence => "Chaque dépendance a besoin d'au moins une preuve avec sa source.".to_string(),
        K::DependsTwice { dependent, depends_on } => format!("« {dependent} » dépend déjà de « {depends_on} »\u{a0}: mettez toutes les preuves dans une seule dépendance."),
        K::ReportWithoutIncident => "Un signalement doit nommer la panne pendant laquelle le service a été signalé touché.".to_string(),
        K::UnknownIncident { id } => format!("Il n'y a pas de panne dont l'identifiant est « {id} »."),
        K::NotReportedInIncident { dependent, incident } => format!("« {dependent} » n'est pas dans la liste des services signalés touchés par la panne « {incident} »\u{a0}: ajoutez-le aussi là."),
        K::BadIncidentId { id } => format!("« {id} » n'est pas un identifiant de panne valide\u{a0}: utilisez des minuscules, des chiffres et des tirets, comme aws-2025-10-20."),
        K::IncidentIdUsedTwice { id } => format!("L'identifiant de panne « {id} » est utilisé deux fois."),
        K::NothingFailed => "Nommez au moins une partie qui est tombée en panne.".to_string(),
        K::CannotFail { id, kind } => format!("« {id} » est un {}\u{a0}: seuls les fournisseurs de cloud, régions, zones et services cloud peuvent tomber en panne ici.", (FR.kind_name)(*kind)),
        K::MissNotReported { service } => format!("« {service} » n'est pas dans la liste des services signalés touchés par cette panne."),
        K::TableTwice { scope, period } => format!("Il y a déjà un tableau « {scope} » pour {period}\u{a0}: un tableau par période."),
        K::NoTableSource => "Chaque tableau de parts de marché a besoin d'une source.".to_string(),
        K::BadPercent { percent } => format!("{percent} n'est pas un pourcentage entre 0 et 100."),
        K::NoSuchSource { number } => format!("Il n'y a pas de source numéro {number} dans ce tableau (elles sont numérotées à partir de 0)."),
        K::WhichSource => "Ce tableau a plusieurs sources\u{a0}: dites laquelle donne ce chiffre (0 pour la première).".to_string(),
        K::NotAProvider { id } => format!("« {id} » n'est pas un fournisseur de cloud."),
        K::NoShareHolder => "Une part a besoin d'un identifiant de fournisseur ou d'une étiquette.".to_string(),
        K::SharesOver100 { total } => format!("Les parts font {} % en tout, plus de 100 %.", total.replace('.', ",")),
        K::Unreadable { detail } => detail.clone(),
        K::CoreFile => "C'est un fichier de base écrit par cloudfall split, sans ses sources\u{a0}: ouvrez le fichier de données complet (cloudfall.json).".to_string(),
        K::NotACoreFile => "C'est un fichier de données complet, pas le fichier de base du premier chargement.".to_string(),
        K::SplitMismatch { detail } => format!("Le fichier des sources ne correspond pas à ces données\u{a0}: {detail}"),
    }
}

fn syntax(syntax: &Syntax) -> String {
    match syntax {
        Syntax::EndsTooEarly => {
            "le fichier s'arrête avant la fin des données\u{a0}: il manque peut-être un crochet } ou ]".to_string()
        }
        Syntax::ExpectedValue => {
            "une valeur était attendue ici\u{a0}: un texte entre guillemets, un nombre, une liste [ ] ou un groupe { }"
                .to_string()
        }
        Syntax::ExpectedCommaOrEnd => "une virgule ou un crochet fermant était attendu ici".to_string(),
        Syntax::ExpectedColon => "deux-points\u{a0}: étaient attendus après le nom".to_string(),
        Syntax::TrailingCharacters => {
            "il y a quelque chose après la fin des données, ou une virgule avant un crochet fermant".to_string()
        }
        Syntax::KeyMustBeText => "un nom entre guillemets était attendu ici".to_string(),
        Syntax::BadEscape => "un code avec une barre oblique inversée \\ n'est pas valide dans un texte".to_string(),
        Syntax::ControlInText => {
            "un texte entre guillemets contient un retour à la ligne ou un caractère invisible".to_string()
        }
        Syntax::TooDeep => "les crochets sont imbriqués trop profondément".to_string(),
        Syntax::BadNumber => "un nombre n'est pas valide ou est trop grand".to_string(),
        Syntax::Other(message) => message.clone(),
    }
}

fn problem_place(problem: &Problem) -> String {
    let steps: Vec<String> = problem
        .steps()
        .into_iter()
        .map(|step| match step {
            Step::Field(field) => field,
            Step::Item(item) => format!("n° {}", item + 1),
        })
        .collect();
    let path = steps.join(" \u{2192} ");
    match (problem.at, path.is_empty()) {
        (Some(at), true) => format!("Ligne {}, colonne {}", at.line, at.column),
        (Some(at), false) => format!("Ligne {}, colonne {} ({path})", at.line, at.column),
        (None, false) => path,
        (None, true) => "Le fichier entier".to_string(),
    }
}
// En classe (issue 17) : l'histoire guidée, les défis et la page des enseignants.

use cloudfall_model::challenge::{Challenge, CodeProblem, Right, Wrong, ZoneGuess};

use super::{ClassTexts, StepTexts};

pub const CLASS: ClassTexts = ClassTexts {
    story_title: "20 octobre 2025 : le matin où le nuage s'est éteint",
    story_time: "Histoire guidée en 7 étapes, environ 20 minutes, puis 5 défis.",
    story_start: "Commencer l'histoire guidée",
    challenges_start: "Relever les défis",
    teacher_open: "Pour les enseignants",
    classroom_heading: "En classe",
    step_of: |step, total| format!("Étape {step} sur {total}"),
    steps: &[
        StepTexts {
            title: "8 h 45 à Paris : Snapchat et Fortnite s'éteignent",
            body: "Le lundi 20 octobre 2025, à partir de 8 h 45 heure de Paris, Snapchat, Fortnite et Roblox ont cessé de fonctionner pour des millions de personnes : 6,5 millions de signalements dans le monde. Rien n'était cassé en France : la panne venait de us-east-1, un ensemble de centres de données d'Amazon Web Services (AWS) dans le nord de la Virginie, aux États-Unis. Là-bas, un service de base de données appelé DynamoDB ne répondait plus.",
            action: "Prédis quelles applications s'éteignent, puis éteins DynamoDB dans us-east-1, comme ce matin-là.",
            button: "Valider ma prédiction et éteindre DynamoDB",
            question: "La panne était à 6 000 km : pourquoi des applications utilisées en France se sont-elles éteintes ?",
        },
        StepTexts {
            title: "Une adresse effacée",
            body: "Les ordinateurs de DynamoDB n'ont pas brûlé et n'ont pas été piratés : son entrée dans le DNS, l'annuaire d'Internet, a été vidée. Deux outils automatiques qui mettent à jour cette entrée ont travaillé en même temps, et l'un a effacé le plan que l'autre venait d'appliquer. Les programmes qui demandaient « où est DynamoDB ? » n'obtenaient plus de réponse : ils ne pouvaient plus joindre une base de données pourtant en marche.",
            action: "Ouvre la fiche de DynamoDB et regarde de quoi il dépend.",
            button: "Ouvrir la fiche de DynamoDB",
            question: "Était-ce un piratage ? Quelle différence entre un service en panne et des données volées ?",
        },
        StepTexts {
            title: "Pourquoi trois centres de données n'ont pas suffi",
            body: "Une région comme us-east-1 est découpée en zones de disponibilité : des bâtiments séparés, chacun avec son électricité, pour qu'un incendie ou une inondation n'arrête pas tout. Mais l'adresse de DynamoDB était commune à toutes les zones de la région : toutes l'ont perdue en même temps. Ici, tu éteins une seule zone, comme si un bâtiment tombait en panne.",
            action: "Prédis ce qui s'éteint, puis éteins une zone de disponibilité de us-east-1.",
            button: "Valider ma prédiction et éteindre la zone",
            question: "Pourquoi plusieurs bâtiments protègent-ils d'un incendie, mais pas d'une adresse fausse commune à tous ?",
        },
        StepTexts {
            title: "AWS a besoin d'AWS",
            body: "AWS construit ses propres services les uns sur les autres. EC2, qui loue des serveurs, se sert de DynamoDB pour les suivre : sans lui, AWS ne pouvait plus démarrer de nouveaux serveurs, même pour réparer. C'est pourquoi les ennuis ont duré des heures après le retour de l'adresse.",
            action: "Ouvre EC2 dans us-east-1 et lis pourquoi il est dégradé.",
            button: "Ouvrir EC2 dans us-east-1",
            question: "Pourquoi est-il difficile de réparer un système avec des outils qui dépendent de la pièce cassée ?",
        },
        StepTexts {
            title: "Les dominos des fournisseurs",
            body: "Beaucoup d'applications ne louent rien à AWS elles-mêmes, mais utilisent un fournisseur qui, lui, le fait : paiement, connexion, messagerie. Fall Guys connecte ses joueurs par Epic Online Services, et l'application de paiement Lydia repose sur Treezor : ces deux fournisseurs tournent sur AWS. Imagine maintenant que tout AWS tombe en panne, toutes les régions à la fois.",
            action: "Prédis ce qui s'éteint, puis éteins tout AWS.",
            button: "Valider ma prédiction et éteindre AWS",
            question: "Comment une entreprise peut-elle dépendre d'AWS sans avoir jamais signé de contrat avec AWS ?",
        },
        StepTexts {
            title: "Et avec un autre fournisseur ?",
            body: "Retour à la vraie panne : DynamoDB est hors service dans us-east-1. Une entreprise peut préparer un deuxième endroit où tourner, dans une autre région ou chez un autre fournisseur, et y basculer quand le premier tombe. Donne à Roblox un secours chez Google Cloud et regarde-le rester allumé, ralenti (dégradé) au lieu d'éteint.",
            action: "Donne à Roblox un secours chez Google Cloud.",
            button: "Donner à Roblox un secours chez Google Cloud",
            question: "Si un secours sauve une application, pourquoi toutes les entreprises n'en ont-elles pas ? Qui paie ?",
        },
        StepTexts {
            title: "Ce qui réduit le risque",
            body: "us-east-1 est la région la plus ancienne et la plus chargée d'AWS, et beaucoup d'entreprises y mettent tout. Perdre toute la région éteint plus de services que perdre DynamoDB seul. Répartir une application sur plusieurs zones, régions ou fournisseurs la protège d'une panne de plus en plus grande, et coûte plus cher à chaque fois.",
            action: "Prédis ce qui s'éteint, puis éteins toute la région us-east-1.",
            button: "Valider ma prédiction et éteindre us-east-1",
            question: "Cite deux choses qu'une entreprise, et une chose qu'un pays, pourraient faire pour dépendre moins d'une région ou d'un fournisseur.",
        },
    ],
    predict_prompt: "Ta prédiction : lesquels vont s'éteindre ? Choisis tous ceux que tu penses.",
    predict_commit: "Ta prédiction est validée quand tu appuies sur le bouton ci-dessous.",
    predict_hidden: "La carte ne montre ce qui s'éteint qu'après ta prédiction.",
    reveal_heading: "Ta prédiction, vérifiée",
    reveal_line: |name, guessed, state, hit| {
        let said = if guessed { "tu as dit éteint" } else { "tu as dit qu'il reste allumé" };
        let mark = if hit { "✓ juste" } else { "✗ faux" };
        format!("{mark} : {name}, {said} ; il est {state}.")
    },
    reveal_score: |hits, total| format!("{hits} sur {total} justes."),
    question_label: "Question",
    previous: "Étape précédente",
    next: "Étape suivante",
    restart_step: "Recommencer cette étape",
    leave_story: "Quitter l'histoire",
    to_challenges: "Passer aux défis",
    locked_note: "Le lien de ton enseignant garde la classe sur cette étape.",
    done_label: "Fait.",
    challenges_heading: "Défis",
    challenge_name: |challenge| match challenge {
        Challenge::Most => "Le plus gros interrupteur",
        Challenge::Survive => "Sauver Roblox",
        Challenge::Indirect => "Dépendance cachée",
        Challenge::Zone => "Un seul bâtiment",
        Challenge::Mystery => "Le service mystère",
    },
    challenge_task: |challenge| match challenge {
        Challenge::Most => "Trouve l'interrupteur (une région, une zone ou un service cloud, pas un fournisseur entier) qui, à lui seul, éteint le plus de services web. Éteins-le, seul, puis vérifie.",
        Challenge::Survive => "us-east-1 est éteinte et Roblox est hors service. Avec un seul changement, sauve Roblox : ouvre la fiche de Roblox (cherche-le) et donne-lui un secours dans « Et si… », puis vérifie.",
        Challenge::Indirect => "Tout AWS est éteint. Trouve un service web hors service qui n'utilise pas AWS directement : ouvre sa fiche, puis vérifie.",
        Challenge::Zone => "Éteins une zone de disponibilité (sous AWS, us-east-1 dans les interrupteurs), dis ce qui change, puis vérifie.",
        Challenge::Mystery => "Un service web est affiché comme « Service mystère », son nom et ses liens masqués. Éteins et rallume des fournisseurs et des régions, regarde quand il s'éteint, puis dis sur quel fournisseur il tourne et vérifie.",
    },
    zone_question: "Que change une zone éteinte ?",
    zone_guess: |guess| match guess {
        ZoneGuess::Nothing => "Aucun service web ne s'éteint",
        ZoneGuess::AFew => "Quelques services web s'éteignent",
        ZoneGuess::WholeRegion => "Tout ce qui utilise us-east-1 s'éteint",
    },
    check: "Vérifier ma réponse",
    right: |right, name| match right {
        Right::Most { node, down } => format!("Juste : {} éteint à lui seul {down} services web, plus que toute autre région, zone ou service cloud. Une région contient beaucoup de services : tout ce qui a besoin de l'un d'eux tombe avec elle.", name(node)),
        Right::Survive { backup, .. } => format!("Juste : avec un secours chez {}, Roblox n'est que dégradé quand us-east-1 tombe, car ce secours ne dépend pas de us-east-1.", name(backup)),
        Right::Indirect { service, via } => format!("Juste : {} n'utilise pas AWS directement, mais il a besoin de {}, qui tourne sur AWS.", name(service), name(via)),
        Right::Zone => "Juste : rien ne s'éteint. Les zones sont faites pour être perdues une à la fois ; ce qui a lâché le 20 octobre était commun à toutes les zones de la région.".to_string(),
        Right::Mystery { provider } => format!("Juste : le service mystère s'éteint quand {0} est éteint, et avec aucun autre fournisseur : il tourne sur {0}. Tu as trouvé une dépendance par ses seuls effets, comme les ingénieurs après une panne.", name(provider)),
    },
    wrong: |wrong, name| match wrong {
        Wrong::NothingOff => "Rien n'est éteint pour l'instant. Éteins une chose, puis vérifie.".to_string(),
        Wrong::MoreThanOne => "N'éteins qu'une seule chose : plusieurs à la fois ne répondent pas à la question.".to_string(),
        Wrong::WholeProvider { node } => format!("{} est un fournisseur entier : la question demande une région, une zone ou un service cloud à l'intérieur.", name(node)),
        Wrong::Smaller { node, down, best } => format!("Pas tout à fait : {} éteint {down} services web à lui seul, mais un interrupteur en éteint {best}. Cherche quelque chose qui en contient beaucoup d'autres.", name(node)),
        Wrong::RegionBackOn => "us-east-1 est rallumée : le défi est de survivre à sa perte. Éteins-la à nouveau.".to_string(),
        Wrong::NoBackup => "Roblox n'a pas encore de secours. Ouvre la fiche de Roblox (cherche-le) et ajoute-en un dans « Et si… ».".to_string(),
        Wrong::TooManyChanges => "Un seul changement : garde us-east-1 éteinte, rallume le reste et ajoute un seul secours.".to_string(),
        Wrong::OtherService { service } => format!("Ce secours est pour {} : le défi est de sauver Roblox.", name(service)),
        Wrong::BackupFailsToo { backup } => format!("{} tombe avec us-east-1 (il est dedans ou en a besoin) : Roblox reste hors service. Choisis un secours hors de us-east-1.", name(backup)),
        Wrong::ProviderBackOn => "AWS est rallumé : éteins-le à nouveau, puis trouve le service.".to_string(),
        Wrong::NothingSelected => "Ouvre d'abord la fiche d'un service web : clique dessus sur la carte ou cherche-le.".to_string(),
        Wrong::NotWebService { node } => format!("{} n'est pas une application ou un site que les gens utilisent : c'est de l'infrastructure ou un fournisseur.", name(node)),
        Wrong::NotDark { service, state } => format!("{} est {}, pas hors service. Choisis un service qui s'est éteint.", name(service), (FR.state_name)(*state)),
        Wrong::UsesAwsDirectly { service, on } => format!("{} utilise {} directement. Cherche un service qui n'atteint AWS que par un fournisseur.", name(service), name(on)),
        Wrong::NoZoneOff => "Éteins exactement une zone de disponibilité, et rien d'autre.".to_string(),
        Wrong::NoGuess => "Choisis ce qui change selon toi, puis vérifie.".to_string(),
        Wrong::WrongGuess { down, .. } => match down {
            0 => "Regarde à nouveau la carte : aucun service web n'est hors service. Une zone est un groupe de bâtiments, et sa perte est prévue.".to_string(),
            1 => "Regarde à nouveau la carte : un seul service web est hors service.".to_string(),
            _ => format!("Regarde à nouveau la carte : {down} services web sont hors service."),
        },
        Wrong::NoProvider => "Choisis le fournisseur sur lequel tu penses que tourne le service mystère, puis vérifie.".to_string(),
        Wrong::StillRunsWithout { provider } => format!("Éteins {0} seul et regarde : le service mystère continue de tourner, il ne dépend donc pas de {0}. Rallume-le et essaie un autre fournisseur.", name(provider)),
        Wrong::NoMystery => "Ces données n'ont aucun service web qu'un seul fournisseur éteint à lui seul : il n'y a pas de mystère à résoudre. Essaie un autre défi.".to_string(),
    },
    solved_mark: "✓ réussi",
    code_heading: "Ton code réponse",
    code_hint: "Copie ce code dans l'ENT pour ton enseignant. Il ne contient que tes résultats : ni nom, ni rien sur toi.",
    progress_line: |steps, total_steps, solved, total| {
        let steps_word = if steps <= 1 { "étape faite" } else { "étapes faites" };
        let solved_word = if solved <= 1 { "défi réussi" } else { "défis réussis" };
        format!("{steps} {steps_word} sur {total_steps}, {solved} {solved_word} sur {total}.")
    },
    leave_challenges: "Revenir à l'exploration",
    notice_other_version: |asked, shown| format!("Ce lien a été préparé avec le jeu de données {asked} ; la page montre maintenant le jeu {shown}, certains chiffres peuvent différer."),

    teacher_title: "Cloudfall pour les enseignants",
    teacher_back: "Revenir à la carte",
    teacher_dataset: |version, as_of| format!("Jeu de données {version}, faits vérifiés jusqu'au {as_of}."),
    teacher_privacy: "Aucune donnée personnelle n'est collectée : ni compte, ni cookie, ni requête vers un autre site. Les codes réponses des élèves ne contiennent que leurs résultats et ne quittent le navigateur que s'ils les collent quelque part.",
    teacher_loading: "Chargement du matériel de cours…",
    teacher_missing: "Le matériel de cours n'a pas pu être chargé ; les outils ci-dessous fonctionnent quand même.",
    builder_heading: "Un lien pour ma classe",
    builder_intro: "Choisissez ce que voient les élèves, puis partagez le lien. « Recommencer » et « Revenir à la carte du lien » ramènent les élèves à l'étape ou à la carte qu'ouvre le lien.",
    builder_lang: "Langue",
    builder_step: "Ouvrir à l'étape",
    builder_no_step: "Aucune étape (l'explorateur)",
    builder_lock: "Garder les élèves sur cette étape",
    builder_hide_edges: "Masquer les liens entre les boîtes (les élèves les déduisent)",
    builder_hide_labels: "Masquer les noms sur la carte",
    builder_projector: "Mode projecteur",
    builder_version: |version| format!("Figer le jeu de données {version}"),
    builder_link: "Le lien",
    builder_open: "Ouvrir le lien",
    tally_heading: "Résultats de la classe à partir des codes réponses",
    tally_intro: "Collez les codes rendus par vos élèves (un par ligne, ou séparés par des espaces). Ils sont lus ici, dans votre navigateur ; rien n'est envoyé nulle part.",
    tally_label: "Codes réponses",
    tally_pupils: |pupils| if pupils <= 1 { format!("{pupils} code lu.") } else { format!("{pupils} codes lus.") },
    tally_step: |step| format!("Étape {step} de l'histoire faite"),
    tally_tries: |tries| format!("Réponses vérifiées, pour toute la classe : {tries}"),
    tally_unread: |code, problem| match problem {
        CodeProblem::Shape => format!("« {code} » n'est pas un code réponse (CF- puis 7 lettres et chiffres)."),
        CodeProblem::Character(c) => format!("« {code} » contient « {c} », qu'aucun code réponse n'a."),
        CodeProblem::Checksum => format!("« {code} » contient une faute de frappe : ses lettres de contrôle ne correspondent pas."),
        CodeProblem::Format => format!("« {code} » vient d'une autre version de Cloudfall."),
    },
    tally_item: "Élément",
    tally_count: "Élèves",
    print_worksheet: "Imprimer la fiche élève",

    // What was left of issue 17 (class2).
    switches_wait: "Valide d’abord ta prédiction : les interrupteurs attendent jusque-là, pour que la carte ne donne pas la réponse.",
    mystery_box: |number| format!("Boîte {number}"),
    hidden_views: "Ton professeur a masqué les liens ou les noms de la carte pour cette activité : l'arborescence et le tableau des services ne sont pas affichés. Déduis-les de ce qui s'éteint.",
    hidden_links_details: "Les liens sont masqués pour cette activité : ce dont cette boîte dépend, ce qui dépend d'elle et les pannes où elle a été signalée ne sont pas listés. Déduis-le de ce qui s'éteint.",

    // Issue 17, requirements 7 to 9 (cls1).
    builder_hide_values: "Masquer les nombres (les élèves prédisent combien s'éteignent)",
    builder_start: "La carte s'ouvre avec",
    builder_start_all_on: "Tout en marche",
    builder_start_incident: |name, date| format!("La panne du {date} rejouée : {name}"),
    builder_start_off: |name| format!("{name} éteint"),
    builder_start_hint: "Sans étape de l'histoire. Après un changement, « Revenir à la carte du lien » ramène les élèves à la carte qu'ouvre le lien.",
    reset_to_link: "Revenir à la carte du lien",
    reset_to_challenge: "Revenir au début du défi",
    mystery_service: "Service mystère",
    mystery_question: "Sur quel fournisseur tourne le service mystère ?",
    mystery_choose: "Choisis un fournisseur",
    values_hidden: "Ton professeur a masqué les nombres pour cette activité : prédis combien de services web s'éteignent, puis compare avec la carte.",
    live_values_hidden: "Les nombres sont masqués : regarde la carte.",
    summary_now_hidden: |off| match off { 0 => "Tout fonctionne. Les nombres sont masqués pour cette activité.".to_string(), 1 => "1\u{a0}élément éteint. Les nombres sont masqués pour cette activité.".to_string(), _ => format!("{off}\u{a0}éléments éteints. Les nombres sont masqués pour cette activité.") },
    details_hidden: "Le lien de ton professeur masque le nom et les liens de cette boîte : trouve de quoi elle dépend en éteignant et rallumant des choses.",
    summary_heading: "Résumé de l'écran",
    summary_play_area: "Zone de jeu",
    summary_controls: "Commandes",
    summary_currently: "Actuellement",
    summary_tip: "Astuce",
    summary_play: |c| {
        format!(
            "La carte montre à gauche {}, puis {} et {}, {}, et à droite {}, reliés par {}.",
            super::fr_count(c.providers, "fournisseur de cloud", "fournisseurs de cloud"),
            super::fr_count(c.regions, "région ou zone", "régions et zones"),
            super::fr_count(c.cloud_services, "service cloud", "services cloud"),
            super::fr_count(c.suppliers, "fournisseur intermédiaire", "fournisseurs intermédiaires"),
            super::fr_count(c.web_services, "service web", "services web"),
            super::fr_count(c.links, "dépendance", "dépendances")
        )
    },
    summary_controls_text: "Les interrupteurs éteignent et rallument un fournisseur, une région ou un service cloud. Sous la carte, une arborescence et un tableau listent chaque service. L'histoire guidée et les défis sont en haut de la page.",
    summary_now: |&super::Currently { off, down, degraded, up, step }| {
        let switched = match off {
            0 => "Tout fonctionne".to_string(),
            1 => "1\u{a0}élément éteint".to_string(),
            many => format!("{many}\u{a0}éléments éteints"),
        };
        let place = step.map(|(step, of)| format!(" Étape {step} sur {of} de l'histoire.")).unwrap_or_default();
        format!(
            "{switched}\u{a0}: {}, {}, {}.{place}",
            super::fr_count(down, "service web en panne", "services web en panne"),
            super::fr_count(degraded, "dégradé", "dégradés"),
            super::fr_count(up, "intact", "intacts")
        )
    },
    summary_tip_start: "Éteins la région us-east-1 et écoute ce qui s'éteint.",
    summary_tip_why: "Ouvre un service en panne pour entendre pourquoi, lien par lien.",
    csv_download: "Télécharger ce tableau (CSV, pour un tableur)",
    csv_file_name: "cloudfall-services.csv",
    csv_audience_millions: "Audience (millions)",
    cascade_queue: |names, total| {
        let boxes = super::fr_count(total, "boîte", "boîtes");
        match names.len() {
            0 => format!("File d'attente\u{a0}: la prochaine vague atteint {boxes}."),
            listed if listed < total => {
                format!("File d'attente\u{a0}: la prochaine vague atteint {boxes}\u{a0}: {}, et {} de plus.", names.join(", "), total - listed)
            }
            _ => format!("File d'attente\u{a0}: la prochaine vague atteint {boxes}\u{a0}: {}.", names.join(", ")),
        }
    },
    short_announcements: "Annonces courtes",
};
