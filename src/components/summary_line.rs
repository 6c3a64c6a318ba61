//! The live summary under the switches: how many web services are down, out of how many, and which.

use std::rc::Rc;

use cloudfall_model::Lang;
use yew::prelude::*;

use crate::app::Derived;
use crate::i18n::texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct SummaryLineProps {
    pub model: ModelRef,
    pub derived: Rc<Derived>,
    pub lang: Lang,
}

#[component]
pub fn SummaryLine(props: &SummaryLineProps) -> Html {
    let text = texts(props.lang);
    let summary = &props.derived.summary;
    let names = |indices: &[cloudfall_model::NodeIndex]| {
        indices.iter().map(|&index| props.model.node(index).name.as_str()).collect::<Vec<_>>().join(text.list_separator)
    };
    let headline = if summary.down.is_empty() && summary.degraded.is_empty() {
        html! { <p class="summary-headline">{ (text.summary_none)(summary.web_services) }</p> }
    } else {
        html! {
            <>
                <p class="summary-headline">
                    <strong data-summary-down={summary.down.len().to_string()}>
                        { (text.summary_down)(summary.down.len(), summary.web_services) }
                    </strong>
                    if !summary.down.is_empty() { { ": " } { names(&summary.down) } }
                    { "." }
                </p>
                if !summary.degraded.is_empty() {
                    <p>{ (text.summary_degraded)(summary.degraded.len()) }{ ": " }{ names(&summary.degraded) }{ "." }</p>
                }
                <p class="caveat">{ text.summary_caveat }</p>
            </>
        }
    };
    html! {
        <div class="summary" role="status" aria-live="polite"
            data-down={summary.down.len().to_string()} data-total={summary.web_services.to_string()}>
            { headline }
        </div>
    }
}
