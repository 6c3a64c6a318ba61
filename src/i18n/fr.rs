//! Français.

use cloudfall_model::{EvidenceKind, NodeKind, NodeState};

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
    others: "Autres",
    map_heading: "Qui dépend de qui",
    map_intro: "Les fournisseurs à gauche, les services du quotidien à droite. Trait plein : dépendance documentée ; pointillés : le service a seulement été signalé touché lors d'une panne.",
    switches_heading: "Éteindre",
    switches_intro: "Éteignez un fournisseur entier, une région, ou un seul service dans une région.",
    reset: "Tout rallumer",
    switch_label: |name, off| {
        if off {
            format!("{name} : éteint (appuyer pour rallumer)")
        } else {
            format!("{name} : allumé (appuyer pour éteindre)")
        }
    },
    summary_none: |total| format!("Les {total} services web de ces données fonctionnent. Éteignez quelque chose pour voir ce qui en dépend."),
    summary_down: |down, total| format!("{down} services web sur {total} sont en panne"),
    summary_degraded: |degraded| format!("{degraded} dégradés"),
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
        format!("Dépendances : {documented} documentées, {reported} signalées lors d'une panne, {inferred} déduites.")
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
};
