//! One sentence a screen reader hears after each switch, in the page's language: what was switched, how many web
//! services are down, degraded and up, and the three best-known of those down (issue 17; WCAG 4.1.3). It is the
//! page's one polite live region for switches; the long summary above the map is not announced again. Hidden names
//! stay hidden ("Box 12", "Mystery service") and a teacher's `hide=values` leaves the counts out.

use std::collections::BTreeSet;
use std::rc::Rc;

use cloudfall_model::metrics::best_known;
use cloudfall_model::{Derived, NodeId, Scenario};
use yew::prelude::*;

use crate::i18n::{class_texts, shown_name, texts};
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct LiveSentenceProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
    /// Short announcements: what was switched and the counts, without the best-known services' names.
    #[prop_or_default]
    pub short: bool,
}

/// How many services the sentence names.
const NAMED: usize = 3;

#[component]
pub fn LiveSentence(props: &LiveSentenceProps) -> Html {
    let text = texts(props.scenario.lang);
    let model = &props.model;
    // The switches at the last render, and the sentence then: it changes only when a switch does, so opening
    // details or changing language announces nothing.
    let previous = use_mut_ref(|| None::<(BTreeSet<NodeId>, usize)>);
    let last = use_mut_ref(String::new);
    let now = (props.scenario.off.clone(), props.scenario.jurisdictions.len());
    let before = previous.borrow_mut().replace(now.clone());
    // A name a class link or the mystery challenge hides is said as the page shows it ("Box 12", "Mystery service").
    let (hidden, lang) = (props.derived.hidden_names, props.scenario.lang);
    let changed = before.as_ref().filter(|before| **before != now);
    if let Some((before_off, _)) = changed {
        let switched = if now.0.is_empty() && now.1 == 0 {
            Some(text.live_all_on.to_string())
        } else {
            let added = now.0.difference(before_off).next().map(|id| (id, true));
            let removed = before_off.difference(&now.0).next().map(|id| (id, false));
            added.or(removed).map(|(id, off)| {
                let name = model.lookup(id).map_or(id.as_str().into(), |index| shown_name(model, hidden, index, lang));
                (text.live_switched)(&name, off)
            })
        };
        let impact = &props.derived.impact;
        let names: Vec<_> = best_known(model, &impact.down, if props.short { 0 } else { NAMED })
            .into_iter()
            .map(|index| shown_name(model, hidden, index, lang))
            .collect();
        let names: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
        let up = impact.web_services.saturating_sub(impact.down.len() + impact.degraded.len());
        // A teacher's `hide=values`: the pupils predict the counts, so the sentence says only what was switched.
        let counts = if props.scenario.class.hide_values {
            class_texts(lang).live_values_hidden.to_string()
        } else {
            (text.live_counts)(impact.down.len(), impact.degraded.len(), up, &names)
        };
        *last.borrow_mut() = match switched {
            Some(switched) => format!("{switched} {counts}"),
            None => counts,
        };
    }
    let sentence = last.borrow().clone();
    html! {
        <p class="visually-hidden" aria-live="polite" data-live="">{ sentence }</p>
    }
}
