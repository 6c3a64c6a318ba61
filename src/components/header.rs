//! The title, the language switch and the dataset's version, date and evidence counts.

use cloudfall_model::{Action, EvidenceKind, Lang};
use yew::prelude::*;

use crate::i18n::{lang_name, texts};
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub model: ModelRef,
    pub lang: Lang,
    pub onswitch: Callback<Action>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let text = texts(props.lang);
    let counts = props.model.evidence_counts();
    let count = |kind: EvidenceKind| counts.iter().find(|(k, _)| *k == kind).map_or(0, |(_, n)| *n);
    let info = &props.model.info;
    html! {
        <header class="masthead">
            <div class="masthead-title">
                <h1>{ text.title }</h1>
                <p class="tagline">{ text.tagline }</p>
            </div>
            <nav class="lang-switch" aria-label={text.language_label}>
                { for Lang::ALL.iter().map(|&lang| {
                    let onswitch = props.onswitch.clone();
                    html! {
                        <button type="button" lang={lang.code()} data-lang={lang.code()}
                            aria-pressed={(lang == props.lang).to_string()}
                            onclick={move |_| onswitch.emit(Action::SetLang(lang))}>
                            { lang_name(lang) }
                        </button>
                    }
                }) }
            </nav>
            <p class="dataset-line">
                { (text.dataset_line)(&info.version, &info.as_of) }
                { " " }
                { (text.evidence_counts)(count(EvidenceKind::Documented), count(EvidenceKind::Reported), count(EvidenceKind::Inferred)) }
            </p>
        </header>
    }
}
