//! The few words the pictures, the text summary and the exports carry, in English and in French. The app's own
//! string tables (`src/i18n/`) live in the web crate, which the command line cannot use; these are the ones a
//! picture made without the app needs, and nothing else. Matched exhaustively, so a new category or certainty
//! without its French name does not compile.

use cloudfall_model::certainty::{Certainty, HowKnown};
use cloudfall_model::data::{ShareLabel, ShareScope};
use cloudfall_model::{Category, Lang};

/// One language's words for the pictures and exports.
pub struct Words {
    /// `: ` in English, a no-break space before it in French.
    pub colon: &'static str,
    pub title: &'static str,
    pub subtitle: &'static str,
    pub switched_off: &'static str,
    pub chain: &'static str,
    pub dark_heading: &'static str,
    pub sources: &'static str,
    pub data: &'static str,
    pub as_of: &'static str,
    pub licence: &'static str,
    pub exported: &'static str,
    pub via: &'static str,
    pub market_title: &'static str,
    /// The exported map's key: a box down, degraded, up, and one switched off.
    pub key_down: &'static str,
    pub key_degraded: &'static str,
    pub key_up: &'static str,
    pub key_off: &'static str,
    pub share_label: fn(ShareLabel) -> &'static str,
    pub scope: fn(ShareScope) -> &'static str,
    pub csv_columns: [&'static str; 6],
    /// `"87 of 323 web services go dark, 12 more degraded"`.
    pub headline: fn(usize, usize, usize) -> String,
    /// `"… and 12 more"`.
    pub more: fn(usize) -> String,
    pub how: fn(HowKnown) -> &'static str,
    pub category: fn(Option<Category>) -> &'static str,
}

/// The words of `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

static EN: Words = Words {
    colon: ": ",
    title: "Cloudfall — cloud concentration risk",
    subtitle: "A few cloud providers run much of the Web. Switch one off and see what goes dark.",
    switched_off: "Switched off",
    chain: "The chain",
    dark_heading: "What goes dark, by kind of service",
    sources: "Sources",
    data: "Data",
    as_of: "checked",
    licence: "Licence",
    exported: "Made on",
    via: "read via",
    market_title: "Cloud infrastructure market shares",
    key_down: "Down",
    key_degraded: "Degraded",
    key_up: "Up",
    key_off: "Switched off",
    share_label: |label| match label {
        ShareLabel::Others => "Others",
        ShareLabel::BigThree => "Amazon + Microsoft + Google",
        ShareLabel::EuropeanProviders => "European providers",
    },
    scope: |scope| match scope {
        ShareScope::Worldwide => "Worldwide",
        ShareScope::Europe => "Europe",
    },
    csv_columns: ["id", "name", "category", "state", "how we know", "chain"],
    headline: |down, total, degraded| {
        let mut text = format!("{down} of {total} web services go dark");
        if degraded > 0 {
            text.push_str(&format!(", {degraded} more degraded"));
        }
        text
    },
    more: |count| format!("and {count} more"),
    how: |how| match how {
        HowKnown::Affected(Certainty::Documented) => "documented",
        HowKnown::Affected(Certainty::Inferred) => "inferred",
        HowKnown::Affected(Certainty::Reported) => "reported only",
        HowKnown::AtRisk { .. } => "at risk",
        HowKnown::Unaffected => "not affected",
        HowKnown::Unknown => "unknown",
    },
    category: |category| match category {
        Some(Category::Social) => "social network",
        Some(Category::Messaging) => "messaging",
        Some(Category::Video) => "video",
        Some(Category::Music) => "music",
        Some(Category::Gaming) => "gaming",
        Some(Category::Travel) => "travel",
        Some(Category::Commerce) => "shopping",
        Some(Category::Banking) => "banking",
        Some(Category::Payments) => "payments",
        Some(Category::News) => "news",
        Some(Category::Productivity) => "productivity",
        Some(Category::Public) => "public service",
        Some(Category::Education) => "education",
        Some(Category::Ai) => "AI",
        Some(Category::Health) => "health",
        Some(Category::Transport) => "transport",
        Some(Category::Developer) => "developer tools",
        Some(Category::Authentication) => "sign-in",
        Some(Category::Support) => "customer support",
        Some(Category::Monitoring) => "monitoring",
        Some(Category::Collaboration) => "collaboration",
        Some(Category::Cdn) => "content delivery",
        Some(Category::Dns) => "DNS",
        Some(Category::Storage) => "storage",
        Some(Category::Database) => "database",
        Some(Category::Hosting) => "hosting",
        Some(Category::Other) | None => "other",
    },
};

static FR: Words = Words {
    colon: "\u{a0}: ",
    title: "Cloudfall — la concentration du cloud",
    subtitle:
        "Quelques fournisseurs de cloud font tourner une grande partie du Web. Éteignez-en un et voyez ce qui s'arrête.",
    switched_off: "Éteint",
    chain: "La chaîne",
    dark_heading: "Ce qui s'arrête, par type de service",
    sources: "Sources",
    data: "Données",
    as_of: "vérifiées le",
    licence: "Licence",
    exported: "Fait le",
    via: "lu via",
    market_title: "Parts du marché des infrastructures cloud",
    key_down: "En panne",
    key_degraded: "Dégradé",
    key_up: "En service",
    key_off: "Éteint",
    share_label: |label| match label {
        ShareLabel::Others => "Autres",
        ShareLabel::BigThree => "Amazon + Microsoft + Google",
        ShareLabel::EuropeanProviders => "Fournisseurs européens",
    },
    scope: |scope| match scope {
        ShareScope::Worldwide => "Monde",
        ShareScope::Europe => "Europe",
    },
    csv_columns: ["id", "nom", "catégorie", "état", "comment on le sait", "chaîne"],
    // French counts 0 and 1 in the singular: "1 service web sur 323 s'arrête, 1 autre dégradé".
    headline: |down, total, degraded| {
        let mut text = if down <= 1 {
            format!("{down} service web sur {total} s'arrête")
        } else {
            format!("{down} services web sur {total} s'arrêtent")
        };
        match degraded {
            0 => {}
            1 => text.push_str(", 1 autre dégradé"),
            _ => text.push_str(&format!(", {degraded} autres dégradés")),
        }
        text
    },
    more: |count| if count <= 1 { format!("et {count} autre") } else { format!("et {count} autres") },
    how: |how| match how {
        HowKnown::Affected(Certainty::Documented) => "documenté",
        HowKnown::Affected(Certainty::Inferred) => "déduit",
        HowKnown::Affected(Certainty::Reported) => "seulement signalé",
        HowKnown::AtRisk { .. } => "à risque",
        HowKnown::Unaffected => "non touché",
        HowKnown::Unknown => "inconnu",
    },
    category: |category| match category {
        Some(Category::Social) => "réseau social",
        Some(Category::Messaging) => "messagerie",
        Some(Category::Video) => "vidéo",
        Some(Category::Music) => "musique",
        Some(Category::Gaming) => "jeu vidéo",
        Some(Category::Travel) => "voyage",
        Some(Category::Commerce) => "commerce",
        Some(Category::Banking) => "banque",
        Some(Category::Payments) => "paiement",
        Some(Category::News) => "information",
        Some(Category::Productivity) => "bureautique",
        Some(Category::Public) => "service public",
        Some(Category::Education) => "éducation",
        Some(Category::Ai) => "IA",
        Some(Category::Health) => "santé",
        Some(Category::Transport) => "transport",
        Some(Category::Developer) => "outils de développement",
        Some(Category::Authentication) => "connexion",
        Some(Category::Support) => "service client",
        Some(Category::Monitoring) => "supervision",
        Some(Category::Collaboration) => "collaboration",
        Some(Category::Cdn) => "diffusion de contenu",
        Some(Category::Dns) => "DNS",
        Some(Category::Storage) => "stockage",
        Some(Category::Database) => "base de données",
        Some(Category::Hosting) => "hébergement",
        Some(Category::Other) | None => "autre",
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_counts_one_in_the_singular() {
        let fr = words(Lang::Fr);
        assert_eq!((fr.headline)(47, 323, 1), "47 services web sur 323 s'arrêtent, 1 autre dégradé");
        assert_eq!((fr.headline)(1, 323, 2), "1 service web sur 323 s'arrête, 2 autres dégradés");
        assert_eq!((fr.more)(1), "et 1 autre");
        assert_eq!((fr.more)(3), "et 3 autres");
    }
}
