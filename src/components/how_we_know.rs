//! How we know what the outage does (issue 14): the affected web services counted by the certainty of the chain
//! that ties them to what is switched off, then those at risk and those the data knows nothing about. The counts
//! come from the model's `Assessment`; this only writes them in words.

use std::rc::Rc;

use cloudfall_model::certainty::Certainty;
use cloudfall_model::{Derived, Lang};
use yew::prelude::*;

use crate::i18n::texts;

#[derive(Properties, PartialEq)]
pub struct HowWeKnowProps {
    pub derived: Rc<Derived>,
    pub lang: Lang,
}

#[component]
pub fn HowWeKnow(props: &HowWeKnowProps) -> Html {
    let text = texts(props.lang);
    let counts = &props.derived.how_counts;
    let by_kind: Vec<(Certainty, usize)> = Certainty::ALL
        .iter()
        .zip(counts.down.iter().zip(&counts.degraded))
        .map(|(&certainty, (down, degraded))| (certainty, down + degraded))
        .collect();
    let affected: usize = by_kind.iter().map(|(_, count)| count).sum();
    if affected == 0 && counts.at_risk == 0 {
        return html! {};
    }
    let count_of = |certainty: Certainty| by_kind.iter().find(|(c, _)| *c == certainty).map_or(0, |(_, n)| *n);
    let parts: Vec<String> = by_kind
        .iter()
        .filter(|(_, count)| *count > 0)
        .map(|&(certainty, count)| (text.how_part)(certainty, count))
        .collect();
    html! {
        <p class="metric how-we-know" data-metric="how"
            data-how-documented={count_of(Certainty::Documented).to_string()}
            data-how-inferred={count_of(Certainty::Inferred).to_string()}
            data-how-reported={count_of(Certainty::Reported).to_string()}
            data-how-at-risk={counts.at_risk.to_string()} data-how-unknown={counts.unknown.to_string()}>
            if affected > 0 { { (text.how_intro)(affected) }{ parts.join(text.list_separator) }{ ". " } }
            if counts.at_risk > 0 { { (text.how_at_risk)(counts.at_risk) }{ " " } }
            if counts.unknown > 0 { { (text.how_unknown)(counts.unknown) } }
        </p>
    }
}
