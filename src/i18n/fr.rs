//! Français.

use cloudfall_model::certainty::{Certainty, Counted, HowKnown};
use cloudfall_model::data::{Category, DependencyMode, Role, ShareLabel, ShareScope};
use cloudfall_model::metrics::Reading;
use cloudfall_model::query::{MAX_LIST_IDS, MAX_QUERY_BYTES};
use cloudfall_model::{EvidenceKind, Jurisdiction, NodeKind, NodeState};

use super::Texts;

pub const FR: Texts = Texts {
    title: "Cloudfall",
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
    notice_unknown_jurisdiction: |code| format!("Le lien cite la juridiction « {code} », qui n'est pas un code de pays ; elle a été ignorée."),
    switch_label: |name, off| {
        if off {
            format!("{name} : éteint (appuyer pour rallumer)")
        } else {
            format!("{name} : allumé (appuyer pour éteindre)")
        }
    },
    summary_none: |total| format!("Les {total} services web de ces données fonctionnent. Éteignez quelque chose pour voir ce qui en dépend."),
    summary_caveat: "Seules les dépendances de ces données sont comptées ; un vrai service peut en avoir d'autres, ou basculer ailleurs.",
    list_separator: ", ",
    notice_unknown_id: |id| format!("Le lien cite « {id} », absent de ces données ; il a été ignoré."),
    notice_not_switchable: |id| format!("« {id} » est un service web, pas un élément que l'on peut éteindre ; il a été ignoré."),
    notice_unknown_lang: |code| format!("La langue « {code} » n'est pas disponible ; affichage en anglais."),
    notice_heading: "À propos de ce lien",
    dismiss: "Fermer",
    data_error: "Les données n'ont pas pu être chargées. Rien n'est affiché, pour ne rien afficher de faux. Problèmes trouvés :",
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
    state_name: |state| match state {
        NodeState::Up => "en service",
        NodeState::Degraded => "dégradé",
        NodeState::Down => "en panne",
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
    and_more: |more| format!("et {more} autres"),
    switch_children: |count| if count == 1 { "1 région ou service".to_string() } else { format!("{count} régions et services") },
    loading: "Chargement des données…",
    texts_loading: "Chargement des sources…",
    texts_missing: "sources non chargées",
    texts_failed: |why| format!("Les sources n'ont pas pu être chargées\u{a0}: {why} La carte et les chiffres n'en ont pas besoin\u{a0}; rechargez la page pour réessayer."),
    zoom_label: "Zoomer sur la carte",
    zoom_in: "Agrandir",
    zoom_out: "Réduire",
    zoom_fit: "Ajuster à la largeur",
    notice_bad_data_path: |path| format!("Le lien demande le fichier de données « {path} », qui n'est pas un fichier de ce site ; les données intégrées sont affichées."),
    canvas_hint: |drawn, labels| {
        let names = if labels { "" } else { " Zoomez pour voir les liens, puis les noms." };
        format!("{drawn} nœuds visibles. Faites glisser pour vous déplacer, molette ou + et − pour zoomer.{names}")
    },
    more_in_search: |more| format!("et {more} autres : trouvez-les avec la recherche."),
    colon: "\u{a0}: ",
    data_error_fallback: "Afficher plutôt Cloudfall avec ses données intégrées",
    history_note: "Les trous sont des trimestres pour lesquels aucune source ne donne de part ; les lignes relient les trimestres connus.",
    approximate_note: "~ signale un chiffre approximatif (« environ », « plus de », ou lu sur un graphique).",

    metrics_heading: "Ce qui est en panne",
    metric_down: |down, total, percent| format!("{down} services web sur {total} en panne ({})", super::percent(percent)),
    metric_degraded: |degraded, percent| format!("{degraded} dégradés ({})", super::percent(percent)),
    metric_audience: |millions, known, down, counted| {
        let total = if millions >= 2000.0 {
            format!("{} milliards", format!("{:.1}", millions / 1000.0).replace('.', ","))
        } else if millions >= 1000.0 {
            format!("{} milliard", format!("{:.1}", millions / 1000.0).replace('.', ","))
        } else {
            format!("{millions:.0} millions")
        };
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
    headquarters: "Siège",
    crashed: "Cloudfall s’est arrêté à cause d’une erreur de l’application. Le lien dans la barre d’adresse garde ce que vous aviez choisi. ",
    crashed_back: "Recommencer depuis le début",
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
    how_name: |how| match how {
        HowKnown::Affected(Certainty::Documented) => "documenté",
        HowKnown::Affected(Certainty::Inferred) => "déduit",
        HowKnown::Affected(Certainty::Reported) => "seulement signalé",
        HowKnown::AtRisk { .. } => "à risque",
        HowKnown::Unaffected => "non touché",
        HowKnown::Unknown => "inconnu",
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
        if degraded > 0 { format!("{down} en panne, {degraded} dégradés") } else { format!("{down} en panne") }
    },
    blast_none: "Dans ces données, rien ne fait tomber un service web à lui seul.",

    details_empty: "Cliquez sur une case de la carte (ou placez-y le focus), ou cherchez un nom, pour voir ce que c'est, de quoi cela dépend et pourquoi nous le pensons.",
    close: "Fermer",
    depends_on_heading: "Dépend de",
    dependents_heading: "Ce qui en dépend",
    nothing_listed: "Rien dans ces données.",
    evidence_heading: "Preuves",
    incidents_heading: "Signalé touché lors de",
    why_heading: "Pourquoi ?",
    why_intro: |name, state| format!("{name} est {state} à cause de cette chaîne :"),
    why_switched_off: "éteint",
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
    category_name: |category| match category {
        Category::Social => "réseau social",
        Category::Messaging => "messagerie",
        Category::Video => "vidéo",
        Category::Music => "musique",
        Category::Gaming => "jeu vidéo",
        Category::Travel => "voyage",
        Category::Commerce => "commerce",
        Category::Banking => "banque",
        Category::Payments => "paiement",
        Category::News => "information",
        Category::Productivity => "bureautique",
        Category::Public => "service public",
        Category::Education => "éducation",
        Category::Ai => "IA",
        Category::Health => "santé",
        Category::Transport => "transport",
        Category::Developer => "outils de développement",
        Category::Authentication => "connexion",
        Category::Support => "service client",
        Category::Monitoring => "supervision",
        Category::Collaboration => "collaboration",
        Category::Cdn => "diffusion de contenu",
        Category::Dns => "DNS",
        Category::Storage => "stockage",
        Category::Database => "base de données",
        Category::Hosting => "hébergement",
        Category::Other => "autre",
    },
    audience_line: |millions, measure, scope| {
        if millions >= 1000.0 {
            format!("Audience : {:.1} milliard(s) — {measure} ({scope})", millions / 1000.0)
        } else {
            format!("Audience : {millions} millions — {measure} ({scope})")
        }
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
    notice_unknown_incident: |id| format!("Le lien cite la panne « {id} », absente de ces données ; elle a été ignorée."),
    notice_unknown_period: |period| format!("Le lien cite la période « {period} », sans parts de marché ; affichage de la plus récente."),
    notice_bad_backup: |pair| format!("Le lien demande le secours « {pair} », qui n'associe pas un service web et une infrastructure de ces données ; il a été ignoré."),
    notice_unknown_key: |key| format!("Le lien contient un paramètre « {key} » que cette page ne connaît pas ; il a été ignoré."),
    notice_unknown_certainty: |value| format!("Le lien demande de compter « {value} », qui n'est pas un genre de preuve ; tous les services touchés sont comptés."),
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
    notice_unknown_chart: |chart| format!("Le lien demande le graphique « {chart} », qui n'existe pas ; affichage des parts de marché."),
    notice_too_long: |bytes| format!("Le lien compte {bytes} caractères, plus que cette page n'en lit ; seuls ses {MAX_QUERY_BYTES} premiers caractères ont été lus."),
    notice_too_many_ids: |key, count| format!("Le lien énumère {count} éléments dans « {key} » ; seuls les {MAX_LIST_IDS} premiers ont été lus."),

    read_via: |site| format!("lu via une copie\u{a0}: {site}"),
    evidence_dated: |years| format!("ancienne\u{a0}: {years}\u{a0}ans"),
    newest_evidence: |date| format!("preuve la plus récente {date}"),
    hosting_note_label: "Comment on le sait",
    data_credit_label: "À propos des données",
    licence_label: "Licence",
    citation_label: "Citer ainsi",
    no_licence: "Ce fichier de données n'indique pas de licence.",
};
